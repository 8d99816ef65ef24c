import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { todayOverview } from "@/lib/data/review/overview";
import { getMyAssignments } from "@/lib/data/assignment-views";
import { MyAssignments } from "@/components/assignments/my-assignments";

export const metadata = { title: "Today · Lectern" };

export default async function TodayPage() {
  const viewer = await requireUser();
  const [decks, assignments] = await Promise.all([todayOverview(viewer, new Date()), getMyAssignments(viewer.id, new Date())]);
  const total = decks.reduce((n, d) => n + d.total, 0);
  const tomorrow = decks.reduce((n, d) => n + d.tomorrow, 0);
  const week = decks.reduce((n, d) => n + d.week, 0);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Today</h1>
          <p className="text-slate-600 dark:text-slate-300" data-testid="due-total">
            {total === 0 ? "Nothing due. Come back tomorrow, or add cards to a deck." : `${total} card${total === 1 ? "" : "s"} to study across your decks.`}
          </p>
          {decks.length > 0 && (
            <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="coming-up">
              Coming up: {tomorrow} review{tomorrow === 1 ? "" : "s"} tomorrow, {week} in the next 7 days. <Link href="/stats" className="text-indigo-600 underline">Forecast →</Link>
            </p>
          )}
        </div>
        {total > 0 && (
          <Link href="/review" className="rounded-lg bg-indigo-600 px-5 py-3 font-medium text-white shadow-sm hover:bg-indigo-500">Study all</Link>
        )}
      </div>
      <MyAssignments assignments={assignments} />
      {decks.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-600 dark:text-slate-300">
          You have no decks yet. <Link href="/decks" className="text-indigo-600 underline">Create a deck</Link> or join a class with a code from your instructor on the <Link href="/decks" className="text-indigo-600 underline">Decks page</Link>.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {decks.map((d) => (
            <li key={d.deckId} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div>
                <p className="font-medium">{d.title}</p>
                {d.className && <p className="text-xs text-slate-500">Class: {d.className}</p>}
              </div>
              <div className="flex items-center gap-4">
                <span className="font-mono text-sm" aria-label={`${d.new} new, ${d.learning} learning, ${d.review} to review`}>
                  <span className="text-sky-600">{d.new}</span>{" "}
                  <span className="text-red-600">{d.learning}</span>{" "}
                  <span className="text-emerald-600">{d.review}</span>
                </span>
                {/* Nothing due: the link is shown disabled (aria-disabled, out of the tab order) and its grey
                    still meets 4.5:1, so the screen reads the same whatever the hour. */}
                <Link href={`/review?deck=${d.deckId}`} aria-label={`Study ${d.title}`} aria-disabled={d.total ? undefined : true} tabIndex={d.total ? undefined : -1}
                  className={`rounded-md px-3 py-1.5 text-sm font-medium ${d.total ? "bg-indigo-50 text-indigo-700 hover:bg-indigo-100 dark:bg-indigo-950 dark:text-indigo-200" : "pointer-events-none text-slate-500 dark:text-slate-400"}`}>
                  Study
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
