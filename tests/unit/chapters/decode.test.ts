// Upload decoding: encodings accepted, binary formats refused with a message a person understands.
import { describe, expect, it } from "vitest";
import { decodeUpload } from "@/lib/chapters";

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, order: "le" | "be", bom: boolean) => {
  const units = [...(bom ? [0xfeff] : []), ...[...s].map((c) => c.charCodeAt(0))];
  return new Uint8Array(units.flatMap((u) => (order === "le" ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
};
const bytes = (...b: number[]) => new Uint8Array(b);

describe("decodeUpload accepts text", () => {
  it.each([
    ["UTF-8 without a BOM", utf8("Rôle of the Duma — 1906"), "Rôle of the Duma — 1906", "utf-8"],
    ["UTF-8 with a BOM", utf8("\uFEFFRôle"), "Rôle", "utf-8"],
    ["UTF-16 LE with a BOM", utf16("Héllo, world", "le", true), "Héllo, world", "utf-16le"],
    ["UTF-16 BE with a BOM", utf16("Héllo, world", "be", true), "Héllo, world", "utf-16be"],
    ["UTF-16 LE without a BOM", utf16("Plain text chapter", "le", false), "Plain text chapter", "utf-16le"],
    ["Windows-1252 (invalid UTF-8)", bytes(0x52, 0xf4, 0x6c, 0x65, 0x20, 0x93, 0x71, 0x94), "Rôle “q”", "windows-1252"],
    ["Latin-1 accented text", bytes(0x63, 0x61, 0x66, 0xe9, 0x0a), "café\n", "windows-1252"],
    ["an empty file", bytes(), "", "utf-8"],
  ])("%s", (_label, input, text, encoding) => {
    expect(decodeUpload(input)).toEqual({ ok: true, text, encoding });
  });

  it("keeps tabs, newlines and form feeds", () => {
    expect(decodeUpload(utf8("a\tb\r\nc\fd"))).toMatchObject({ ok: true, text: "a\tb\r\nc\fd" });
  });
});

describe("decodeUpload refuses binary files", () => {
  it.each([
    ["PDF", utf8("%PDF-1.7\n1 0 obj"), "This looks like a PDF file. Lectern imports Markdown or plain text"],
    ["DOCX/EPUB (ZIP)", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), "ZIP-based file (DOCX, EPUB"],
    ["old Word", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1), "old Word"],
    ["PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), "PNG image"],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0), "JPEG image"],
    ["gzip", bytes(0x1f, 0x8b, 0x08), "gzip"],
    ["RTF", utf8("{\\rtf1\\ansi text}"), "RTF"],
    ["SQLite", utf8("SQLite format 3\u0000"), "SQLite"],
  ])("%s with a message naming it", (_label, input, message) => {
    const r = decodeUpload(input, "upload");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });

  it("refuses NUL bytes anywhere, naming the file", () => {
    const input = utf8("x".repeat(50_000) + "\u0000" + "y");
    expect(decodeUpload(input, "notes.bin")).toEqual({ ok: false, error: expect.stringContaining('"notes.bin" is binary') });
  });

  it("refuses text full of control characters", () => {
    const input = utf8("abc\u0001\u0002\u0003\u0004def\u0005\u0006".repeat(20));
    expect(decodeUpload(input)).toMatchObject({ ok: false, error: expect.stringContaining("control characters") });
  });
});
