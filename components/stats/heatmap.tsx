import type { HeatmapCell } from "@/lib/stats";

const LEVEL = ["bg-slate-100 dark:bg-slate-800", "bg-emerald-200", "bg-emerald-300", "bg-emerald-500", "bg-emerald-700"];

/** A year of study days as a GitHub-style grid (weeks as columns, weekdays as rows). */
export function Heatmap({ cells }: { cells: HeatmapCell[] }) {
  const weeks = (cells.at(-1)?.week ?? 0) + 1;
  return (
    <div className="overflow-x-auto" data-testid="heatmap">
      <div className="grid w-max grid-flow-col gap-[3px]" style={{ gridTemplateRows: "repeat(7, 11px)", gridTemplateColumns: `repeat(${weeks}, 11px)` }}
        role="img" aria-label={`Reviews per day over the last year: ${cells.filter((c) => c.reviews > 0).length} active days`}>
        {cells.map((c) => (
          <div key={c.day} title={`${c.day}: ${c.reviews} review(s)`} data-level={c.level}
            className={`h-[11px] w-[11px] rounded-sm ${LEVEL[c.level]}`} style={{ gridRow: c.weekday + 1, gridColumn: c.week + 1 }} />
        ))}
      </div>
    </div>
  );
}
