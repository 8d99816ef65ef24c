// Turns an uploaded Source into chapters and candidate cards. Runs in a job process
// (scripts/jobs/process-source.ts). All chapters and candidates are written in one transaction at
// the end, so a failure leaves nothing half-saved: only the Source row with its error. A PDF,
// EPUB, DOCX, web page or photo is read by lib/import from the kept upload; OCR'd pages are kept
// as they finish, so a job restarted after a crash resumes at the first page not yet read.
import { db } from "@/lib/db";
import { cleanDocument, type CleanDocument } from "@/lib/chapters";
import type { CleanChapter } from "@/lib/chapters/types";
import type { CardGenerator, GeneratedCard } from "@/lib/cards";
import { cleanImported, importFile, ImportError, textMetadata, type Imported } from "@/lib/import";
import { defaultSourceTitle } from "@/lib/import/metadata/default-title";
import { localOcr } from "@/lib/import/ocr/local";
import type { PageText } from "@/lib/import/layout";
import { env } from "@/lib/env";
import { candidateRows, CANDIDATES_PER_CHAPTER } from "./candidate-rows";
import { generateOptionsFor } from "./generate-options";

export { candidateRows, CANDIDATES_PER_CHAPTER };

type Progress = (p: number) => Promise<unknown>;

/** Reads a kept upload with lib/import; reading (and OCR) is the first 60% of the progress bar. */
async function readUpload(sourceId: string, upload: { bytes: Uint8Array }, filename: string | undefined, setProgress: Progress): Promise<Imported> {
  const e = env();
  const pageStore = {
    load: async (page: number) => ((await db().sourceOcrPage.findUnique({ where: { sourceId_page: { sourceId, page } } }))?.words ?? null) as PageText | null,
    save: async (page: number, words: PageText) => {
      await db().sourceOcrPage.upsert({ where: { sourceId_page: { sourceId, page } }, create: { sourceId, page, words: JSON.parse(JSON.stringify(words)) }, update: {} });
    },
  };
  const progress = async (done: number, total: number) => { await setProgress((0.6 * done) / total); };
  return importFile(new Uint8Array(upload.bytes), {
    filename,
    limits: { maxBytes: e.IMPORT_MAX_BYTES, maxPages: e.IMPORT_MAX_PAGES },
    ocr: e.IMPORT_OCR === "on" ? localOcr({ progress, pageStore }) : undefined,
  });
}

/** The import was cancelled while the job ran: its chapters are rolled back, the cancellation kept. */
class SourceCancelled extends Error {}

export async function processSource(sourceId: string, generator: CardGenerator): Promise<void> {
  const source = await db().source.findUnique({ where: { id: sourceId }, include: { upload: true } });
  // Deleted meanwhile, or already processed by an earlier delivery of the same queued job.
  if (!source || source.status !== "processing") return;
  // Progress also touches the kept upload: its age tells a stopped job from a slow one (isStalled).
  const setProgress: Progress = (progress) => db().$transaction([
    db().source.update({ where: { id: sourceId }, data: { progress } }),
    db().sourceUpload.updateMany({ where: { sourceId }, data: { updatedAt: new Date() } }),
  ]);
  const filename = source.filename ?? undefined;
  try {
    let doc: CleanDocument;
    let imported: Imported | null = null;
    if (source.upload) {
      imported = await readUpload(sourceId, source.upload, filename, setProgress);
      doc = cleanImported(imported, filename);
    } else doc = cleanDocument(source.rawText, { filename });
    if (!doc.chapters.length) throw new ImportError("No chapter text was found in this file.");
    const base = imported ? 0.6 : 0.1;
    await setProgress(base);
    const low = new Set(imported?.lowConfidence ?? []);
    // The book's author: as the user typed it, else as the file's own metadata names it.
    const metadata = imported ? imported.metadata : textMetadata(source.rawText);
    const options = await generateOptionsFor({ ownerId: source.ownerId, author: source.author ?? metadata.author, title: doc.title ?? source.title });
    const generated: { chapter: CleanChapter; cards: GeneratedCard[] }[] = [];
    for (const [i, chapter] of doc.chapters.entries()) {
      generated.push({ chapter, cards: await generator.generate(chapter, options) });
      await setProgress(base + ((0.95 - base) * (i + 1)) / doc.chapters.length);
    }
    await db().$transaction(async (t) => {
      for (const { chapter, cards } of generated) {
        // OCR words read with low confidence travel with the chapter, for the review screen to mark.
        const lowConfidence = [...low].filter((w) => chapter.text.includes(w));
        const row = await t.chapter.create({
          data: { sourceId, index: chapter.index, number: chapter.number, title: chapter.title, cleanedText: chapter.text, structure: JSON.parse(JSON.stringify(lowConfidence.length ? { ...chapter, lowConfidence } : chapter)) },
          select: { id: true },
        });
        if (cards.length) await t.cardCandidate.createMany({ data: candidateRows(row.id, cards) });
      }
      if (imported) await discardUpload(t, sourceId);
      // The file's author and title fill only what the user left empty (an author they set while the job ran stays).
      if (metadata.author) await t.source.updateMany({ where: { id: sourceId, author: null }, data: { author: metadata.author } });
      if (metadata.title) await t.source.updateMany({ where: { id: sourceId, title: defaultSourceTitle(source.filename, source.upload ? "" : source.rawText) }, data: { title: metadata.title } });
      // Cancelled meanwhile: roll the chapters back and keep the cancellation.
      const done = await t.source.updateMany({ where: { id: sourceId, status: "processing" }, data: { status: "ready", progress: 1, error: null, ...(imported ? { rawText: imported.markdown } : {}) } });
      if (done.count === 0) throw new SourceCancelled();
    }, { timeout: 120_000 });
  } catch (err) {
    if (err instanceof SourceCancelled) {
      await db().$transaction(async (t) => discardUpload(t, sourceId));
      return;
    }
    // Import problems (a locked PDF, a zip bomb...) name themselves; a generator's failure is shown as before.
    const message = err instanceof Error ? err.message : String(err);
    await db().$transaction(async (t) => {
      await discardUpload(t, sourceId);
      await t.source.updateMany({ where: { id: sourceId, status: "processing" }, data: { status: "failed", error: message.slice(0, 1000) } });
    });
  }
}

type Tx = Parameters<Parameters<ReturnType<typeof db>["$transaction"]>[0]>[0];

/** The upload and the pages read from it are working material: gone once the job has ended. */
async function discardUpload(t: Tx, sourceId: string) {
  await t.sourceOcrPage.deleteMany({ where: { sourceId } });
  await t.sourceUpload.deleteMany({ where: { sourceId } });
}
