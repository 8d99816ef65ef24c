import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { chapterReviewList } from "@/lib/data/candidates";
import { listDecks } from "@/lib/data/decks";
import { NotFoundError } from "@/lib/data/errors";
import { publishAction, regenerateAction } from "../../actions";
import { CandidateReview } from "@/components/import/candidate-review";
import { PublishForm } from "@/components/import/publish-form";
import type { CandidateDto } from "@/components/import/types";
import { ActionButton } from "@/components/ui/action-button";
import { buttonSecondary, panel } from "@/components/ui/styles";

export default async function ChapterReviewPage({ params, searchParams }: { params: Promise<{ sourceId: string; chapterId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { sourceId, chapterId } = await params;
  const data = await chapterReviewList(user.id, chapterId, await searchParams).catch((e) => { if (e instanceof NotFoundError) notFound(); throw e; });
  if (data.chapter.sourceId !== sourceId) notFound();
  const decks = (await listDecks(user.id)).filter((d) => d.owned && !d.archived).map((d) => ({ id: d.id, title: d.title }));
  const path = `/import/${sourceId}/${chapterId}`;
  const sentences = (data.chapter.structure.sentences ?? []).map((s) => ({ id: s.id, text: s.text, page: s.page, paragraph: s.paragraph }));
  const candidates = data.candidates.map((c) => ({
    id: c.id, kind: c.kind, front: c.front, back: c.back, context: c.context ?? null, page: c.page, sentenceIds: c.sentenceIds, rule: c.rule,
    score: c.score, flags: c.flags, rankedFor: c.rankedFor, status: c.status as CandidateDto["status"], edited: c.edited, reject: c.reject, rejectReason: c.rejectReason,
  }));
  // Set by the import job for OCR'd chapters (lib/data/process-source.ts).
  const lowConfidence = (data.chapter.structure as { lowConfidence?: string[] }).lowConfidence ?? [];
  const title = `${data.chapter.number ? `Chapter ${data.chapter.number}: ` : ""}${data.chapter.title}`;
  return (
    <div className="space-y-6">
      <p className="text-sm"><Link href={`/import/${sourceId}`} className="text-indigo-600 hover:underline">← Chapters</Link></p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-2xl font-semibold">{title}</h1>
        <ActionButton action={regenerateAction.bind(null, chapterId, path)} className={buttonSecondary}
          confirm="Regenerate suggestions? Pending cards are replaced; approved, edited and rejected ones are kept.">Regenerate</ActionButton>
      </div>
      <section className={panel}><PublishForm action={publishAction.bind(null, chapterId, path)} decks={decks} approved={data.approved} suggestedTitle={data.chapter.title} /></section>
      {lowConfidence.length > 0 && <p className="text-sm text-amber-800 dark:text-amber-300">This chapter was read by OCR: <span className="rounded bg-amber-100 underline decoration-amber-600 decoration-wavy dark:bg-amber-900">underlined words</span> were recognised with low confidence. Check them against the page before approving.</p>}
      <CandidateReview candidates={candidates} sentences={sentences} chapterPath={path} lowConfidence={lowConfidence} view={data.view} hidden={data.hidden} />
    </div>
  );
}
