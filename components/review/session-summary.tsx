import Link from "next/link";

export type SessionTally = { answered: number; ratings: [number, number, number, number]; ms: number };

export function SessionSummary({ tally, nextLearningDue, today }: { tally: SessionTally; nextLearningDue: string | null; today: { reviews: number; seconds: number } }) {
  const minutes = Math.round(tally.ms / 60_000);
  const againShare = tally.answered ? Math.round((tally.ratings[0] / tally.answered) * 100) : 0;
  return (
    <section aria-labelledby="summary-title" className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 text-center shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <h2 id="summary-title" className="text-2xl font-semibold">Session complete</h2>
      <p data-testid="summary-answered">
        {tally.answered === 0 ? "Nothing is due right now." : `You answered ${tally.answered} card${tally.answered === 1 ? "" : "s"} in ${minutes < 1 ? "under a minute" : `${minutes} min`}.`}
      </p>
      {tally.answered > 0 && (
        <dl className="mx-auto grid max-w-sm grid-cols-4 gap-2 text-sm">
          {(["Again", "Hard", "Good", "Easy"] as const).map((label, i) => (
            <div key={label} className="rounded-md bg-slate-50 p-2 dark:bg-slate-800">
              <dt className="text-slate-500">{label}</dt>
              <dd className="text-lg font-semibold">{tally.ratings[i]}</dd>
            </div>
          ))}
        </dl>
      )}
      {tally.answered > 0 && <p className="text-sm text-slate-500">You pressed Again on {againShare}% of cards.</p>}
      <p className="text-sm text-slate-500">Today so far: {today.reviews} reviews, {Math.round(today.seconds / 60)} min.</p>
      {nextLearningDue && (
        <p className="text-sm">Cards in learning come back at {new Date(nextLearningDue).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}.</p>
      )}
      <div className="flex justify-center gap-3">
        <Link href="/today" className="rounded-md bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500">Back to Today</Link>
        <Link href="/stats" className="rounded-md border border-slate-300 px-4 py-2 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">See stats</Link>
      </div>
    </section>
  );
}
