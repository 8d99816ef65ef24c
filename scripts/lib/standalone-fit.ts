// The standalone/worth model's fit and its two uses, measured on a chapter's top 40 (scripts/fit-standalone.ts).
// Pure functions over loaded chapters (./standalone-data.ts), so the leave-one-set-out and the tests share them.
import { fitLogistic } from "@/lib/cards/rank/fit";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { select, type Ranked } from "@/lib/cards/select";
import { STANDALONE_FEATURES, scoreStandalone } from "@/lib/cards/standalone-model";
import { covers } from "../../tests/unit/cards/gold";
import type { Fate, Judged, SChapter } from "./standalone-data";
import { innerFolds } from "./blind-sets";

/** The model's target: the strict rater did not reject the card as not standalone or not worth learning. */
export const fine = (j: NonNullable<Judged>) => !(j.label === "reject" && (j.reason === "not-standalone" || j.reason === "not-worth-learning"));

export type Row = { book: string; x: number[]; y: number; verdict: NonNullable<Judged>; fate?: Fate };
/** One row per card a strict rater labelled (re-analysed from its sentence: the fit's rows). */
export const rowsOf = (chs: SChapter[]): Row[] => chs.flatMap((d) => d.labelled.map((l) => ({ book: d.book, x: l.x, y: fine(l.strict) ? 1 : 0, verdict: l.strict, fate: l.fate })));
/** One row per current candidate a strict rater labelled, passed by every gate or not. */
export const candidateRows = (chs: SChapter[]) => chs.flatMap((d) => d.cands.flatMap((c) => (c.strict ? [{ book: d.book, x: c.sx, y: fine(c.strict) ? 1 : 0, passed: c.passed, verdict: c.strict }] : [])));

export function fitStandalone(rows: Row[], lambda: number): Record<string, number> {
  if (!rows.length) throw new Error("no strictly labelled candidates to fit the standalone model on");
  const w = fitLogistic(rows.map((r) => r.x), rows.map((r) => r.y), { lambda });
  return Object.fromEntries(STANDALONE_FEATURES.map((f, i) => [f, Math.round(w[i] * 1000) / 1000]));
}

export type Use = "drop" | "admit";
export type Tally = { chapters: number; shown: number; accept: number; edit: number; reject: number; unlabelled: number; gold: number; covered: number; added: Count; removed: Count; proxy: Proxy };
/** Unlabelled cards moved, judged by the strict labels of other cards from their sentence: all fine, some not fine (rejected as not standalone/worth), no label. */
type Proxy = { fine: number; notFine: number; none: number };
type Count = { accept: number; edit: number; reject: number; unlabelled: number };
const zero = (): Count => ({ accept: 0, edit: 0, reject: 0, unlabelled: 0 });
export const emptyTally = (): Tally => ({ chapters: 0, shown: 0, accept: 0, edit: 0, reject: 0, unlabelled: 0, gold: 0, covered: 0, added: zero(), removed: zero(), proxy: { fine: 0, notFine: 0, none: 0 } });
export function addTally(t: Tally, u: Tally): Tally {
  const add = (x: Count, y: Count): Count => ({ accept: x.accept + y.accept, edit: x.edit + y.edit, reject: x.reject + y.reject, unlabelled: x.unlabelled + y.unlabelled });
  return { chapters: t.chapters + u.chapters, shown: t.shown + u.shown, accept: t.accept + u.accept, edit: t.edit + u.edit, reject: t.reject + u.reject, unlabelled: t.unlabelled + u.unlabelled, gold: t.gold + u.gold, covered: t.covered + u.covered, added: add(t.added, u.added), removed: add(t.removed, u.removed), proxy: { fine: t.proxy.fine + u.proxy.fine, notFine: t.proxy.notFine + u.proxy.notFine, none: t.proxy.none + u.proxy.none } };
}

/** A chapter's top 40 as the pipeline shows it (passed cards only) and with the model's use at `t` (scores `ps`, one per candidate). */
export function chapterTally(d: SChapter, ps: number[], use: Use, t: number, top = 40): { before: Tally; after: Tally } {
  const at = new Map<Ranked, number>(d.cands.map((c, i) => [c.r, i]));
  const pool = (keep: (i: number) => boolean) => d.cands.filter((_, i) => keep(i)).map((c) => c.r);
  const before = select(pool((i) => d.cands[i].passed), top, DEFAULT_WEIGHTS);
  const after = select(pool((i) => (use === "drop" ? d.cands[i].passed && ps[i] > t : d.cands[i].passed || ps[i] >= t)), top, DEFAULT_WEIGHTS);
  const tally = (shown: Ranked[]): Tally => {
    const x = emptyTally();
    x.chapters = 1; x.gold = d.gold.length;
    for (const r of shown) { const v = d.cands[at.get(r)!].verdict; x.shown++; x[v ? v.label : "unlabelled"]++; }
    x.covered = d.gold.filter((f) => shown.some((r) => covers(r.c, f))).length;
    return x;
  };
  const b = tally(before), a = tally(after);
  const inB = new Set(before), inA = new Set(after);
  const proxy = (r: Ranked) => { const c = d.cands[at.get(r)!]; if (c.verdict) return; const ss = c.sentence; a.proxy[!ss.length ? "none" : ss.every(fine) ? "fine" : "notFine"]++; };
  for (const r of after) if (!inB.has(r)) { const v = d.cands[at.get(r)!].verdict; a.added[v ? v.label : "unlabelled"]++; proxy(r); }
  for (const r of before) if (!inA.has(r)) { const v = d.cands[at.get(r)!].verdict; a.removed[v ? v.label : "unlabelled"]++; proxy(r); }
  return { before: b, after: a };
}

export function tallyOf(chs: SChapter[], weights: Record<string, number>, use: Use, t: number) {
  let before = emptyTally(), after = emptyTally();
  for (const d of chs) { const r = chapterTally(d, d.cands.map((c) => scoreStandalone(c.sx, { weights })), use, t); before = addTally(before, r.before); after = addTally(after, r.after); }
  return { before, after };
}

export const labelled = (t: Tally) => t.accept + t.edit + t.reject;
export const share = (n: number, t: Tally) => (labelled(t) ? n / labelled(t) : NaN);

/**
 * Net gain of a use on the labelled cards it moves: drop counts rejects removed against usable cards
 * removed (twice: a usable card lost costs more than a reject kept); admit counts usable cards added
 * against rejects added (twice), plus gold facts gained. Unlabelled cards moved are not counted here
 * (their verdict is unknown); the fit script reports them and the adoption test limits them.
 */
export function gain(use: Use, before: Tally, after: Tally): number {
  if (use === "drop") return after.removed.reject - 2 * (after.removed.accept + after.removed.edit);
  return after.added.accept + after.added.edit - 2 * after.added.reject + (after.covered - before.covered);
}

export const DROP_GRID = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
export const ADMIT_GRID = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6];
/** The threshold with the largest gain over out-of-fold scores; the use stays off (null) unless some threshold gains. */
export function chooseThreshold(use: Use, folds: { chs: SChapter[]; weights: Record<string, number> }[]): number | null {
  let best: number | null = null, bestGain = 0;
  for (const t of use === "drop" ? DROP_GRID : ADMIT_GRID) {
    let g = 0;
    for (const f of folds) { const { before, after } = tallyOf(f.chs, f.weights, use, t); g += gain(use, before, after); }
    if (g > bestGain) { bestGain = g; best = t; }
  }
  return best;
}

/** The fit without the `out` books, and each use's threshold by leave-one-group-out over the fitting books (the shipped file is this with no book out). */
export function fitWithThresholds(chapters: SChapter[], out: Set<string>, lambda: number) {
  const fitting = chapters.filter((d) => !out.has(d.book));
  const weights = fitStandalone(rowsOf(fitting), lambda);
  const inner = innerFolds([...new Set(fitting.map((d) => d.book))]).map((g) => ({ chs: fitting.filter((d) => g.includes(d.book)), weights: fitStandalone(rowsOf(fitting.filter((d) => !g.includes(d.book))), lambda) }));
  return { weights, drop: chooseThreshold("drop", inner), admit: chooseThreshold("admit", inner) };
}
