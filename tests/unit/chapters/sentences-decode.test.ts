import { describe, expect, it } from "vitest";
import { decodeUpload, splitSentences } from "@/lib/chapters";

describe("splitSentences", () => {
  it.each([
    ["E. H. Carr wrote it. Then he left.", ["E. H. Carr wrote it.", "Then he left."]],
    ["See Vol. 2, No. 7, pp. 30-41. Next.", ["See Vol. 2, No. 7, pp. 30-41.", "Next."]],
    ['He said "Long live Leninism!" Then silence.', ['He said "Long live Leninism!"', "Then silence."]],
    ["It opened on August 1, 1924. Crowds came.", ["It opened on August 1, 1924.", "Crowds came."]],
    ["The rate was 3.5 per cent. It fell.", ["The rate was 3.5 per cent.", "It fell."]],
    ["Dr. Smith met Mr. Jones, i.e. his rival. They argued.", ["Dr. Smith met Mr. Jones, i.e. his rival.", "They argued."]],
    ["(This was new.) Then it was old.", ["(This was new.)", "Then it was old."]],
    ["They went to the U.S. Army base.", ["They went to the U.S. Army base."]],
  ])("splits %j", (text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it("reports offsets into the original text", () => {
    const text = "One.  Two three.";
    for (const s of splitSentences(text, 10)) expect(text.slice(s.start - 10, s.end - 10)).toBe(s.text);
  });
});

describe("decodeUpload", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it("accepts UTF-8 with and without a BOM, UTF-16 with a BOM, and Windows-1252", () => {
    expect(decodeUpload(enc("\uFEFFRôle"))).toEqual({ ok: true, text: "Rôle", encoding: "utf-8" });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."Hé"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeUpload(utf16)).toMatchObject({ ok: true, text: "Hé", encoding: "utf-16le" });
    expect(decodeUpload(new Uint8Array([0x52, 0xf4, 0x6c, 0x65]))).toMatchObject({ ok: true, text: "Rôle", encoding: "windows-1252" });
  });
  it("refuses binary files with a message naming what they are", () => {
    expect(decodeUpload(enc("%PDF-1.7\n..."))).toMatchObject({ ok: false, error: expect.stringContaining("PDF") });
    expect(decodeUpload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toMatchObject({ ok: false, error: expect.stringContaining("DOCX") });
    expect(decodeUpload(new Uint8Array([1, 2, 0, 4, 5]), "x.bin")).toMatchObject({ ok: false, error: expect.stringContaining('"x.bin" is binary') });
  });
});
