// Figures of a leave-one-book-out card evaluation (scripts/fit-cards.ts): shown cards with their
// verdicts, strict acceptance, gold-fact recall, AUCs, and their formatting.
import { auc } from "@/lib/cards/rank/fit";
import type { Verdict } from "@/lib/cards/rank/training";

/** A shown card: its score, the verdict it counts under (strict raters first) and its strict verdict alone. */
export type Shown = { p: number; verdict: Verdict | null; strict: Verdict | null; facts: string[]; card?: string };
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

/** AUC of strict accepts against strict rejects alone (edits left out): how often an accept scores above a reject. */
export const aucAR = (oof: Oof[]) => { const ar = oof.filter((o) => o.v !== "edit"); return auc(ar.map((o) => o.p), ar.map((o) => o.v === "accept")); };

/**
 * How well scores separate strict labels over several books: `mixed`, the AUCs of all books' labels
 * pooled (what a global cut sees; a book whose cards all score high counts against it), and
 * `within`, accept-above-reject over every pair of ONE book's cards, pooled over books (what ranking
 * a chapter needs; ties count half). `pairs`: the within-book accept–reject pairs it rests on.
 */
export function separation(runs: BookRun[]) {
  const all = runs.flatMap((r) => r.oof);
  let wins = 0, pairs = 0;
  for (const r of runs) {
    const acc = r.oof.filter((o) => o.v === "accept"), rej = r.oof.filter((o) => o.v === "reject");
    for (const a of acc) for (const j of rej) wins += a.p > j.p ? 1 : a.p === j.p ? 0.5 : 0;
    pairs += acc.length * rej.length;
  }
  return { mixed: { ...aucs(all), ar: aucAR(all) }, within: pairs ? wins / pairs : NaN, pairs };
}

/** Strict-first accept / edit / reject of shown cards: shares of the labelled ones (verdict not null). */
export const aer = (shown: Shown[]) => {
  const n = shown.filter((s) => s.verdict).length, k = (v: Verdict) => shown.filter((s) => s.verdict === v).length;
  return { n, accept: n ? k("accept") / n : NaN, edit: n ? k("edit") / n : NaN, reject: n ? k("reject") / n : NaN };
};
export const aerText = (shown: Shown[]) => { const t = aer(shown); return `${pc(t.accept)}/${pc(t.edit)}/${pc(t.reject)} of ${t.n}`; };
/** What a top 40 is worth to a learner: accepted minus rejected cards, per labelled card (strict first). */
export const valueOf = (shown: Shown[]) => { const t = aer(shown); return t.accept - t.reject; };
const merit = (r: BookRun) => { const a = aucs(r.oof); return (Number.isFinite(a.a) ? a.a : 0.5) + (Number.isFinite(a.r) ? a.r : 0.5); };
const shownOf = (runs: BookRun[]) => runs.flatMap((r) => r.chapters.flatMap((c) => c.shown));

/**
 * Whether a left-out-book run `next` is better than `prev` on one book: its top 40 is worth more
 * (strict-first accepted minus rejected per labelled card), or as much with a higher AUC accept +
 * AUC reject over the book's strict labels (the top 40 is often the whole pool, so the ranking
 * inside it is what a refit can change). Books without strict labels count as not better.
 */
export function betterOnBook(next: BookRun, prev: BookRun): boolean {
  const vn = valueOf(shownOf([next])), vp = valueOf(shownOf([prev]));
  if (!Number.isFinite(vn) || !Number.isFinite(vp)) return false;
  return vn > vp + 1e-9 || (Math.abs(vn - vp) <= 1e-9 && merit(next) > merit(prev) + 1e-9);
}

/** How much a refit must raise within-book accept-above-reject ordering to win on order alone. */
export const ORDER_GAIN = 0.05;

/**
 * The adoption test of a refit against the shipped weights, both judged leave-one-book-out: pooled
 * over all books the top 40 is worth more and recall does not fall, AND it is better on at least
 * half of the books (betterOnBook). Runs are per book, in the same order.
 * When no chapter has more usable cards than it shows, every score shows the same list and the
 * pooled value ties; the score then only orders the list (the instructor's review queue, best
 * first). A tie is then won on order: within-book accept-above-reject (separation) up by ORDER_GAIN.
 */
export function adoptionTest(next: BookRun[], prev: BookRun[]) {
  const books = next.map((r, i) => betterOnBook(r, prev[i]));
  const pooled = { next: valueOf(shownOf(next)), prev: valueOf(shownOf(prev)) };
  const recall = { next: recallOf(next.flatMap((r) => r.chapters)), prev: recallOf(prev.flatMap((r) => r.chapters)) };
  const order = { next: separation(next).within, prev: separation(prev).within };
  const better = books.filter(Boolean).length;
  const worthMore = pooled.next > pooled.prev + 1e-9;
  const tieWonOnOrder = Math.abs(pooled.next - pooled.prev) <= 1e-9 && order.next >= order.prev + ORDER_GAIN;
  return { books, better, pooled, recall, order, adopt: (worthMore || tieWonOnOrder) && !(recall.next < recall.prev - 1e-9) && better >= next.length / 2 };
}

/** A way to show fewer cards: from a chapter's shown cards, best first, how many to keep. */
export type Policy = { name: string; keep: (best: Shown[]) => number };
/** Each run with every chapter's shown cards cut to what `policy` keeps (best by score first). */
export const applyPolicy = (runs: BookRun[], policy: Policy): BookRun[] => runs.map((r) => ({
  ...r,
  chapters: r.chapters.map((c) => { const best = [...c.shown].sort((x, y) => y.p - x.p); return { ...c, shown: best.slice(0, policy.keep(best)) }; }),
}));
/** The most gold-fact recall any one chapter loses from `before` to `after` (same chapters, same order). */
export const worstLoss = (before: BookRun[], after: BookRun[]) => {
  const b = before.flatMap((r) => r.chapters), a = after.flatMap((r) => r.chapters);
  return Math.max(0, ...b.map((c, i) => (c.gold ? recallOf([c]) - recallOf([a[i]]) : 0)));
};

/**
 * The adoption test of a span CHOICE model (scripts/fit-span-choice.ts) against the shipped choice,
 * both judged leave-one-book-out with the same ranker: pooled, more accepted cards (strict first)
 * and no more rejected ones, and on at least half of the books whose top 40 changes (by `card`),
 * more accepted cards and no more rejected ones. Runs are per book, in the same order.
 */
export function choiceAdoption(next: BookRun[], prev: BookRun[]) {
  const n = (sh: Shown[], v: Verdict) => sh.filter((s) => s.verdict === v).length;
  const keys = (sh: Shown[]) => sh.map((s) => s.card ?? "").sort().join("\n");
  const per = next.map((r, i) => {
    const a = shownOf([r]), b = shownOf([prev[i]]);
    return { book: r.book, changed: keys(a) !== keys(b), accept: { prev: n(b, "accept"), next: n(a, "accept") }, reject: { prev: n(b, "reject"), next: n(a, "reject") }, unlabelled: a.filter((s) => !s.verdict).length };
  });
  const changed = per.filter((p) => p.changed);
  const better = changed.filter((p) => p.accept.next > p.accept.prev && p.reject.next <= p.reject.prev).length;
  const sum = (f: (p: (typeof per)[number]) => number) => per.reduce((s, p) => s + f(p), 0);
  const pooled = { accept: { prev: sum((p) => p.accept.prev), next: sum((p) => p.accept.next) }, reject: { prev: sum((p) => p.reject.prev), next: sum((p) => p.reject.next) } };
  const adopt = pooled.accept.next > pooled.accept.prev && pooled.reject.next <= pooled.reject.prev && changed.length > 0 && better >= changed.length / 2;
  return { per, changed: changed.length, better, pooled, adopt };
}

/**
 * Strict-first accept / edit / reject of each chapter's `k` best-scored shown cards, pooled over
 * chapters (k = Infinity: the whole list). What a learner who studies only the top of a chapter's
 * list gets, and so what the score's order within a chapter is worth (the whole list's figure does
 * not depend on the order at all).
 */
export const acceptAt = (runs: BookRun[], k: number) =>
  aer(runs.flatMap((r) => r.chapters.flatMap((c) => [...c.shown].sort((x, y) => y.p - x.p).slice(0, k))));
