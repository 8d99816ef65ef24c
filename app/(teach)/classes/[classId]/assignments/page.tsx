import Link from "next/link";
import { notFound } from "next/navigation";
import { requireInstructor } from "@/lib/auth/session";
import { assignmentFormOptions, listClassAssignments } from "@/lib/data/assignments";
import { getOwnedClass } from "@/lib/data/classes";
import { NotFoundError } from "@/lib/data/errors";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { panel } from "@/components/ui/styles";
import { createAssignmentAction } from "./actions";

export const metadata = { title: "Assignments · Lectern" };

const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function AssignmentsPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireInstructor();
  const { classId } = await params;
  const [klass, list, decks] = await Promise.all([
    getOwnedClass(user.id, classId), listClassAssignments(user.id, classId), assignmentFormOptions(user.id, classId),
  ]).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const today = new Date();
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href={`/classes/${classId}`} className="text-indigo-600 hover:underline">← {klass.name}</Link></p>
      <h1 className="text-2xl font-semibold">Assignments: {klass.name}</h1>
      <section className={panel} aria-labelledby="list">
        <h2 id="list" className="mb-2 font-medium">Assignments ({list.length})</h2>
        {list.length === 0 ? <p className="text-sm text-slate-500">None yet.</p> : (
          <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800" data-testid="assignment-list">
            {list.map((a) => (
              <li key={a.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/classes/${classId}/assignments/${a.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">{a.title}</Link>
                <span className="text-slate-500">{a.deckTitle} · due {day(a.dueAt)}{a.examAt ? ` · exam ${day(a.examAt)}` : ""}{a.examAt && a.examAware ? " · exam-aware" : ""}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className={panel} aria-labelledby="new">
        <h2 id="new" className="mb-3 font-medium">New assignment</h2>
        {decks.length === 0 ? <p className="text-sm text-slate-500">Create a deck first.</p> : (
          <AssignmentForm action={createAssignmentAction.bind(null, classId)} decks={decks} submit="Create assignment"
            defaults={{ title: "", deckId: "", chapterIds: [], tags: "", startAt: day(today), dueAt: day(new Date(today.getTime() + 7 * 86_400_000)), examAt: "", targetRecall: 0.9, examAware: true }} />
        )}
      </section>
    </div>
  );
}
