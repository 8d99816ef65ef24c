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
  [[0x7f, 0x45, 0x4c, 0x46], "This is a program (executable), not text."],
  [[0x52, 0x61, 0x72, 0x21], "This is a RAR archive. Extract the text file first."],
  [[0x37, 0x7a, 0xbc, 0xaf], "This is a 7-Zip archive. Extract the text file first."],
  [[0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], "This is an SQLite database, not text. To import an Anki deck, use the deck import instead."],
  [[0x49, 0x44, 0x33], "This is an audio file (MP3), not text."],
  [[0x4f, 0x67, 0x67, 0x53], "This is an audio or video file (Ogg), not text."],
  [[0x52, 0x49, 0x46, 0x46], "This is a media file (WAV, AVI or WebP), not text."],
];

/** UTF-16 without a BOM: nearly every other byte is zero in plain Latin-script text. */
function bomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 8) return null;
  let evenZero = 0, oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.9 && evenZero === 0) return "utf-16le";
  if (evenZero > pairs * 0.9 && oddZero === 0) return "utf-16be";
  return null;
}

// Windows-1252 differs from Latin-1 in 0x80-0x9F (curly quotes, dashes, €). Decoded by hand because
// some Node builds map the label to plain Latin-1 and would leave C1 control characters instead.
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Text whose Windows-1252 punctuation was once read as Latin-1 and saved again as UTF-8 holds C1
 * control characters where its curly quotes and dashes were ("\u0093On then!\u0094"): invisible in
 * the sentences, and a note marker after them goes unseen. Each becomes the character Windows-1252
 * gives its byte; no text means a C1 control. One character for one, so offsets stay.
 */
export function repairC1Punctuation(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]) : text;
}

function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    units[i] = b >= 0x80 && b <= 0x9f ? CP1252.charCodeAt(b - 0x80) : b;
  }
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function controlShare(text: string): number {
  const sample = text; // the whole text: one linear pass, so a binary tail cannot hide behind a text header
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
  const bomless = bomlessUtf16(bytes);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    text = new TextDecoder(encoding).decode(bytes.subarray(2));
  } else if (bomless) {
    encoding = bomless;
    text = new TextDecoder(encoding).decode(bytes);
  } else {
    const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
    if (body.includes(0)) {
      return { ok: false, error: `${filename ? `"${filename}"` : "This file"} is binary, not text. Lectern imports Markdown or plain text (.md, .txt).` };
    }
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
      encoding = "utf-8";
    } catch {
      text = decodeWindows1252(body);
      encoding = "windows-1252";
    }
  }
  if (controlShare(text) > 0.01) {
    return { ok: false, error: `${filename ? `"${filename}"` : "This file"} doesn't look like text (too many control characters). Lectern imports Markdown or plain text.` };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, ""), encoding };
}
