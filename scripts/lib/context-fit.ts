// The context-dependence model's fit and its threshold (scripts/fit-context.ts): a logistic model over
// lib/cards/gates/context-features.ts on labelled cards, and the threshold that drops the cards most
// likely to need the chapter, chosen on out-of-fold scores of the pipeline's shown cards. Pure
// functions over rows and pools, so the nested leave-one-book-out and the tests share them.
import { fitLogistic } from "@/lib/cards/rank/fit";
import type { Verdict } from "@/lib/cards/rank/training";
import { CONTEXT_FEATURES } from "@/lib/cards/gates/context-features";
import { scoreContext, type ContextWeights } from "@/lib/cards/gates/context-model";
import { select, type Ranked } from "@/lib/cards/select";
import type { Weights } from "@/lib/cards/rank/model";

/** A labelled card: its book, context features, the verdict it counts under and that rater's reason. */
export type ContextRow = { book: string; x: number[]; verdict: Verdict; reason: string | null; strict: boolean };
/** What the model is fitted to find: rejects for needing the chapter, or any reject. */
export type ContextTarget = "not-standalone" | "reject";
export const positive = (r: { verdict: Verdict | null; reason: string | null }, t: ContextTarget) => r.verdict === "reject" && (t === "reject" || r.reason === "not-standalone");

/** One chapter's gated, ranked candidates, their context features, and the verdict each counts under. */
export type Pool = { book: string; fixture: string; ranked: Ranked[]; cx: number[][]; verdicts: ({ label: Verdict; reason: string | null } | null)[] };

export function fitContext(rows: ContextRow[], target: ContextTarget, lambda: number): Record<string, number> {
  if (!rows.length) throw new Error("no labelled cards to fit the context model on");
  const w = fitLogistic(rows.map((r) => r.x), rows.map((r) => (positive(r, target) ? 1 : 0)), { lambda });
  return Object.fromEntries(CONTEXT_FEATURES.map((f, i) => [f, Math.round(w[i] * 1000) / 1000]));
}

export type Tally = { shown: number; labelled: number; accept: number; edit: number; reject: number; rejectNs: number; removed: { accept: number; edit: number; reject: number; rejectNs: number; unlabelled: number }; added: { accept: number; edit: number; reject: number; unlabelled: number } };
export const emptyTally = (): Tally => ({ shown: 0, labelled: 0, accept: 0, edit: 0, reject: 0, rejectNs: 0, removed: { accept: 0, edit: 0, reject: 0, rejectNs: 0, unlabelled: 0 }, added: { accept: 0, edit: 0, reject: 0, unlabelled: 0 } });

export function addTally(t: Tally, u: Tally): Tally {
  const add = <T extends Record<string, number>>(x: T, y: T) => Object.fromEntries(Object.keys(x).map((k) => [k, x[k] + y[k]])) as T;
  return { ...add({ shown: t.shown, labelled: t.labelled, accept: t.accept, edit: t.edit, reject: t.reject, rejectNs: t.rejectNs }, { shown: u.shown, labelled: u.labelled, accept: u.accept, edit: u.edit, reject: u.reject, rejectNs: u.rejectNs }), removed: add(t.removed, u.removed), added: add(t.added, u.added) };
}

/** A chapter's top `top` with the gate at `threshold` (scores `ps`, one per ranked candidate) against without it. */
export function gatedTally(pool: Pool, ps: number[], threshold: number, shownWeights: Pick<Weights, "calibration" | "cut">, top = 40): { before: Tally; after: Tally } {
  const index = new Map<Ranked, number>(pool.ranked.map((r, i) => [r, i]));
  const before = select(pool.ranked, top, shownWeights);
  const after = select(pool.ranked.filter((_, i) => ps[i] < threshold), top, shownWeights);
  const tally = (shown: Ranked[]): Tally => {
    const t = emptyTally();
    for (const r of shown) {
      const v = pool.verdicts[index.get(r)!];
      t.shown++;
      if (!v) continue;
      t.labelled++;
      t[v.label]++;
      if (v.label === "reject" && v.reason === "not-standalone") t.rejectNs++;
    }
    return t;
  };
  const b = tally(before), a = tally(after);
  const inAfter = new Set(after), inBefore = new Set(before);
  for (const r of before) if (!inAfter.has(r)) {
    const v = pool.verdicts[index.get(r)!];
    if (!v) a.removed.unlabelled++;
    else { a.removed[v.label]++; if (v.label === "reject" && v.reason === "not-standalone") a.removed.rejectNs++; }
  }
  for (const r of after) if (!inBefore.has(r)) { const v = pool.verdicts[index.get(r)!]; a.added[v ? v.label : "unlabelled"]++; }
  return { before: b, after: a };
}

/** The cards of a chapter's top `top` that the gate at `threshold` takes out, with the verdicts they count under. */
export function removedCards(pool: Pool, ps: number[], threshold: number, shownWeights: Pick<Weights, "calibration" | "cut">, top = 40) {
  const after = new Set(select(pool.ranked.filter((_, i) => ps[i] < threshold), top, shownWeights));
  return select(pool.ranked, top, shownWeights).filter((r) => !after.has(r)).map((r) => { const i = pool.ranked.indexOf(r); return { c: r.c, p: ps[i], verdict: pool.verdicts[i] }; });
}

export const acceptShare = (t: Tally) => (t.labelled ? t.accept / t.labelled : NaN);

/** The grid of thresholds tried; 1.01 is the gate off. */
export const THRESHOLDS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01];

/**
 * The threshold with the highest pooled accept share among shown cards whose accepted cards lost stay
 * within `maxLoss` of the accepts, over pools scored out of fold; the gate stays off (1.01) unless some
 * threshold raises the accept share. Ties go to the higher threshold (fewer cards dropped).
 */
export function chooseThreshold(pools: { pool: Pool; ps: number[] }[], shownWeights: Pick<Weights, "calibration" | "cut">, maxLoss = 0.05): number {
  let best = 1.01, bestShare = -Infinity;
  for (const t of [...THRESHOLDS].reverse()) {
    let b = emptyTally(), a = emptyTally();
    for (const { pool, ps } of pools) { const r = gatedTally(pool, ps, t, shownWeights); b = addTally(b, r.before); a = addTally(a, r.after); }
    if (a.removed.accept > maxLoss * b.accept) continue;
    const share = acceptShare(a);
    if (share > bestShare + 1e-9) { bestShare = share; best = t; }
  }
  return best;
}

export const weightsOf = (weights: Record<string, number>, threshold: number, enabled: boolean, source: string): ContextWeights => ({ source, enabled, threshold, weights });
export const scoresOf = (pool: Pool, weights: Record<string, number>) => pool.cx.map((x) => scoreContext(x, { weights }));
