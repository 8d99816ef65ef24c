// DOCX via mammoth (Word -> semantic HTML: headings from paragraph styles, footnotes as linked
// notes), then the shared HTML converter. The ZIP is listed once (../zip's readZip): its declared
// sizes are checked for a bomb and the core properties read before mammoth opens it.
import mammoth from "mammoth";
import { parseHTML } from "linkedom";
import { readZip } from "../zip";
import { docxMetadata, type BookMetadata } from "../metadata";
import { ImportError, type ImportLimits } from "../errors";
import { htmlToMarkdown } from "../html/to-markdown";

export async function readDocx(bytes: Uint8Array, limits: ImportLimits): Promise<{ markdown: string; warnings: number; metadata: BookMetadata }> {
  // Mammoth reads the body only; the author and title are in the core properties beside it.
  const core = readZip(bytes, limits, (n) => n === "docProps/core.xml", "DOCX").get("docProps/core.xml");
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
  const metadata = docxMetadata(core && new TextDecoder("utf-8").decode(core));
  return { markdown: htmlToMarkdown([{ name: "document.html", document: document as unknown as Document }]).markdown, warnings, metadata };
}
