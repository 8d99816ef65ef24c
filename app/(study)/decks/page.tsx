import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listDecks } from "@/lib/data/decks";
import { listEnrollments } from "@/lib/data/classes";
import { listDeletedDecks, purgeExpiredDecks, TRASH_DAYS } from "@/lib/data/deck-trash";
import { leaveClassAction, restoreDeckAction } from "./actions";
import { CreateDeckForm } from "@/components/decks/create-deck-form";
import { JoinClassForm } from "@/components/decks/join-class-form";
import { ActionButton } from "@/components/ui/action-button";
import { buttonSecondary, panel } from "@/components/ui/styles";

export const metadata = { title: "Decks · Lectern" };

export default async function DecksPage({ searchParams }: { searchParams: Promise<{ join?: string; deleted?: string }> }) {
  const user = await requireUser();
  const { join, deleted } = await searchParams;
  const now = new Date();
  await purgeExpiredDecks(now);
  const [decks, classes, trash] = await Promise.all([listDecks(user.id, { includeArchived: true }), listEnrollments(user.id), listDeletedDecks(user.id, now)]);
  const own = decks.filter((d) => d.owned);
  const shared = decks.filter((d) => !d.owned);
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="space-y-6 lg:col-span-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-semibold">Decks</h1>
          <Link href="/import" className="text-sm text-indigo-600 hover:underline">Make cards from a book chapter →</Link>
        </div>
        {deleted && <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">The deck was moved to <a href="#recently-deleted" className="underline">Recently deleted</a>; you can restore it for {TRASH_DAYS} days.</p>}
        <section aria-labelledby="own-decks" className="space-y-2">
          <h2 id="own-decks" className="text-lg font-medium">{user.role === "INSTRUCTOR" ? "Decks you author" : "Your personal decks"}</h2>
          {own.length === 0 ? <p className="text-slate-500">No decks yet: create one on the right.</p> : <DeckList decks={own} />}
        </section>
        {shared.length > 0 && (
          <section aria-labelledby="class-decks" className="space-y-2">
            <h2 id="class-decks" className="text-lg font-medium">From your classes</h2>
            <DeckList decks={shared} />
          </section>
        )}
        {trash.length > 0 && (
          <section aria-labelledby="recently-deleted" className="space-y-2">
            <h2 id="recently-deleted" className="text-lg font-medium">Recently deleted</h2>
            <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
              {trash.map((d) => (
                <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 p-4 text-sm">
                  <span><span className="font-medium">{d.title}</span><br /><span className="text-slate-500">Deleted {d.deletedAt.toISOString().slice(0, 10)} · removed for good on {d.purgeAt.toISOString().slice(0, 10)}</span></span>
                  <ActionButton action={restoreDeckAction.bind(null, d.id)} className={buttonSecondary}>Restore</ActionButton>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <aside className="space-y-6">
        <section className={panel} aria-labelledby="new-deck"><h2 id="new-deck" className="mb-3 font-medium">New deck</h2><CreateDeckForm /></section>
        <section className={panel} aria-labelledby="join"><h2 id="join" className="mb-3 font-medium">Join a class</h2><JoinClassForm initialCode={join} /></section>
        {classes.length > 0 && (
          <section className={panel} aria-labelledby="my-classes">
            <h2 id="my-classes" className="mb-3 font-medium">Your classes</h2>
            <ul className="space-y-3">
              {classes.map((c) => (
                <li key={c.id} className="flex items-center justify-between gap-2 text-sm">
                  <span><span className="font-medium">{c.name}</span><br /><span className="text-slate-500">{c.teacher} · {c.decks} deck(s)</span></span>
                  <ActionButton action={leaveClassAction.bind(null, c.id)} confirm={`Leave ${c.name}? Its decks leave your Today; your review history is kept.`} className={buttonSecondary}>Leave</ActionButton>
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}

function DeckList({ decks }: { decks: Awaited<ReturnType<typeof listDecks>> }) {
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
      {decks.map((d) => (
        <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
          <div>
            <Link href={`/decks/${d.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">{d.title}</Link>
            {d.archived && <span className="ml-2 rounded bg-slate-200 px-1.5 text-xs dark:bg-slate-700">archived</span>}
            <p className="text-xs text-slate-500">
              {d.noteCount} note(s), {d.cardCount} card(s){d.classNames.length ? ` · ${d.classNames.join(", ")}` : ""}{!d.owned ? ` · by ${d.ownerName}` : ""}
            </p>
          </div>
          {!d.archived && <Link href={`/review?deck=${d.id}`} className={buttonSecondary}>Study</Link>}
        </li>
      ))}
    </ul>
  );
}
