import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { browseCards, getBrowsableDeck, PAGE_SIZE, type BrowseFilters } from "@/lib/data/browse";
import { deckDeletionImpact } from "@/lib/data/decks";
import { NotFoundError } from "@/lib/data/errors";
import { deckWorkload } from "@/lib/data/fsrs";
import { WorkloadPanel } from "@/components/fsrs/workload-panel";
import { Suspense } from "react";
import { listPresets, presetOfDeck } from "@/lib/data/presets";
import { PresetPanel } from "@/components/decks/preset-panel";
import { choosePresetAction, createPresetAction, deletePresetAction, optimizeAllPresetsAction, renamePresetAction } from "../preset-actions";
import { addNoteAction, archiveDeckAction, bulkAction, deleteDeckAction, updateDeckAction } from "../actions";
import { NoteForm } from "@/components/decks/note-form";
import { DeckSettingsForm } from "@/components/decks/deck-settings-form";
import { DeleteDeckForm } from "@/components/decks/delete-deck-form";
import { BulkControls, CardTable } from "@/components/decks/card-table";
import { ActionForm } from "@/components/ui/action-form";
import { ActionButton } from "@/components/ui/action-button";
import { button, buttonSecondary, input, panel } from "@/components/ui/styles";

async function DeckWorkload({ userId, deckId }: { userId: string; deckId: string }) {
  return <WorkloadPanel view={await deckWorkload(userId, deckId)} who="a typical student of this deck" />;
}

type Search = { q?: string; tag?: string; state?: string; page?: string };

export default async function DeckPage({ params, searchParams }: { params: Promise<{ deckId: string }>; searchParams: Promise<Search> }) {
  const user = await requireUser();
  const { deckId } = await params;
  const sp = await searchParams;
  const deck = await getBrowsableDeck(user.id, deckId).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const owner = deck.ownerId === user.id;
  const filters: BrowseFilters = { text: sp.q, tag: sp.tag, state: (sp.state ?? "") as BrowseFilters["state"], page: Number(sp.page) || 1 };
  const [{ rows, total, tags }, impact] = await Promise.all([
    browseCards(user.id, deckId, filters),
    owner ? deckDeletionImpact(user.id, deckId) : null,
  ]);
  const preset = owner ? await presetOfDeck(user.id, deckId) : null;
  const presets = owner ? await listPresets(user.id) : [];
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <p className="text-sm"><Link href="/decks" className="text-indigo-600 hover:underline">← Decks</Link></p>
          <h1 className="text-2xl font-semibold">{deck.title}{deck.archivedAt && <span className="ml-2 rounded bg-slate-200 px-2 text-sm align-middle dark:bg-slate-700">archived</span>}</h1>
          {deck.description && <p className="text-slate-600 dark:text-slate-300">{deck.description}</p>}
        </div>
        <div className="flex flex-wrap gap-2">
          {!deck.archivedAt && <Link href={`/review?deck=${deck.id}`} className={button}>Study</Link>}
          {!deck.archivedAt && <Link href={`/decks/${deck.id}/custom`} className={buttonSecondary}>Custom study</Link>}
          <Link href={`/decks/${deck.id}/simulate`} className={buttonSecondary}>Simulate workload</Link>
          <a href={`/decks/${deck.id}/export?format=csv`} className={buttonSecondary}>Export CSV</a>
          <a href={`/decks/${deck.id}/export?format=apkg`} className={buttonSecondary}>Export for Anki</a>
          {owner && <Link href={`/decks/${deck.id}/import`} className={buttonSecondary}>Import CSV</Link>}
          {owner && (
            <ActionButton action={archiveDeckAction.bind(null, deck.id, !deck.archivedAt)} className={buttonSecondary}
              confirm={deck.archivedAt ? undefined : "Archive this deck? It leaves every student's Today until you restore it."}>
              {deck.archivedAt ? "Restore" : "Archive"}
            </ActionButton>
          )}
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <section className={`${panel} lg:col-span-2 !p-0`} aria-labelledby="browser-title">
          <div className="flex flex-wrap items-center justify-between gap-2 p-4">
            <h2 id="browser-title" className="font-medium">Cards <span className="text-slate-500">({total})</span></h2>
            <form className="flex flex-wrap gap-2" role="search" aria-label="Filter cards">
              <input name="q" defaultValue={sp.q} placeholder="Search text" aria-label="Search text" className={`${input} !w-40`} />
              <select name="tag" defaultValue={sp.tag ?? ""} aria-label="Tag" className={`${input} !w-32`}>
                <option value="">Any tag</option>
                {tags.map((t) => <option key={t} value={t}>{t}</option>)}
              </select>
              <select name="state" defaultValue={sp.state ?? ""} aria-label="State" className={`${input} !w-36`}>
                <option value="">Any state</option><option value="new">New</option><option value="learning">Learning</option>
                <option value="review">Review</option><option value="suspended">Suspended</option><option value="leech">Leech</option>
              </select>
              <button type="submit" className={buttonSecondary}>Filter</button>
            </form>
          </div>
          <ActionForm action={bulkAction.bind(null, deck.id)} className="flex flex-col" label="Bulk actions">
            <BulkControls owner={owner} />
            <CardTable rows={rows} deckId={deck.id} owner={owner} />
          </ActionForm>
          {pages > 1 && (
            <nav aria-label="Pages" className="flex gap-2 p-3 text-sm">
              {Array.from({ length: Math.min(pages, 20) }, (_, i) => i + 1).map((p) => (
                <Link key={p} aria-current={p === (filters.page ?? 1) ? "page" : undefined}
                  href={{ query: { ...sp, page: p } }} className="rounded px-2 py-1 aria-[current=page]:bg-indigo-100">{p}</Link>
              ))}
            </nav>
          )}
        </section>

        {owner && (
          <aside className="space-y-6">
            <section className={panel} aria-labelledby="add-card"><h2 id="add-card" className="mb-3 font-medium">Add a card</h2>
              <NoteForm action={addNoteAction.bind(null, deck.id)} submitLabel="Add card" resetOnSuccess deckId={deck.id} />
            </section>
            <details className={panel}>
              <summary className="cursor-pointer font-medium">Deck options (preset, FSRS, limits, load balancing, leeches)</summary>
              <div className="mt-4">
                <PresetPanel current={preset!} presets={presets} deckId={deck.id} choose={choosePresetAction.bind(null, deck.id)}
                  create={createPresetAction.bind(null, deck.id)} rename={renamePresetAction.bind(null, preset!.id)}
                  remove={deletePresetAction.bind(null, preset!.id)} optimizeAll={optimizeAllPresetsAction} />
              </div>
              <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-700">
                <DeckSettingsForm key={preset!.id} action={updateDeckAction.bind(null, deck.id)}
                  deck={{ ...deck, loadBalance: preset!.loadBalance, easyDays: preset!.easyDays }} />
              </div>
              <div className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-700">
                <h3 className="mb-2 text-sm font-medium">What each desired retention costs</h3>
                <Suspense fallback={<p className="text-sm text-slate-500">Simulating workload…</p>}><DeckWorkload userId={user.id} deckId={deck.id} /></Suspense>
              </div>
            </details>
            <details className={panel}>
              <summary className="cursor-pointer font-medium text-red-700">Delete deck…</summary>
              <div className="mt-4"><DeleteDeckForm action={deleteDeckAction.bind(null, deck.id, deck.title)} title={deck.title} impact={impact!} /></div>
            </details>
          </aside>
        )}
      </div>
    </div>
  );
}
