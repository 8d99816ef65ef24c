// Upload bytes -> text. Accepts UTF-8 (with or without BOM), UTF-16 with a BOM, and falls back to
// Windows-1252 for legacy 8-bit files; refuses binary formats with a message a person understands.
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; error: string };

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], "This looks like a PDF file. Lectern imports Markdown or plain text for now: export the text first."],
  [[0x50, 0x4b, 0x03, 0x04], "This looks like a ZIP-based file (DOCX, EPUB, ODT or an archive). Lectern imports Markdown or plain text for now."],
  [[0xd0, 0xcf, 0x11, 0xe0], "This looks like an old Word or Office document. Save it as plain text first."],
  [[0x89, 0x50, 0x4e, 0x47], "This is a PNG image, not text. Run OCR on it first and import the text."],
  [[0xff, 0xd8, 0xff], "This is a JPEG image, not text. Run OCR on it first and import the text."],
  [[0x47, 0x49, 0x46, 0x38], "This is a GIF image, not text."],
  [[0x1f, 0x8b], "This is a compressed (gzip) file. Decompress it first."],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], "This is an RTF document. Save it as plain text first."],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function controlShare(text: string): number {
  const sample = text.slice(0, 20_000);
  if (!sample.length) return 0;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / sample.length;
}

export function decodeUpload(bytes: Uint8Array, filename?: string): Decoded {
  for (const [sig, error] of MAGIC) if (startsWith(bytes, sig)) return { ok: false, error };
  let text: string;
  let encoding: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    text = new TextDecoder(encoding).decode(bytes.subarray(2));
  } else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (body.subarray(0, 8192).includes(0)) {
      return { ok: false, error: `${filename ? `"${filename}"` : "This file"} is binary, not text. Lectern imports Markdown or plain text (.md, .txt).` };
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
      encoding = "utf-8";
    } catch {
      text = new TextDecoder("windows-1252").decode(body);
      encoding = "windows-1252";
    }
  }
  if (controlShare(text) > 0.01) {
    return { ok: false, error: `${filename ? `"${filename}"` : "This file"} doesn't look like text (too many control characters). Lectern imports Markdown or plain text.` };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, ""), encoding };
}
