import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { requireOwnedNote } from "@/lib/data/notes";
import { NotFoundError } from "@/lib/data/errors";
import { deleteNoteAction, resetNoteAction, updateNoteAction } from "../../../actions";
import { NoteForm } from "@/components/decks/note-form";
import { DeleteNoteForm } from "@/components/decks/delete-note-form";
import { ActionButton } from "@/components/ui/action-button";
import { buttonSecondary, panel } from "@/components/ui/styles";

export default async function EditNotePage({ params }: { params: Promise<{ deckId: string; noteId: string }> }) {
  const user = await requireUser();
  const { deckId, noteId } = await params;
  const note = await requireOwnedNote(user.id, noteId).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  if (note.deckId !== deckId) notFound();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p className="text-sm"><Link href={`/decks/${deckId}`} className="text-indigo-600 hover:underline">← Back to the deck</Link></p>
      <h1 className="text-2xl font-semibold">Edit note</h1>
      <section className={panel}>
        <NoteForm action={updateNoteAction.bind(null, noteId, deckId)} submitLabel="Save changes" deckId={deckId}
          initial={{ kind: note.kind, context: note.context ?? "", front: note.front, back: note.back, tags: note.tags.join(" ") }} />
        <p className="mt-3 text-xs text-slate-500">Edits reach every student at their next review; their schedules are kept. {note.cards.length} card(s) from this note.</p>
      </section>
      <section className={`${panel} space-y-2`}>
        <h2 className="font-medium">Changed the meaning of this card?</h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">Reset it for all students: they meet it as a new card again. Their past reviews stay in their statistics.</p>
        <ActionButton action={resetNoteAction.bind(null, noteId, deckId)} className={buttonSecondary} confirm="Reset this note for every student?">Reset for all students</ActionButton>
      </section>
      <details className={panel}>
        <summary className="cursor-pointer font-medium text-red-700">Delete note…</summary>
        <div className="mt-3"><DeleteNoteForm action={deleteNoteAction.bind(null, noteId, deckId)} /></div>
      </details>
    </div>
  );
}
