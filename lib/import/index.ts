// Any upload -> the cleaned document lib/chapters produces. The format is sniffed from the bytes;
// each reader turns its format into Markdown with inline "[Pg n]" page marks, [^n] note markers
// and their definitions, which lib/chapters then cleans like any other text.
import { cleanDocument, decodeUpload, type CleanDocument } from "@/lib/chapters";
import { sniffFormat, type Format } from "./sniff";
import { DEFAULT_LIMITS, ImportError, megabytes, type ImportLimits } from "./errors";
import { readPdfText } from "./pdf/extract";
import { layoutToMarkdown, type PageText } from "./layout";
import { readEpub } from "./epub/read";
import { readDocx } from "./docx/read";
import { readWebPage } from "./html/web-page";
import { NO_METADATA, textMetadata, type BookMetadata } from "./metadata";

export { ImportError, DEFAULT_LIMITS, type ImportLimits } from "./errors";
export { sniffFormat, type Format } from "./sniff";
export { textMetadata, type BookMetadata } from "./metadata";

export type OcrInput = { kind: "image"; bytes: Uint8Array } | { kind: "pdf"; bytes: Uint8Array; pages: number };
/** Recognises the pages of a scan; returns positioned words per page. Passed in so the core stays free of workers. */
export type OcrRunner = (input: OcrInput) => Promise<PageText[]>;

export interface Imported {
  format: Format;
  markdown: string;
  /** The title the file records for itself (EPUB package, DOCX core properties, PDF Info/XMP, web page); it names the cleaned document when the text shows none. */
  title: string | null;
  notes: string[];
  footnotePages?: Map<string, string>; // note key (number#occurrence) -> page token
  pageLabels?: string[]; // "[Pg k]" tokens in the Markdown stand for pageLabels[k - 1]
  lowConfidence: string[]; // OCR words below the confidence threshold
  ocr: boolean;
  /** The author and title the file itself records (lib/import/metadata); kept apart from `title`, which names the cleaned document. */
  metadata: BookMetadata;
}

export interface ImportOptions {
  filename?: string;
  limits?: Partial<ImportLimits>;
  ocr?: OcrRunner;
}

const NEEDS_OCR = "needs text recognition (OCR), which is not available here";
const MIN_TEXT_CHARS_PER_PAGE = 20;

export async function importFile(bytes: Uint8Array, opts: ImportOptions = {}): Promise<Imported> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  if (bytes.byteLength === 0) throw new ImportError("The file is empty.");
  if (bytes.byteLength > limits.maxBytes) throw new ImportError(`The file is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(limits.maxBytes)}. Split the book into parts.`);
  const format = sniffFormat(bytes);
  const base = { format, title: null, notes: [], lowConfidence: [], ocr: false, metadata: NO_METADATA };
  switch (format) {
    case "pdf": {
      const text = await readPdfText(bytes, limits);
      if (text.chars >= MIN_TEXT_CHARS_PER_PAGE * Math.max(1, text.pages.length) * 0.5) return fromLayout(format, text.pages, false, text.metadata);
      if (!opts.ocr) throw new ImportError(`This PDF has no text layer (it is a scan of page images) and ${NEEDS_OCR}.`);
      return fromLayout(format, await opts.ocr({ kind: "pdf", bytes, pages: text.pages.length }), true, text.metadata);
    }
    case "png":
    case "jpeg": {
      if (!opts.ocr) throw new ImportError(`This ${format.toUpperCase()} image ${NEEDS_OCR}.`);
      return fromLayout(format, await opts.ocr({ kind: "image", bytes }), true);
    }
    case "epub": {
      const r = readEpub(bytes, limits);
      return { ...base, metadata: r.metadata, markdown: r.markdown, pageLabels: r.labels, title: r.metadata.title, notes: [`EPUB: ${r.parts} part(s) read in spine order${r.labels.length ? `, ${r.labels.length} printed page(s) from its page list` : ""}`] };
    }
    case "docx": {
      const r = await readDocx(bytes, limits);
      return { ...base, metadata: r.metadata, markdown: r.markdown, title: r.metadata.title, notes: r.warnings ? [`DOCX: ${r.warnings} formatting warning(s) while converting`] : [] };
    }
    case "html": {
      const decoded = decodeUpload(bytes, opts.filename);
      if (!decoded.ok) throw new ImportError(decoded.error);
      const r = readWebPage(decoded.text);
      return { ...base, metadata: r.metadata, markdown: r.markdown, pageLabels: r.labels, title: r.title, notes: [r.article ? "web page: article found and kept, page navigation dropped" : "HTML document read whole"] };
    }
    case "text": {
      const decoded = decodeUpload(bytes, opts.filename);
      if (!decoded.ok) throw new ImportError(decoded.error);
      return { ...base, markdown: decoded.text, metadata: textMetadata(decoded.text) };
    }
    case "heic":
      throw new ImportError("This is a HEIC photo (iPhone). Lectern reads JPEG and PNG photos: export or share the photo as JPEG and upload that.");
    case "other-image":
      throw new ImportError("This image format (GIF, WebP or TIFF) is not supported. Save the page as JPEG or PNG and upload that.");
    case "zip":
      throw new ImportError("This is a ZIP archive, but not an EPUB or a Word document. Extract the file you want and upload it.");
  }
}

function fromLayout(format: Format, pages: PageText[], ocr: boolean, metadata: BookMetadata = NO_METADATA): Imported {
  const layout = layoutToMarkdown(pages);
  if (!/[\p{L}]{2}/u.test(layout.markdown.replace(/\[Pg [^\]]*\]/g, ""))) {
    throw new ImportError(ocr ? "No readable text was found on this page image: is it a photo of a printed page, sharp and the right way up?" : "This PDF contains no readable text.");
  }
  const s = layout.stats;
  const notes = [
    `${format.toUpperCase()}${ocr ? " (OCR)" : ""}: ${s.pages} page(s), printed pages ${layout.labels[0]}–${layout.labels.at(-1)}`,
    ...(s.columns2 ? [`${s.columns2} page(s) set in two columns, read column by column`] : []),
    ...(s.runningHeads ? [`${s.runningHeads} running head(s), footer(s) or page number(s) removed`] : []),
    ...(s.footnotes ? [`${s.footnotes} footnote(s) found by type size at the page foot`] : []),
    ...(s.dropCaps ? [`${s.dropCaps} drop capital(s) joined to their word`] : []),
    ...(layout.lowConfidence.length ? [`${layout.lowConfidence.length} word(s) recognised with low confidence`] : []),
    ...layout.notes,
  ];
  return { format, markdown: layout.markdown, title: metadata.title, notes, footnotePages: layout.footnotePages, pageLabels: layout.labels, lowConfidence: layout.lowConfidence, ocr, metadata };
}

/** The imported Markdown cleaned by lib/chapters, with the reader's own findings added to its report. */
export function cleanImported(imp: Imported, filename?: string): CleanDocument {
  // The file's recorded title goes in before the clean-up: an untitled chapter takes the document's title.
  const doc = cleanDocument(imp.markdown, { filename, title: imp.title });
  doc.layout.notes.unshift(...imp.notes);
  if (imp.format !== "text") doc.layout.hasPageNumbers ||= imp.markdown.includes("[Pg ");
  // Page tokens back to printed labels; note definitions carry no page of their own: the page the
  // reader found them on, else the page where they were cited.
  const label = (token: string | null) => (token === null || !imp.pageLabels ? token : imp.pageLabels[Number(token) - 1] ?? null);
  const seen = new Map<string, number>();
  for (const ch of doc.chapters) {
    for (const s of ch.sentences) s.page = label(s.page);
    for (const p of ch.paragraphs) p.page = label(p.page);
    ch.pages = ch.pages.flatMap((p) => { const page = label(p.page); return page === null ? [] : [{ ...p, page }]; });
    // A page mark right after the chapter's heading starts the text: the page "before" it held only the heading.
    ch.pages = ch.pages.filter((p, i) => ch.pages[i + 1]?.offset !== p.offset);
    for (const f of ch.footnotes) {
      const k = (seen.get(f.number) ?? 0) + 1;
      seen.set(f.number, k);
      f.page = f.page !== null ? label(f.page) : label(imp.footnotePages?.get(`${f.number}#${k}`) ?? null) ?? (f.citedAt ? ch.sentences[f.citedAt.sentence]?.page ?? null : null);
    }
  }
  return doc;
}

export async function importDocument(bytes: Uint8Array, opts: ImportOptions = {}): Promise<{ imported: Imported; doc: CleanDocument }> {
  const imported = await importFile(bytes, opts);
  const doc = cleanImported(imported, opts.filename);
  if (!doc.chapters.length) throw new ImportError("No chapter text was found in this file.");
  return { imported, doc };
}
