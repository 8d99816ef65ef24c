// Hostile and broken uploads for the import tests.
import { PDFDocument, PDFHexString, StandardFonts } from "pdf-lib";
import { strToU8, zipSync, type Zippable } from "fflate";
import { createCanvas } from "@napi-rs/canvas";

export async function encryptedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  pdf.addPage([300, 300]).drawText("Secret text here.", { x: 20, y: 200, size: 12, font });
  const ctx = pdf.context;
  // A standard security handler whose user password is not empty: readers must ask for it.
  ctx.trailerInfo.Encrypt = ctx.register(ctx.obj({ Filter: "Standard", V: 1, R: 2, P: -44, O: PDFHexString.of("a".repeat(64)), U: PDFHexString.of("b".repeat(64)) }));
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of("0123456789abcdef0123456789abcdef"), PDFHexString.of("0123456789abcdef0123456789abcdef")]);
  return pdf.save({ useObjectStreams: false });
}

export function pngOf(width: number, height: number, draw?: (ctx: ReturnType<ReturnType<typeof createCanvas>["getContext"]>) => void): Uint8Array {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, width, height);
  draw?.(ctx);
  return new Uint8Array(canvas.toBuffer("image/png"));
}

/** A PDF whose pages are only pictures: a scan without a text layer. */
export async function imageOnlyPdf(pages = 1): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const png = await pdf.embedPng(pngOf(200, 260, (c) => { c.fillStyle = "#000"; c.fillRect(20, 20, 160, 4); }));
  for (let i = 0; i < pages; i++) pdf.addPage([200, 260]).drawImage(png, { x: 0, y: 0, width: 200, height: 260 });
  return pdf.save();
}

/** A ZIP posing as an EPUB (or DOCX) whose one entry inflates to `megabytes` of zeros. */
export function zipBomb(kind: "epub" | "docx", megabytes: number): Uint8Array {
  const zeros = new Uint8Array(megabytes * 1024 * 1024);
  const files: Zippable = kind === "epub" ? { mimetype: strToU8("application/epub+zip"), "META-INF/container.xml": strToU8("<container/>") } : { "word/document.xml": strToU8("<w:document/>") };
  files["OEBPS/filler.xhtml"] = [zeros, { level: 9 }];
  return zipSync(files);
}

/** A "scanned" PDF: each page of `source` rendered to a 300 dpi image and embedded without any text. */
export async function scannedPdf(source: Uint8Array, pages: number): Promise<Uint8Array> {
  const { renderPdfPage } = await import("@/lib/import/ocr/render");
  const pdf = await PDFDocument.create();
  for (let i = 1; i <= pages; i++) {
    const r = await renderPdfPage(source, i, 300, { maxPages: 10_000 });
    const img = await pdf.embedPng(r.png);
    pdf.addPage([(r.width * 72) / 300, (r.height * 72) / 300]).drawImage(img, { x: 0, y: 0, width: (r.width * 72) / 300, height: (r.height * 72) / 300 });
  }
  return pdf.save();
}
