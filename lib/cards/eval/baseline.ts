// The regression check on held-out books: acceptance may not fall more than `tolerance` below the
// recorded figure, and enough of the top cards must carry labels for the figure to mean anything
// (a new generator whose cards are mostly unlabelled must be labelled first, not waved through).
import type { PooledFigures } from "./metrics";

export type BaselineFigures = Pick<PooledFigures, "acceptRate" | "labelled" | "cards">;

export function baselineProblems(current: BaselineFigures, recorded: BaselineFigures, opts = { tolerance: 0.05, minCoverage: 0.8 }): string[] {
  const problems: string[] = [];
  const coverage = current.cards ? current.labelled / current.cards : 0;
  if (coverage < opts.minCoverage) {
    problems.push(`only ${current.labelled} of ${current.cards} held-out top cards are labelled (< ${opts.minCoverage * 100}%): label them (npm run label-queue) before trusting acceptance`);
  }
  if (recorded.acceptRate != null && (current.acceptRate ?? 0) < recorded.acceptRate - opts.tolerance) {
    problems.push(`held-out acceptance ${pct(current.acceptRate)} is more than ${opts.tolerance * 100} points below the recorded ${pct(recorded.acceptRate)}`);
  }
  return problems;
}

const pct = (x: number | null) => (x == null ? "—" : `${(x * 100).toFixed(1)}%`);
