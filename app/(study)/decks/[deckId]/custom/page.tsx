import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getBrowsableDeck } from "@/lib/data/browse";
import { NotFoundError, ValidationError } from "@/lib/data/errors";
import { customStudyCards, customStudyChoices, type CustomStudySpec } from "@/lib/data/review/custom-study";
import { CustomSession } from "@/components/review/custom-session";
import { button, input, panel } from "@/components/ui/styles";
import { customAnswerAction } from "./actions";

type Search = { mode?: string; days?: string; tag?: string; chapter?: string; limit?: string; reschedule?: string };

function specOf(sp: Search): CustomStudySpec | null {
  switch (sp.mode) {
    case "ahead": return { mode: "ahead", days: Number(sp.days ?? 7) };
    case "forgotten": return { mode: "forgotten" };
    case "tag": return { mode: "tag", tag: sp.tag ?? "" };
    case "chapter": return { mode: "chapter", chapterId: sp.chapter ?? "" };
    case "preview": return { mode: "preview", limit: Number(sp.limit ?? 20) };
    default: return null;
  }
}

export default async function CustomStudyPage({ params, searchParams }: { params: Promise<{ deckId: string }>; searchParams: Promise<Search> }) {
  const user = await requireUser();
  const { deckId } = await params;
  const sp = await searchParams;
  const deck = await getBrowsableDeck(user.id, deckId).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  const choices = await customStudyChoices(user.id, deckId);
  const spec = specOf(sp);
  const reschedule = sp.reschedule === "on";
  let cards = null, error: string | null = null;
  if (spec) {
    try {
      cards = await customStudyCards(user, deckId, spec, new Date());
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      error = e.message;
    }
  }
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm"><Link href={`/decks/${deckId}`} className="text-indigo-600 hover:underline">← {deck.title}</Link></p>
      <h1 className="text-2xl font-semibold">Custom study</h1>
      {!cards && (
        <form className={`${panel} grid gap-3 sm:grid-cols-2`} aria-label="Custom study">
          {error && <p role="alert" className="text-sm text-red-600 sm:col-span-2">{error}</p>}
          <fieldset className="space-y-2 sm:col-span-2">
            <legend className="text-sm font-medium">Study</legend>
            <label className="flex items-center gap-2 text-sm"><input type="radio" name="mode" value="ahead" defaultChecked={!sp.mode || sp.mode === "ahead"} /> Study ahead: reviews due in the next
              <input name="days" type="number" min={1} max={365} defaultValue={sp.days ?? 7} aria-label="Days ahead" className={`${input} !w-20`} /> days</label>
            <label className="flex items-center gap-2 text-sm"><input type="radio" name="mode" value="forgotten" defaultChecked={sp.mode === "forgotten"} /> Review what I forgot today</label>
            <label className="flex items-center gap-2 text-sm"><input type="radio" name="mode" value="tag" defaultChecked={sp.mode === "tag"} /> Cards tagged
              <select name="tag" defaultValue={sp.tag} aria-label="Tag" className={`${input} !w-40`}>{choices.tags.map((t) => <option key={t} value={t}>{t}</option>)}</select></label>
            {choices.chapters.length > 0 && (
              <label className="flex items-center gap-2 text-sm"><input type="radio" name="mode" value="chapter" defaultChecked={sp.mode === "chapter"} /> Cards from chapter
                <select name="chapter" defaultValue={sp.chapter} aria-label="Chapter" className={`${input} !w-56`}>{choices.chapters.map((c) => <option key={c.id} value={c.id}>{c.title}</option>)}</select></label>
            )}
            <label className="flex items-center gap-2 text-sm"><input type="radio" name="mode" value="preview" defaultChecked={sp.mode === "preview"} /> Preview
              <input name="limit" type="number" min={1} max={200} defaultValue={sp.limit ?? 20} aria-label="New cards to preview" className={`${input} !w-20`} /> new cards</label>
          </fieldset>
          <label className="flex items-start gap-2 text-sm sm:col-span-2">
            <input type="checkbox" name="reschedule" defaultChecked={reschedule} className="mt-1" />
            <span><span className="font-medium">Reschedule cards based on my answers.</span> Off: a practice session that leaves your FSRS schedule exactly as it is.</span>
          </label>
          <div className="sm:col-span-2"><button type="submit" className={button}>Start custom study</button></div>
        </form>
      )}
      {cards && cards.length === 0 && (
        <p className={panel}>No cards match this choice. <Link href={`/decks/${deckId}/custom`} className="text-indigo-600 hover:underline">Choose again</Link></p>
      )}
      {cards && cards.length > 0 && (
        <section className={panel}><CustomSession cards={cards} mode={spec!.mode} reschedule={reschedule} answer={customAnswerAction} /></section>
      )}
    </div>
  );
}
