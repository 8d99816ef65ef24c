import type { Readiness } from "@/lib/assignments/readiness";

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** "82% (78–86%)": predicted share recalled on exam day with its 95% interval. */
export function ReadinessText({ r, testId }: { r: Readiness | null; testId?: string }) {
  if (!r) return <span className="text-slate-400">—</span>;
  return (
    <span data-testid={testId} title="Predicted share of the assignment's cards recalled on the exam day, with a 95% interval">
      {pct(r.mean)} <span className="text-xs text-slate-500">({pct(r.low)}–{pct(r.high)})</span>
    </span>
  );
}

export function ReadinessBar({ r }: { r: Readiness | null }) {
  const mean = r?.mean ?? 0;
  return (
    <div className="relative h-2 rounded bg-slate-100 dark:bg-slate-800" aria-hidden>
      {r && <div className="absolute h-2 rounded bg-indigo-200 dark:bg-indigo-900" style={{ left: pct(r.low), width: pct(r.high - r.low) }} />}
      <div className="absolute h-2 w-1 rounded bg-indigo-600" style={{ left: `calc(${pct(mean)} - 2px)` }} />
    </div>
  );
}
