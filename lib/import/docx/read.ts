// DOCX via mammoth (Word -> semantic HTML: headings from paragraph styles, footnotes as linked
// notes), then the shared HTML converter. The ZIP is checked for bombs before mammoth opens it.
import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { listZip, readZip } from "../zip";
import { docxMetadata, type BookMetadata } from "../metadata";
import { ImportError, megabytes, type ImportLimits } from "../errors";
import { htmlToMarkdown } from "../html/to-markdown";

export async function readDocx(bytes: Uint8Array, limits: ImportLimits): Promise<{ markdown: string; warnings: number; metadata: BookMetadata }> {
  const total = listZip(bytes).reduce((s, e) => s + e.originalSize, 0);
  if (total > limits.maxUnpackedBytes) {
    throw new ImportError(`This DOCX would unpack to ${megabytes(total)} (the limit is ${megabytes(limits.maxUnpackedBytes)}): it looks like a "zip bomb", not a document. Nothing was unpacked.`);
  }
  let html: string;
  let warnings = 0;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { ignoreEmptyParagraphs: true });
    html = result.value;
    warnings = result.messages.filter((m) => m.type === "warning").length;
  } catch {
    throw new ImportError("This DOCX is damaged and cannot be read. Open it in Word or LibreOffice and save it again.");
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // Mammoth reads the body only; the author and title are in the core properties beside it.
  const core = readZip(bytes, limits, (n) => n === "docProps/core.xml", "DOCX").get("docProps/core.xml");
  const metadata = docxMetadata(core && new TextDecoder("utf-8").decode(core));
  return { markdown: htmlToMarkdown([{ name: "document.html", document: document as unknown as Document }]).markdown, warnings, metadata };
}
