// Book formats through the import job: a PDF becomes chapters and candidates with printed pages;
// a locked PDF fails with its message and leaves nothing behind; OCR'd pages already kept are
// used again after a restart; the upload is checked from its bytes before anything is saved.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { offlineGenerator } from "@/lib/cards";
import { classifyUpload, createUploadSource } from "@/lib/data/import-uploads";
import { processSource } from "@/lib/data/process-source";
import { listChapters } from "@/lib/data/sources";
import { chapterReview } from "@/lib/data/candidates";
import { NotFoundError, ValidationError } from "@/lib/data/errors";
import { readPdfText } from "@/lib/import/pdf/extract";
import { buildBookPdf } from "../support/pdf-book";
import { buildEpub } from "../support/zip-fixtures";
import { encryptedPdf, imageOnlyPdf } from "../support/bad-files";
import { makeUser } from "../support/factories";

async function leftovers(sourceId: string) {
  return { uploads: await db().sourceUpload.count({ where: { sourceId } }), pages: await db().sourceOcrPage.count({ where: { sourceId } }) };
}

describe("book formats in the import job", () => {
  it("turns a PDF into chapters and cards with printed pages, then drops the kept upload", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const fx = await buildBookPdf({ seed: 7, paragraphs: 20, firstPage: 36, runningHead: "THE SALT ROADS", pageNumbers: "head", footnoteEvery: 7 });
    const { id } = await createUploadSource(teacher.id, { title: "Salt", filename: "salt.pdf", format: classifyUpload(fx.bytes, 1e8), bytes: fx.bytes });
    await processSource(id, offlineGenerator);
    expect(await db().source.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ready", progress: 1, error: null });
    expect(await leftovers(id)).toEqual({ uploads: 0, pages: 0 });
    const [chapter] = await listChapters(teacher.id, id);
    expect(chapter).toMatchObject({ number: "1", title: "The Salt Roads" });
    const review = await chapterReview(teacher.id, chapter.id);
    expect(review.candidates.length).toBeGreaterThan(0);
    const pages = new Set(fx.sentences.map((s) => s.page));
    for (const c of review.candidates) expect(pages.has(c.page!)).toBe(true);
    expect(review.chapter.structure.footnotes).toHaveLength(fx.footnotes.length);
    await expect(listChapters((await makeUser("INSTRUCTOR")).id, id)).rejects.toThrow(NotFoundError);
  });

  it("fails an encrypted PDF with a message naming the problem, saving no chapter and keeping no upload", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const bytes = await encryptedPdf();
    const { id } = await createUploadSource(teacher.id, { title: "Locked", filename: "locked.pdf", format: "pdf", bytes });
    await processSource(id, offlineGenerator);
    const source = await db().source.findUniqueOrThrow({ where: { id } });
    expect(source.status).toBe("failed");
    expect(source.error).toMatch(/encrypted \(password-protected\)/);
    expect(await db().chapter.count({ where: { sourceId: id } })).toBe(0);
    expect(await leftovers(id)).toEqual({ uploads: 0, pages: 0 });
  });

  it("resumes a scanned PDF from the OCR pages a stopped job had kept, without recognising them again", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const fx = await buildBookPdf({ seed: 5, paragraphs: 12, firstPage: 3, pageNumbers: "foot" });
    const scan = await imageOnlyPdf(fx.pages);
    const { id } = await createUploadSource(teacher.id, { title: "Scan", filename: "scan.pdf", format: "pdf", bytes: scan });
    // A previous run had finished every page (here: the words of the original, as OCR would give them).
    const kept = await readPdfText(fx.bytes, { maxPages: 100 });
    for (const [page, words] of kept.pages.entries()) await db().sourceOcrPage.create({ data: { sourceId: id, page, words: JSON.parse(JSON.stringify(words)) } });
    await processSource(id, offlineGenerator);
    const source = await db().source.findUniqueOrThrow({ where: { id } });
    expect(source).toMatchObject({ status: "ready", error: null });
    const [chapter] = await listChapters(teacher.id, id);
    const review = await chapterReview(teacher.id, chapter.id);
    expect(review.chapter.structure.sentences.map((s) => s.text)).toEqual(fx.sentences.map((s) => s.text));
    expect(review.chapter.structure.sentences.map((s) => s.page)).toEqual(fx.sentences.map((s) => s.page));
    expect(await leftovers(id)).toEqual({ uploads: 0, pages: 0 });
  });

  it("reads an EPUB uploaded under a misleading name", async () => {
    const teacher = await makeUser("STUDENT");
    const fx = buildEpub();
    const format = classifyUpload(fx.bytes, 1e8);
    expect(format).toBe("epub");
    const { id } = await createUploadSource(teacher.id, { title: "Harbour", filename: "harbour.txt", format, bytes: fx.bytes });
    await processSource(id, offlineGenerator);
    expect((await listChapters(teacher.id, id)).map((c) => c.title)).toEqual(["Harbour Dues", "The Ferry Charter"]);
  });

  it("refuses oversize files and formats no reader takes before saving anything", () => {
    expect(() => classifyUpload(new Uint8Array(2000), 1000)).toThrow(/the limit is/);
    expect(() => classifyUpload(new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63]), 1e6)).toThrow(/HEIC/);
    expect(() => classifyUpload(new Uint8Array(), 1e6)).toThrow(ValidationError);
    expect(classifyUpload(new TextEncoder().encode("# Chapter 1\n\nText."), 1e6)).toBe("text");
  });
});

describe("resuming a stopped import", () => {
  it("is offered only once the kept upload has gone untouched for a while, to its owner, and only one claim wins", async () => {
    const { claimStalledImport, isStalled, STALL_MS } = await import("@/lib/data/import-uploads");
    const owner = await makeUser("INSTRUCTOR");
    const other = await makeUser("INSTRUCTOR");
    const fx = await buildBookPdf({ seed: 2, paragraphs: 3 });
    const { id } = await createUploadSource(owner.id, { title: "Stopped", filename: "s.pdf", format: "pdf", bytes: fx.bytes });
    const now = new Date(Date.now() + 1000);
    expect(await isStalled(owner.id, id, now)).toBe(false);
    await expect(claimStalledImport(owner.id, id, now)).rejects.toThrow(ValidationError);
    const later = new Date(Date.now() + STALL_MS + 60_000);
    expect(await isStalled(other.id, id, later)).toBe(false);
    await expect(claimStalledImport(other.id, id, later)).rejects.toThrow(ValidationError);
    expect(await isStalled(owner.id, id, later)).toBe(true);
    await claimStalledImport(owner.id, id, later);
    await expect(claimStalledImport(owner.id, id, later)).rejects.toThrow(ValidationError);
  });
});

describe("checks at upload time", () => {
  it("refuses a locked, damaged or too long PDF and a zip bomb before anything is saved", async () => {
    const { checkUpload } = await import("@/lib/data/import-uploads");
    const { zipBomb } = await import("../support/bad-files");
    const limits = { maxBytes: 1e8, maxPages: 1000 };
    await expect(checkUpload(await encryptedPdf(), limits)).rejects.toThrow(/encrypted/);
    await expect(checkUpload(new TextEncoder().encode("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"), limits)).rejects.toThrow(/damaged or incomplete/);
    const fx = await buildBookPdf({ seed: 1, paragraphs: 20 });
    await expect(checkUpload(fx.bytes, { ...limits, maxPages: 1 })).rejects.toThrow(ValidationError);
    await expect(checkUpload(zipBomb("epub", 400), limits)).rejects.toThrow(/zip bomb/);
    expect(await checkUpload(fx.bytes, limits)).toBe("pdf");
  });
});
