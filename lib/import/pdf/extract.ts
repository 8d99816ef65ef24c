// A PDF's text layer, page by page, with the position and size of every text run (pdfjs-dist,
// legacy build for Node). Fonts and workers load from node_modules; nothing is fetched.
import path from "node:path";
import { packageDir } from "../resolve";
import type { PageText, TextItem } from "../layout/types";
import { ImportError, type ImportLimits } from "../errors";
import { NO_METADATA, pdfMetadata, type BookMetadata } from "../metadata";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let pdfjs: Promise<PdfJs> | null = null;
const load = () => (pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs"));

const fontDir = () => path.join(packageDir("pdfjs-dist"), "standard_fonts") + path.sep;

export interface PdfText {
  pages: PageText[];
  chars: number; // characters in the text layer: near zero for a scan
  metadata: BookMetadata; // the Info dictionary's Author and Title (XMP when it has none)
}

export async function openPdf(bytes: Uint8Array, limits: Pick<ImportLimits, "maxPages">) {
  const { getDocument } = await load();
  // pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, standardFontDataUrl: fontDir(), verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    const name = (err as Error)?.name ?? "";
    if (name === "PasswordException") throw new ImportError("This PDF is encrypted (password-protected). Remove the password (print or save it as an unprotected PDF) and upload it again.");
    throw new ImportError("This PDF is damaged or incomplete and cannot be read. Download or export it again and upload the new copy.");
  }
  if (doc.numPages > limits.maxPages) {
    await doc.destroy();
    throw new ImportError(`This PDF has ${doc.numPages} pages; the limit is ${limits.maxPages}. Split it into parts (a few chapters each).`);
  }
  return doc;
}

export async function readPdfText(bytes: Uint8Array, limits: Pick<ImportLimits, "maxPages">): Promise<PdfText> {
  const doc = await openPdf(bytes, limits);
  try {
    const labels = await doc.getPageLabels().catch(() => null);
    const metadata = await doc.getMetadata().then(pdfMetadata, () => NO_METADATA);
    const pages: PageText[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const it of content.items) {
        if (!("str" in it) || !it.str.trim()) continue;
        const t = it.transform as number[];
        const size = Math.hypot(t[2], t[3]) || it.height;
        items.push({ str: it.str, x: t[4] - x0, y: t[5] - y0, w: it.width, size });
        chars += it.str.trim().length;
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items, label: labels?.[n - 1]?.trim() || null });
      page.cleanup();
    }
    return { pages, chars, metadata };
  } finally {
    await doc.destroy();
  }
}
