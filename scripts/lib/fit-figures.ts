// Figures of a leave-one-book-out card evaluation (scripts/fit-cards.ts): shown cards with their
// verdicts, strict acceptance, gold-fact recall, AUCs, and their formatting.
import { auc } from "@/lib/cards/rank/fit";
import type { Verdict } from "@/lib/cards/rank/training";

/** A shown card: its score, the verdict it counts under (strict raters first) and its strict verdict alone. */
export type Shown = { p: number; verdict: Verdict | null; strict: Verdict | null; facts: string[] };
export type Chapter = { fixture: string; gold: number; shown: Shown[] };
export type Oof = { p: number; v: Verdict; reason: string | null };
export type BookRun = { book: string; chapters: Chapter[]; oof: Oof[] };

export const mean = (xs: number[]) => { const ok = xs.filter((x) => Number.isFinite(x)); return ok.length ? ok.reduce((s, x) => s + x, 0) / ok.length : NaN; };
export const sd = (xs: number[]) => { const ok = xs.filter((x) => Number.isFinite(x)), m = mean(ok); return ok.length > 1 ? Math.sqrt(ok.reduce((s, x) => s + (x - m) ** 2, 0) / (ok.length - 1)) : NaN; };
export const pc = (x: number) => (Number.isFinite(x) ? `${Math.round(100 * x)}%` : "—");
export const pc1 = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : "—");
export const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "—");
/** Strict acceptance of shown cards: accepted / strictly labelled (NaN when none is). */
export const strictAcc = (shown: Shown[]) => { const n = shown.filter((s) => s.strict).length; return { n, acc: n ? shown.filter((s) => s.strict === "accept").length / n : NaN, rej: n ? shown.filter((s) => s.strict === "reject").length / n : NaN }; };
export const recallOf = (chs: Chapter[]) => { const g = chs.reduce((n, c) => n + c.gold, 0); return g ? chs.reduce((n, c) => n + new Set(c.shown.flatMap((s) => s.facts)).size, 0) / g : NaN; };
export const aucs = (oof: Oof[]) => ({ a: auc(oof.map((o) => o.p), oof.map((o) => o.v === "accept")), r: auc(oof.map((o) => -o.p), oof.map((o) => o.v === "reject")) });
