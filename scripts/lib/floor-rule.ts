// The floor18 operating rule's bookkeeping, shared by scripts/floor-curve.ts and scripts/word-floor.ts
// so both judge a cut the same way: per rule, the shown and kept cards, accept / edit / reject among the
// kept labelled ones, the must-know facts the kept cards cover; value = accepted − rejected; and the
// admissibility test (pooled recall at least the base rule's − 2 points, no set more than 5 points
// under its own base recall).
import type { Verdict } from "@/lib/cards/rank/training";

export type KeptTally = { shown: number; kept: number; a: number; e: number; r: number; un: number; covered: number; gold: number };
export const emptyKept = (): KeptTally => ({ shown: 0, kept: 0, a: 0, e: 0, r: 0, un: 0, covered: 0, gold: 0 });

/** Adds one chapter: its shown count, must-know count and the rows a rule keeps (their verdicts and facts). */
export function addChapter(t: KeptTally, shown: number, gold: number, kept: { verdict: Verdict | null; facts: string[] }[]): void {
  t.shown += shown; t.kept += kept.length; t.gold += gold;
  t.covered += new Set(kept.flatMap((r) => r.facts)).size;
  for (const r of kept) { if (r.verdict === "accept") t.a++; else if (r.verdict === "edit") t.e++; else if (r.verdict === "reject") t.r++; else t.un++; }
}

export const pct = (x: number) => (Number.isFinite(x) ? (100 * x).toFixed(1) : "—");
export const labelled = (t: KeptTally) => t.a + t.e + t.r;
export const value = (t: KeptTally) => t.a - t.r;
export const recall = (t: KeptTally) => (t.gold ? t.covered / t.gold : NaN);
export const aer = (t: KeptTally) => `${pct(t.a / labelled(t))} / ${pct(t.e / labelled(t))} / ${pct(t.r / labelled(t))}`;

/** The rule's recall bounds: pooled recall ≥ the base's − 2 points, and no set's > 5 points under its base's (NaN never fails). */
export function admissible(pooled: KeptTally, base: KeptTally, sets: { tally: KeptTally; base: number }[]): boolean {
  return recall(pooled) >= recall(base) - 0.02 - 1e-9 && sets.every((s) => !(recall(s.tally) < s.base - 0.05 - 1e-9));
}
