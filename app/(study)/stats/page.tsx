import { requireUser } from "@/lib/auth/session";
import { studentDashboard } from "@/lib/data/stats/student";
import { getMyAssignments } from "@/lib/data/assignment-views";
import { MyReadiness } from "@/components/assignments/my-assignments";
import { CardStatesChart, ForecastChart, ReviewsChart } from "@/components/stats/charts";
import { Heatmap } from "@/components/stats/heatmap";
import { RetentionTable } from "@/components/stats/retention-table";
import { panel } from "@/components/ui/styles";

export const metadata = { title: "Stats · Lectern" };

export default async function StatsPage() {
  const viewer = await requireUser();
  const [s, assignments] = await Promise.all([studentDashboard(viewer, new Date()), getMyAssignments(viewer.id, new Date())]);
  const c = s.counts;
  const states = [
    { name: "New", value: c.new }, { name: "Learning", value: c.learning }, { name: "Young", value: c.review.young },
    { name: "Mature", value: c.review.mature }, { name: "Relearning", value: c.relearning }, { name: "Suspended", value: c.suspended },
  ];
  const totalReviews = s.heatmap.reduce((n, d) => n + d.reviews, 0);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Your progress</h1>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Due today" value={s.dueToday} testId="stat-due" />
        <Stat label="Current streak" value={`${s.streaks.current} day${s.streaks.current === 1 ? "" : "s"}`} testId="stat-streak" />
        <Stat label="Longest streak" value={`${s.streaks.longest} day${s.streaks.longest === 1 ? "" : "s"}`} />
        <Stat label="Reviews this year" value={totalReviews} />
      </dl>
      {assignments.some((a) => a.examAt) && (
        <section className={panel} aria-labelledby="exam"><h2 id="exam" className="mb-3 font-medium">Exam readiness</h2><MyReadiness assignments={assignments} /></section>
      )}
      <section className={panel} aria-labelledby="heat"><h2 id="heat" className="mb-3 font-medium">Study days, last 12 months</h2><Heatmap cells={s.heatmap} /></section>
      <div className="grid gap-6 lg:grid-cols-2">
        <section className={panel} aria-labelledby="fc"><h2 id="fc" className="mb-3 font-medium">Due in the next 30 days</h2><ForecastChart data={s.forecast} /></section>
        <section className={panel} aria-labelledby="rpd"><h2 id="rpd" className="mb-3 font-medium">Reviews and time, last 30 days</h2><ReviewsChart data={s.perDay} /></section>
        <section className={panel} aria-labelledby="ret"><h2 id="ret" className="mb-3 font-medium">True retention</h2>
          <RetentionTable table={s.retention.overall} caption="Share of review answers not graded Again; young = interval under 21 days." />
          {s.retention.decks.length > 1 && s.retention.decks.map((d) => (
            <details key={d.deckId} className="mt-3"><summary className="cursor-pointer text-sm">{d.title}</summary><RetentionTable table={d.periods} caption={d.title} /></details>
          ))}
        </section>
        <section className={panel} aria-labelledby="cs"><h2 id="cs" className="mb-3 font-medium">Cards by state ({c.total}{c.leech ? `, ${c.leech} leech${c.leech === 1 ? "" : "es"}` : ""})</h2><CardStatesChart data={states} /></section>
      </div>
      {s.chapters.length > 0 && (
        <section className={panel} aria-labelledby="ch">
          <h2 id="ch" className="mb-3 font-medium">Mastery by chapter <span className="text-xs font-normal text-slate-500">(cards with stability of 21+ days)</span></h2>
          <ul className="space-y-2">
            {s.chapters.map((ch) => (
              <li key={ch.chapterId} className="text-sm">
                <div className="flex justify-between"><span>{ch.title}</span><span>{ch.mastered}/{ch.total}</span></div>
                <div className="h-2 rounded bg-slate-100 dark:bg-slate-800"><div className="h-2 rounded bg-emerald-500" style={{ width: `${Math.round((ch.share ?? 0) * 100)}%` }} /></div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function Stat({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <div className={panel}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-2xl font-semibold" data-testid={testId}>{value}</dd>
    </div>
  );
}
