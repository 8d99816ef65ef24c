// What a file is, from its first bytes (never from its name): the extension can lie.
import { listZip } from "./zip";

export type Format = "pdf" | "epub" | "docx" | "html" | "png" | "jpeg" | "text" | "zip" | "heic" | "other-image";

const starts = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

export function sniffFormat(bytes: Uint8Array): Format {
  // "%PDF" may follow a little junk; the specification allows it within the first 1024 bytes.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = new Set(listZip(bytes).map((e) => e.name));
    if (names.has("META-INF/container.xml") || names.has("mimetype")) return "epub";
    if (names.has("word/document.xml")) return "docx";
    return "zip";
  }
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47])) return "png";
  if (starts(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (starts(bytes, [0x66, 0x74, 0x79, 0x70], 4) && /^(?:heic|heix|mif1|hevc)/.test(new TextDecoder("latin1").decode(bytes.subarray(8, 12)))) return "heic";
  if (starts(bytes, [0x47, 0x49, 0x46, 0x38]) || (starts(bytes, [0x52, 0x49, 0x46, 0x46]) && starts(bytes, [0x57, 0x45, 0x42, 0x50], 8)) || starts(bytes, [0x49, 0x49, 0x2a, 0x00]) || starts(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return "other-image";
  const text = new TextDecoder("utf-8").decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, "").trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i.test(text)) return "html";
  return "text";
}
