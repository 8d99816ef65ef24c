import Link from "next/link";
import { notFound } from "next/navigation";
import { requireInstructor } from "@/lib/auth/session";
import { assignmentFormOptions } from "@/lib/data/assignments";
import { getAssignmentProgress, type ReadinessSortKey } from "@/lib/data/assignment-views";
import { NotFoundError } from "@/lib/data/errors";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { CalibrationPlot } from "@/components/assignments/calibration-plot";
import { ReadinessBar, ReadinessText } from "@/components/assignments/readiness-text";
import { ScoresForm } from "@/components/assignments/scores-form";
import { ActionButton } from "@/components/ui/action-button";
import { panel } from "@/components/ui/styles";
import { deleteAssignmentAction, saveScoresAction, updateAssignmentAction } from "../actions";

const COLUMNS: [ReadinessSortKey, string][] = [["name", "Student"], ["introduced", "Introduced"], ["behindBy", "Behind pace"], ["readiness", "Exam readiness"], ["score", "Exam score"]];
const day = (d: Date) => d.toISOString().slice(0, 10);
const pct = (x: number) => `${Math.round(x * 100)}%`;

export default async function AssignmentPage({ params, searchParams }: { params: Promise<{ classId: string; assignmentId: string }>; searchParams: Promise<{ sort?: string; dir?: string }> }) {
  const user = await requireInstructor();
  const { classId, assignmentId } = await params;
  const sp = await searchParams;
  const sort = (COLUMNS.some(([k]) => k === sp.sort) ? sp.sort : "name") as ReadinessSortKey;
  const dir = sp.dir === "desc" ? "desc" : "asc";
  const [p, decks] = await Promise.all([getAssignmentProgress(user.id, assignmentId, new Date(), sort, dir), assignmentFormOptions(user.id, classId)])
    .catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const a = p.assignment;
  if (a.classId !== classId) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href={`/classes/${classId}/assignments`} className="text-indigo-600 hover:underline">← Assignments of {a.className}</Link></p>
      <header>
        <h1 className="text-2xl font-semibold">{a.title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-300">{a.deckTitle} · from {day(a.startAt)} · introduce every card by {day(a.dueAt)}
          {a.examAt ? ` · exam ${day(a.examAt)} (target ${pct(a.targetRecall)}${a.examAware ? ", exam-aware scheduling" : ""})` : ""}</p>
      </header>

      {a.examAt && (
        <section className={panel} aria-labelledby="ready">
          <h2 id="ready" className="mb-2 font-medium">Class exam readiness: <ReadinessText r={p.classReadiness} testId="class-readiness" /></h2>
          <ul className="space-y-2 text-sm">
            {p.chapters.map((c) => (
              <li key={c.id}><div className="flex justify-between"><span>{c.title} ({c.cards} cards)</span><span>{c.mean === null ? "—" : pct(c.mean)}</span></div>
                <ReadinessBar r={c.mean === null ? null : { mean: c.mean, low: c.mean, high: c.mean, cards: c.cards, studied: 0 }} /></li>
            ))}
          </ul>
        </section>
      )}

      <section className={`${panel} overflow-x-auto`} aria-labelledby="students">
        <h2 id="students" className="mb-2 font-medium">Students ({p.rows.length})</h2>
        <table className="w-full text-sm" data-testid="assignment-roster">
          <thead className="text-left text-xs text-slate-500"><tr>
            {COLUMNS.map(([key, text]) => (
              <th key={key} scope="col" className="p-2" aria-sort={sort === key ? (dir === "asc" ? "ascending" : "descending") : undefined}>
                <Link href={{ query: { sort: key, dir: sort === key && dir === "asc" ? "desc" : "asc" } }} className="hover:underline">{text}{sort === key ? (dir === "asc" ? " ▲" : " ▼") : ""}</Link>
              </th>
            ))}
          </tr></thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {p.rows.map((r) => (
              <tr key={r.userId} className={r.pace.behindBy > 0 ? "bg-amber-50 dark:bg-amber-950" : ""}>
                <td className="p-2"><span className="font-medium">{r.name}</span><br /><span className="text-xs text-slate-500">{r.email}</span></td>
                <td className="p-2">{r.introduced}/{r.total}</td>
                <td className="p-2">{r.pace.behindBy > 0 ? `${r.pace.behindBy} cards (needs ${r.pace.perDay}/day)` : "on pace"}</td>
                <td className="p-2"><ReadinessText r={r.readiness} /></td>
                <td className="p-2">{r.score === null ? "—" : pct(r.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {a.examAt && (
        <div className="grid gap-6 lg:grid-cols-2">
          <section className={panel} aria-labelledby="scores">
            <h2 id="scores" className="mb-2 font-medium">Exam scores</h2>
            {p.comparison && (
              <p className="mb-3 text-sm" data-testid="predicted-vs-actual">
                Predicted {pct(p.comparison.predicted)} vs actual {pct(p.comparison.actual)} over {p.comparison.students} student{p.comparison.students === 1 ? "" : "s"};
                mean absolute error {Math.round(p.comparison.meanAbsError * 1000) / 10} points.
              </p>
            )}
            <ScoresForm action={saveScoresAction.bind(null, classId, a.id)} />
          </section>
          <section className={panel} aria-labelledby="calib">
            <h2 id="calib" className="mb-2 font-medium">Calibration of predicted recall (this class)</h2>
            <CalibrationPlot bins={p.calibration} />
          </section>
        </div>
      )}

      <details className={panel}>
        <summary className="cursor-pointer font-medium">Edit assignment</summary>
        <div className="mt-3">
          <AssignmentForm action={updateAssignmentAction.bind(null, classId, a.id)} decks={decks} submit="Save assignment"
            defaults={{ title: a.title, deckId: a.deckId, chapterIds: a.chapterIds, tags: a.tags.join(", "), startAt: day(a.startAt), dueAt: day(a.dueAt), examAt: a.examAt ? day(a.examAt) : "", targetRecall: a.targetRecall, examAware: a.examAware }} />
        </div>
        <div className="mt-4">
          <ActionButton action={deleteAssignmentAction.bind(null, classId, a.id)} className="text-sm text-red-700 underline" confirm={`Delete "${a.title}"? Scores entered for it are deleted; the deck stays in the class.`}>Delete assignment</ActionButton>
        </div>
      </details>
    </div>
  );
}
