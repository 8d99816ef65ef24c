// Workload table + chart for a WorkloadView (server component; the chart hydrates on the client).
import type { WorkloadView } from "@/lib/data/fsrs";
import { WorkloadChart } from "./workload-chart";

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function WorkloadPanel({ view, who }: { view: WorkloadView; who: string }) {
  // The data layer puts the (rounded) current target among the simulated retentions.
  const isCurrent = (retention: number) => Math.abs(retention - view.currentRetention) < 0.005;
  if (view.deckSize === 0) return <p className="text-sm text-slate-500">No cards yet: add some to see what each retention would cost.</p>;
  return (
    <div className="space-y-3" data-testid="workload">
      <p className="text-sm text-slate-600 dark:text-slate-300">
        A year of study simulated for {who}: {view.deckSize.toLocaleString("en-US")} cards, {view.newPerDay} new per day,
        {" "}{view.personalWeights ? "your personal FSRS parameters" : "the default FSRS-6 parameters"}. Higher retention means fewer lapses but more reviews.
      </p>
      <WorkloadChart data={view.results.map((r) => ({ retention: r.retention, perDay: r.averageReviewsPerDay, current: isCurrent(r.retention) }))} />
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Workload at each desired retention">
        <table className="w-full text-sm" data-testid="workload-table">
          <thead><tr className="text-left text-slate-500"><th className="py-1 pr-3 font-medium">Desired retention</th><th className="py-1 pr-3 font-medium">Reviews per day</th><th className="py-1 pr-3 font-medium">Total reviews</th><th className="py-1 pr-3 font-medium">Lapses</th><th className="py-1 font-medium">Remembered after a year</th></tr></thead>
          <tbody>
            {view.results.map((r) => (
              <tr key={r.retention} className={`border-t border-slate-100 dark:border-slate-800 ${isCurrent(r.retention) ? "font-semibold" : ""}`}>
                <td className="py-1 pr-3">{pct(r.retention)}{isCurrent(r.retention) ? " (current)" : ""}</td>
                <td className="py-1 pr-3">{r.averageReviewsPerDay.toFixed(1)}</td>
                <td className="py-1 pr-3">{r.totalReviews.toLocaleString("en-US")}</td>
                <td className="py-1 pr-3">{r.lapses.toLocaleString("en-US")}</td>
                <td className="py-1">{Math.round(r.memorizedAtEnd).toLocaleString("en-US")} cards</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
