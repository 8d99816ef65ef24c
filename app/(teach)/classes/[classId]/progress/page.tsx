import Link from "next/link";
import { notFound } from "next/navigation";
import { requireInstructor } from "@/lib/auth/session";
import { classDashboard } from "@/lib/data/stats/class";
import { behindPace, rosterReadiness } from "@/lib/data/assignment-views";
import { ReadinessText } from "@/components/assignments/readiness-text";
import { NotFoundError } from "@/lib/data/errors";
import type { RosterSortKey } from "@/lib/stats";
import { RetentionTrendChart } from "@/components/stats/charts";
import { buttonSecondary, panel } from "@/components/ui/styles";

const COLUMNS: [RosterSortKey, string][] = [
  ["name", "Student"], ["cardsStudied", "Cards studied"], ["reviews7", "Reviews (7 d)"], ["retention7", "Retention (7 d)"],
  ["retention30", "Retention (30 d)"], ["overdue", "Overdue"], ["lastActive", "Last active"],
];
const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);

export default async function ClassProgressPage({ params, searchParams }: { params: Promise<{ classId: string }>; searchParams: Promise<{ sort?: string; dir?: string }> }) {
  const user = await requireInstructor();
  const { classId } = await params;
  const sp = await searchParams;
  const sort = (COLUMNS.some(([k]) => k === sp.sort) ? sp.sort : "name") as RosterSortKey;
  const dir = sp.dir === "desc" ? "desc" : "asc";
  const [d, ready, slow] = await Promise.all([classDashboard(user, classId, new Date(), sort, dir), rosterReadiness(user.id, classId, new Date()), behindPace(user.id, classId, new Date())])
    .catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const byReadiness = sp.sort === "readiness" && ready;
  if (byReadiness) d.roster.sort((a, b) => (dir === "asc" ? 1 : -1) * ((ready.byUser.get(a.userId)?.mean ?? -1) - (ready.byUser.get(b.userId)?.mean ?? -1)) || a.name.localeCompare(b.name));
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href={`/classes/${classId}`} className="text-indigo-600 hover:underline">← {d.klass.name}</Link></p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">Progress: {d.klass.name}</h1>
        <a href={`/classes/${classId}/progress/roster.csv`} className={buttonSecondary}>Export roster CSV</a>
      </div>
      <p className="text-sm text-slate-500">Figures cover current members. Students who left the class or deleted their account are not counted: their answers left these statistics with them.</p>

      <section className={panel} aria-labelledby="behind">
        <h2 id="behind" className="mb-2 font-medium">Falling behind ({d.behind.length})</h2>
        {d.behind.length === 0 ? <p className="text-sm text-slate-500">Nobody is falling behind.</p> : (
          <ul className="space-y-1 text-sm" data-testid="behind-list">
            {d.behind.map((b) => <li key={b.userId}><span className="font-medium">{b.name}</span> — {b.reason}</li>)}
          </ul>
        )}
        {slow.length > 0 && (
          <ul className="mt-2 space-y-1 text-sm" data-testid="behind-pace">
            {slow.map((b) => (
              <li key={`${b.assignmentId}-${b.userId}`}><span className="font-medium">{b.name}</span> — {b.behindBy} card{b.behindBy === 1 ? "" : "s"} behind pace on{" "}
                <Link href={`/classes/${classId}/assignments/${b.assignmentId}`} className="text-indigo-600 hover:underline">{b.title}</Link> (needs {b.perDay} a day)</li>
            ))}
          </ul>
        )}
      </section>

      <section className={`${panel} overflow-x-auto`} aria-labelledby="roster">
        <h2 id="roster" className="mb-2 font-medium">Roster ({d.roster.length})</h2>
        <table className="w-full text-sm" data-testid="roster-table">
          <thead className="text-left text-xs text-slate-500">
            <tr>
              {COLUMNS.map(([key, label]) => (
                <th key={key} scope="col" className="p-2" aria-sort={sort === key && !byReadiness ? (dir === "asc" ? "ascending" : "descending") : undefined}>
                  <Link href={{ query: { sort: key, dir: sort === key && dir === "asc" ? "desc" : "asc" } }} className="hover:underline">
                    {label}{sort === key && !byReadiness ? (dir === "asc" ? " ▲" : " ▼") : ""}
                  </Link>
                </th>
              ))}
              {ready && (
                <th scope="col" className="p-2" aria-sort={byReadiness ? (dir === "asc" ? "ascending" : "descending") : undefined}>
                  <Link href={{ query: { sort: "readiness", dir: byReadiness && dir === "asc" ? "desc" : "asc" } }} className="hover:underline" title={`Predicted exam-day recall for "${ready.title}"`}>
                    Exam readiness{byReadiness ? (dir === "asc" ? " ▲" : " ▼") : ""}
                  </Link>
                </th>
              )}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {d.roster.map((r) => (
              <tr key={r.userId} className={r.behind ? "bg-amber-50 dark:bg-amber-950" : ""}>
                <td className="p-2"><span className="font-medium">{r.name}</span><br /><span className="text-xs text-slate-500">{r.email}</span></td>
                <td className="p-2">{r.cardsStudied}</td>
                <td className="p-2">{r.reviews7}</td>
                <td className="p-2">{pct(r.retention7)}</td>
                <td className="p-2">{pct(r.retention30)}</td>
                <td className="p-2">{r.overdue}</td>
                <td className="p-2">{r.lastActive ? r.lastActive.slice(0, 10) : "never"}</td>
                {ready && <td className="p-2"><ReadinessText r={ready.byUser.get(r.userId) ?? null} /></td>}
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section className={panel} aria-labelledby="ret">
          <h2 id="ret" className="mb-3 font-medium">Class retention by week</h2>
          <RetentionTrendChart data={d.retention.map((w) => ({ week: w.week, retention: w.rate, reviews: w.answers }))} />
        </section>
        <section className={panel} aria-labelledby="hard">
          <h2 id="hard" className="mb-3 font-medium">Hardest cards</h2>
          {d.hardest.length === 0 ? <p className="text-sm text-slate-500">No lapses or leeches yet.</p> : (
            <ol className="space-y-2 text-sm" data-testid="hardest">
              {d.hardest.map((h) => (
                <li key={h.cardId} className="flex items-start justify-between gap-2">
                  <span>{h.text}{h.leech && <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-800">leech × {h.leechCount}</span>}</span>
                  <span className="shrink-0 text-xs text-slate-500">
                    {h.lapseRate === null ? "" : `${Math.round(h.lapseRate * 100)}% failed · `}{h.lapses} lapse{h.lapses === 1 ? "" : "s"}
                    {h.deckId && <> · <Link href={`/decks/${h.deckId}/notes/${h.noteId}`} className="text-indigo-600 hover:underline">Edit</Link></>}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}
