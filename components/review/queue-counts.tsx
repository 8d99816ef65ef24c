import type { QueueCounts } from "@/lib/data/review/types";

export function QueueCountsBar({ counts, current }: { counts: QueueCounts; current: number | null }) {
  const item = (label: string, n: number, color: string, active: boolean) => (
    <span className={`${color} ${active ? "underline decoration-2 underline-offset-4" : ""}`} data-testid={`count-${label.toLowerCase()}`} title={label}>
      <span className="sr-only">{label}: </span>{n}
    </span>
  );
  return (
    <p className="flex items-center gap-3 font-mono text-sm" aria-label="Cards left" aria-live="polite">
      {item("New", counts.new, "text-sky-600", current === 0)}
      {item("Learning", counts.learning, "text-red-600", current === 1 || current === 3)}
      {item("Review", counts.review, "text-emerald-600", current === 2)}
    </p>
  );
}
