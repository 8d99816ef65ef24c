// Turns an uploaded Source into chapters and candidate cards. Runs in a job process
// (scripts/jobs/process-source.ts). All chapters and candidates are written in one transaction at
// the end, so a failure leaves nothing half-saved: only the Source row with its error.
import { db } from "@/lib/db";
import { cleanDocument } from "@/lib/chapters";
import type { CleanChapter } from "@/lib/chapters/types";
import type { CardGenerator, GeneratedCard } from "@/lib/cards";

export const CANDIDATES_PER_CHAPTER = 60;

class SourceCancelled extends Error {}

export function candidateRows(chapterId: string, cards: GeneratedCard[], startPosition = 0) {
  return cards.map((c, i) => ({
    chapterId, kind: c.kind, front: c.front, back: c.back, page: c.source.page, sentenceIds: c.source.sentenceIds,
    spanStart: c.source.span[0], spanEnd: c.source.span[1], rule: c.rule, score: c.score, flags: c.flags,
    position: startPosition + i,
  }));
}

export async function processSource(sourceId: string, generator: CardGenerator): Promise<void> {
  const source = await db().source.findUnique({ where: { id: sourceId } });
  // Deleted meanwhile, or already processed by an earlier delivery of the same queued job.
  if (!source || source.status !== "processing") return;
  const setProgress = (progress: number) => db().source.update({ where: { id: sourceId }, data: { progress } });
  try {
    const doc = cleanDocument(source.rawText, { filename: source.filename ?? undefined });
    if (!doc.chapters.length) throw new Error("No chapter text was found in this file.");
    await setProgress(0.1);
    const generated: { chapter: CleanChapter; cards: GeneratedCard[] }[] = [];
    for (const [i, chapter] of doc.chapters.entries()) {
      generated.push({ chapter, cards: await generator.generate(chapter, { max: CANDIDATES_PER_CHAPTER }) });
      await setProgress(0.1 + (0.85 * (i + 1)) / doc.chapters.length);
    }
    await db().$transaction(async (t) => {
      for (const { chapter, cards } of generated) {
        const row = await t.chapter.create({
          data: { sourceId, index: chapter.index, number: chapter.number, title: chapter.title, cleanedText: chapter.text, structure: JSON.parse(JSON.stringify(chapter)) },
          select: { id: true },
        });
        if (cards.length) await t.cardCandidate.createMany({ data: candidateRows(row.id, cards) });
      }
      // Cancelled meanwhile: roll the chapters back and keep the cancellation.
      const done = await t.source.updateMany({ where: { id: sourceId, status: "processing" }, data: { status: "ready", progress: 1, error: null } });
      if (done.count === 0) throw new SourceCancelled();
    }, { timeout: 120_000 });
  } catch (err) {
    if (err instanceof SourceCancelled) return;
    const message = err instanceof Error ? err.message : String(err);
    await db().source.updateMany({ where: { id: sourceId, status: "processing" }, data: { status: "failed", error: message.slice(0, 1000) } });
  }
}
