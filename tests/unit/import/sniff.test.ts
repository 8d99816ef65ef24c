import { describe, expect, it } from "vitest";
import { strToU8, zipSync } from "fflate";
import { sniffFormat } from "@/lib/import";
import { headerSize } from "@/lib/import/ocr/render";
import { pngOf } from "@/tests/support/bad-files";
import { createCanvas } from "@napi-rs/canvas";

describe("sniffFormat reads the bytes, not the name", () => {
  const cases: [string, Uint8Array, string][] = [
    ["a PDF", strToU8("%PDF-1.7\n..."), "pdf"],
    ["a PDF after a few junk bytes", strToU8("\n\n  %PDF-1.4\n"), "pdf"],
    ["an EPUB", zipSync({ mimetype: strToU8("application/epub+zip"), "META-INF/container.xml": strToU8("<c/>") }), "epub"],
    ["a DOCX", zipSync({ "[Content_Types].xml": strToU8("<T/>"), "word/document.xml": strToU8("<d/>") }), "docx"],
    ["another ZIP", zipSync({ "notes.txt": strToU8("hi") }), "zip"],
    ["a PNG", pngOf(4, 4), "png"],
    ["a JPEG", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), "jpeg"],
    ["a HEIC photo", new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63]), "heic"],
    ["a GIF", strToU8("GIF89a...."), "other-image"],
    ["an HTML page with a BOM and a comment", strToU8("\ufeff<!-- saved -->\n<!DOCTYPE html><html><body><p>x</p></body></html>"), "html"],
    ["Markdown that mentions <html>", strToU8("# Title\n\nSome <html> in the text."), "text"],
  ];
  it.each(cases)("%s", (_label, bytes, format) => expect(sniffFormat(bytes)).toBe(format));
});

describe("headerSize", () => {
  it("reads PNG and JPEG dimensions from their headers", async () => {
    expect(headerSize(pngOf(37, 21))).toEqual({ width: 37, height: 21 });
    const c = createCanvas(50, 30);
    c.getContext("2d").fillRect(0, 0, 5, 5);
    expect(headerSize(new Uint8Array(await c.encode("jpeg")))).toEqual({ width: 50, height: 30 });
  });
});
