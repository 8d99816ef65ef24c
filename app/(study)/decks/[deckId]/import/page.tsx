import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { requireOwnedDeck } from "@/lib/data/access";
import { NotFoundError } from "@/lib/data/errors";
import { csvImportAction } from "./actions";
import { CsvImportForm } from "@/components/decks/csv-import-form";
import { AnkiImportForm } from "@/components/decks/anki-import-form";
import { panel } from "@/components/ui/styles";

export default async function CsvImportPage({ params }: { params: Promise<{ deckId: string }> }) {
  const user = await requireUser();
  const { deckId } = await params;
  const deck = await requireOwnedDeck(user.id, deckId).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <p className="text-sm"><Link href={`/decks/${deckId}`} className="text-indigo-600 hover:underline">← {deck.title}</Link></p>
      <h1 className="text-2xl font-semibold">Import cards from CSV</h1>
      <p className="text-sm text-slate-600 dark:text-slate-300">Columns: front, back, tags (optional), type (basic, reversed or cloze; optional). A header row is recognised in any order. Anki and Quizlet text exports work as they are.</p>
      <section className={panel}><CsvImportForm action={csvImportAction.bind(null, deckId)} /></section>
      <h2 className="text-xl font-semibold">Import an Anki package</h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">Notes, note types, media and your review history from Anki (.apkg or .colpkg, old and new formats). Your memory of each card is rebuilt from its reviews; importing again updates notes instead of duplicating them.</p>
      <section className={panel}><AnkiImportForm deckId={deckId} deckTitle={deck.title} /></section>
    </div>
  );
}
