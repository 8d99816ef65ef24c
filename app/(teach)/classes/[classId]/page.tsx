import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requireInstructor } from "@/lib/auth/session";
import { getOwnedClass } from "@/lib/data/classes";
import { NotFoundError } from "@/lib/data/errors";
import { assignDeckAction, deleteClassAction, issueResetLinkAction, regenerateCodeAction, removeStudentAction, unassignDeckAction } from "../actions";
import { ActionForm } from "@/components/ui/action-form";
import { ActionButton } from "@/components/ui/action-button";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonSecondary, input, panel } from "@/components/ui/styles";

export default async function ClassPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireInstructor();
  const { classId } = await params;
  const klass = await getOwnedClass(user.id, classId).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm"><Link href="/classes" className="text-indigo-600 hover:underline">← Classes</Link></p>
          <h1 className="text-2xl font-semibold">{klass.name}</h1>
        </div>
        <div className="flex gap-2">
          <Link href={`/classes/${klass.id}/assignments`} className={buttonSecondary}>Assignments</Link>
          <Link href={`/classes/${klass.id}/progress`} className={buttonSecondary}>Progress dashboard</Link>
        </div>
      </header>

      <section className={`${panel} space-y-2`} aria-labelledby="join-title">
        <h2 id="join-title" className="font-medium">Invite students</h2>
        <p>Join code: <strong className="font-mono text-lg" data-testid="join-code">{klass.joinCode}</strong></p>
        <p className="text-sm">Link: <code className="break-all">{`${origin}/join/${klass.joinCode}`}</code></p>
        <ActionButton action={regenerateCodeAction.bind(null, klass.id)} className={buttonSecondary} confirm="Make a new code? The current code and link stop working.">New code</ActionButton>
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section className={`${panel} space-y-3`} aria-labelledby="decks-title">
          <h2 id="decks-title" className="font-medium">Assigned decks</h2>
          {klass.decks.length === 0 ? <p className="text-sm text-slate-500">None yet.</p> : (
            <ul className="space-y-2">
              {klass.decks.map((d) => (
                <li key={d.id} className="flex items-center justify-between gap-2 text-sm">
                  <Link href={`/decks/${d.id}`} className="text-indigo-700 hover:underline dark:text-indigo-300">{d.title}{d.archived ? " (archived)" : ""}</Link>
                  <ActionButton action={unassignDeckAction.bind(null, klass.id, d.id)} className={buttonSecondary}>Unassign</ActionButton>
                </li>
              ))}
            </ul>
          )}
          {klass.assignable.length > 0 ? (
            <ActionForm action={assignDeckAction.bind(null, klass.id)} className="flex flex-wrap items-end gap-2" label="Assign a deck">
              <div className="flex flex-1 flex-col text-sm">
                <label htmlFor="assign-deck">Deck</label>
                <select id="assign-deck" name="deckId" className={input}>{klass.assignable.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}</select>
              </div>
              <SubmitButton>Assign</SubmitButton>
            </ActionForm>
          ) : <p className="text-sm text-slate-500">All your decks are assigned. <Link href="/decks" className="text-indigo-600 underline">Create a deck</Link>.</p>}
        </section>

        <section className={`${panel} space-y-3`} aria-labelledby="roster-title">
          <h2 id="roster-title" className="font-medium">Roster ({klass.students.length})</h2>
          {klass.students.length === 0 ? <p className="text-sm text-slate-500">No students yet: share the join code.</p> : (
            <ul className="space-y-2" data-testid="roster">
              {klass.students.map((s) => (
                <li key={s.id} className="flex items-center justify-between gap-2 text-sm">
                  <span><span className="font-medium">{s.name}</span> <span className="text-slate-500">{s.email}</span></span>
                  <span className="flex flex-wrap justify-end gap-2">
                    <ActionButton action={issueResetLinkAction.bind(null, klass.id, s.id)} className={buttonSecondary} confirm={`Make a password reset link for ${s.name}? Hand it to them only.`}>Reset link</ActionButton>
                    <ActionButton action={removeStudentAction.bind(null, klass.id, s.id)} className={buttonSecondary} confirm={`Remove ${s.name} from ${klass.name}?`}>Remove</ActionButton>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <ActionButton action={deleteClassAction.bind(null, klass.id)} className="text-sm text-red-700 underline" confirm={`Delete ${klass.name}? Students leave the class; decks and everyone's review history are kept.`}>Delete class</ActionButton>
    </div>
  );
}
