// The author and title each format records for itself, read from small files built here. A value
// that is missing or junk must come back as null, never as an error.
import { describe, expect, it } from "vitest";
import { strToU8, unzipSync, zipSync } from "fflate";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { DOMParser } from "linkedom";
import { importDocument, importFile } from "@/lib/import";
import { cleanMetaValue, epubMetadata, joinAuthors, pdfMetadata, textMetadata } from "@/lib/import/metadata";
import { buildDocx, buildEpub } from "@/tests/support/zip-fixtures";

const OPF = (metadata: string) => `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf"><dc:identifier id="id">x</dc:identifier>${metadata}</metadata><manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="c2" href="ch2.xhtml" media-type="application/xhtml+xml"/><item id="c1" href="ch1.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c1"/><itemref idref="c2"/></spine></package>`;

/** A small EPUB (the shared fixture) whose package document carries the given metadata. */
function epubWith(metadata: string): Uint8Array {
  const files = unzipSync(buildEpub().bytes);
  files["OEBPS/content.opf"] = strToU8(OPF(metadata));
  return zipSync(files);
}

/** A small Word document (the shared fixture) with core properties, or none. */
function docxWith(core: string | null): Uint8Array {
  const files = unzipSync(buildDocx().bytes);
  if (core !== null) {
    files["docProps/core.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">${core}</cp:coreProperties>`);
  }
  return zipSync(files);
}

async function pdfWith(info: { author?: string; title?: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.TimesRoman);
  const page = pdf.addPage([400, 400]);
  for (let i = 0; i < 12; i++) page.drawText("The ferry paid its dues at the quay each spring.", { x: 30, y: 360 - i * 14, size: 10, font });
  if (info.author !== undefined) pdf.setAuthor(info.author);
  if (info.title !== undefined) pdf.setTitle(info.title);
  return pdf.save();
}

const html = (head: string, body = "") => new TextEncoder().encode(`<!doctype html><html><head>${head}</head><body><article><h1>Salt pans</h1>${body}<p>A salt pan is a shallow pool where seawater evaporates and leaves its salt behind. The salt is raked into heaps and dried in the sun for a week.</p></article></body></html>`);

describe("EPUB metadata", { timeout: 60_000 }, () => {
  it("reads dc:creator and dc:title from the package document", async () => {
    const r = await importFile(epubWith(`<dc:title>The Salt Ledger</dc:title><dc:creator opf:role="aut" opf:file-as="Merrow, Ida">Ida  Merrow</dc:creator>`));
    expect(r.metadata).toEqual({ author: "Ida Merrow", title: "The Salt Ledger" });
  });

  it("names only the authors: an editor or translator (EPUB 2 role or EPUB 3 refinement) is left out", () => {
    const opf = new DOMParser().parseFromString(OPF(`<dc:title id="t2">A Subtitle</dc:title><dc:title id="t1">Ferries of the North</dc:title><meta refines="#t1" property="title-type">main</meta>
      <dc:creator id="a1">Ada Venn</dc:creator><dc:creator id="a2">Olaf Brenning</dc:creator><dc:creator opf:role="edt">Cora Lisle</dc:creator><dc:creator id="a3">Pim Aalders</dc:creator><meta refines="#a3" property="role" scheme="marc:relators">trl</meta>`), "text/xml") as unknown as Document;
    expect(epubMetadata(opf)).toEqual({ author: "Ada Venn and Olaf Brenning", title: "Ferries of the North" });
  });

  it("gives null for a package without creator or title, and for placeholders", async () => {
    expect((await importFile(epubWith(""))).metadata).toEqual({ author: null, title: null });
    expect((await importFile(epubWith(`<dc:title>Untitled</dc:title><dc:creator>Unknown</dc:creator>`))).metadata).toEqual({ author: null, title: null });
  });
});

describe("DOCX metadata", { timeout: 60_000 }, () => {
  it("reads dc:creator and dc:title from docProps/core.xml", async () => {
    const r = await importFile(docxWith(`<dc:title>Winter Markets</dc:title><dc:creator>Tomas Reile</dc:creator><cp:lastModifiedBy>Someone Else</cp:lastModifiedBy>`));
    expect(r.format).toBe("docx");
    expect(r.metadata).toEqual({ author: "Tomas Reile", title: "Winter Markets" });
  });

  it("gives null without core properties, and for the account name a fresh install writes", async () => {
    expect((await importFile(docxWith(null))).metadata).toEqual({ author: null, title: null });
    expect((await importFile(docxWith(`<dc:creator>Microsoft Office User</dc:creator><dc:title></dc:title>`))).metadata).toEqual({ author: null, title: null });
  });
});

describe("PDF metadata", { timeout: 60_000 }, () => {
  it("reads the Info dictionary's Author and Title", async () => {
    const r = await importFile(await pdfWith({ author: "  Ida\tMerrow ", title: "Harbour Dues" }));
    expect(r.metadata).toEqual({ author: "Ida Merrow", title: "Harbour Dues" });
  });

  it("gives null without an Info entry, for control characters and for a file name as title", async () => {
    expect((await importFile(await pdfWith({}))).metadata).toEqual({ author: null, title: null });
    expect((await importFile(await pdfWith({ author: "Ida\u0007Merrow", title: "Microsoft Word - draft3.docx" }))).metadata).toEqual({ author: null, title: null });
  });

  it("falls back on the XMP packet's dc:creator and dc:title (as pdfjs returns them) when the Info dictionary has none", () => {
    const xmp = new Map<string, unknown>([["dc:creator", ["Ada Venn", "Olaf Brenning"]], ["dc:title", ["Ferries of the North"]]]);
    expect(pdfMetadata({ info: { Author: "", Producer: "pdf-lib" }, metadata: { get: (n) => xmp.get(n) ?? null } })).toEqual({ author: "Ada Venn and Olaf Brenning", title: "Ferries of the North" });
    expect(pdfMetadata({ info: { Author: "Ida Merrow" }, metadata: { get: (n) => xmp.get(n) ?? null } }).author).toBe("Ida Merrow");
  });
});

describe("the recorded title names a document whose text shows none", { timeout: 60_000 }, () => {
  it("a PDF is named by its Info title, not by the upload's file name; a junk title leaves the file name", async () => {
    const named = await importDocument(await pdfWith({ title: "The Ferry Dues" }), { filename: "scan-0042.pdf" });
    expect(named.imported.title).toBe("The Ferry Dues");
    expect(named.doc.title).toBe("The Ferry Dues");
    const junk = await importDocument(await pdfWith({ title: "Microsoft Word - notes3.docx" }), { filename: "scan-0042.pdf" });
    expect(junk.imported.title).toBeNull();
    expect(junk.doc.title).toBe("scan 0042");
  });

  it("a Word document is named by its core properties' title; its chapters keep their own headings", async () => {
    const r = await importDocument(docxWith(`<dc:title>The Salt Ledger</dc:title>`), { filename: "upload-0042.docx" });
    expect(r.imported.title).toBe("The Salt Ledger");
    expect(r.doc.title).toBe("The Salt Ledger");
    const plain = await importDocument(docxWith(null), { filename: "upload-0042.docx" });
    // (Session 26, clean26: a document of several titled chapters is known by its first chapter's title, not its file name "upload 0042".)
    expect(plain.doc.title).toBe(plain.doc.chapters[0].title);
    expect(r.doc.chapters.map((c) => c.title)).toEqual(plain.doc.chapters.map((c) => c.title));
  });
});

describe("web page metadata", { timeout: 60_000 }, () => {
  it("reads <meta name=author> and <title>", async () => {
    const r = await importFile(html(`<title>Salt pans of the coast</title><meta name="Author" content="Ode Farrant">`), { filename: "page.html" });
    expect(r.metadata).toEqual({ author: "Ode Farrant", title: "Salt pans of the coast" });
  });

  it("does not take a byline from the body", async () => {
    const r = await importFile(html(`<title>Salt pans</title>`, `<p class="byline">By Ode Farrant</p>`), { filename: "page.html" });
    expect(r.metadata.author).toBeNull();
  });
});

describe("plain text and Markdown: only an explicit title block at the top", () => {
  it.each([
    ["a by-line under a Markdown title", "# The Tides of Home\n\n*by Mara Quill*\n\nThe sea rose early that year.", { author: "Mara Quill", title: "The Tides of Home" }],
    ["a title, a subtitle and a by-line in capitals", "THE TIDES OF HOME\n\nA CHRONICLE OF THE FENS\n\nBY H. G. MARLOWE-PIKE\n\nThe sea rose early that year.", { author: "H. G. Marlowe-Pike", title: "THE TIDES OF HOME" }],
    ["degrees and an honorific on a title page", "Field Notes\n\nby the Rev. A. B. Colwyn, M.A., F.R.S.\n\nThe sea rose.", { author: "Rev. A. B. Colwyn", title: "Field Notes" }],
    ["two authors and a particle", "Tide Tables\nby Anna van Roon and Piet de Wolde\n\nText.", { author: "Anna van Roon and Piet de Wolde", title: "Tide Tables" }],
    ["header lines opening the file", "Title: The Tides of Home\nAuthor: Mara Quill\n\nThe sea rose early.", { author: "Mara Quill", title: "The Tides of Home" }],
    ["a Gutenberg header before its START line, with a wrapped title", "The Project Gutenberg eBook of Tides, by Mara Quill\n\nThis eBook is for the use of anyone anywhere at no cost.\n\nTitle: Tides\n       and Fens\n\nAuthor: Mara Quill\n\nRelease date: May 1, 2020 [eBook #99999]\n\n*** START OF THE PROJECT GUTENBERG EBOOK TIDES ***\n\nThe sea rose.", { author: "Mara Quill", title: "Tides and Fens" }],
    ["YAML front matter", "---\ntitle: \"The Tides of Home\"\nauthor: Mara Quill\n---\n\n# Chapter 1\n\nThe sea rose.", { author: "Mara Quill", title: "The Tides of Home" }],
  ])("reads %s", (_name, text, expected) => {
    expect(textMetadata(text)).toEqual(expected);
  });

  it.each([
    ["a body sentence opening with 'By'", "By the end of the war the army had gone home.\n\nMore followed."],
    ["a by-line after prose has begun", "Chapter 1\n\nThe rain had stopped and we walked on for a long time, talking of home.\n\nby Mara Quill"],
    ["'Author:' in the body, after the first paragraph", "The rain had stopped. We walked on.\n\nAuthor: Mara Quill\nTitle: Tides"],
    ["'Author:' after a Gutenberg START line", "*** START OF THE PROJECT GUTENBERG EBOOK TIDES ***\n\nThe rain had stopped.\n\nAuthor: Mara Quill"],
    ["no title block at all", "The rain had stopped. We walked on for a long time."],
    ["a Gutenberg START line far into the text", `The rain had stopped.\n\n${"We walked on.\n".repeat(500)}Author: Mara Quill\n*** START OF THE PROJECT GUTENBERG EBOOK TIDES ***`],
  ])("reads nothing from %s", (_name, text) => {
    expect(textMetadata(text)).toEqual({ author: null, title: null });
  });

  it("keeps the title but names no author when the by-line or header names no person", () => {
    expect(textMetadata("TIDES\n\nBY A MEMBER OF THE SOCIETY\n\nText.")).toEqual({ author: null, title: "TIDES" });
    expect(textMetadata("Travels\nBy Land and Sea\n\nThe road was long.")).toEqual({ author: null, title: "Travels" }); // a subtitle, not a name
    expect(textMetadata("Title: Tides\nAuthor: Various\n\nText.")).toEqual({ author: null, title: "Tides" });
    expect(textMetadata("---\ntitle: Tides\nauthor: Lecture notes for the course\n---\nText.")).toEqual({ author: null, title: "Tides" });
  });

  it("is what importFile reports for a text file", async () => {
    expect((await importFile(new TextEncoder().encode("# Tides\n\nby Mara Quill\n\nThe sea rose early that year."))).metadata).toEqual({ author: "Mara Quill", title: "Tides" });
  });
});

describe("cleaning a metadata value", () => {
  it("collapses spaces and trims", () => expect(cleanMetaValue("  Ida \n  Merrow ", "author")).toBe("Ida Merrow"));
  it("drops control characters, over-long values, values without letters and placeholders", () => {
    expect(cleanMetaValue("Ida\u0000Merrow", "author")).toBeNull();
    expect(cleanMetaValue("A".repeat(201), "title")).toBeNull();
    expect(cleanMetaValue("A".repeat(200), "title")).toBe("A".repeat(200));
    expect(cleanMetaValue("1984-05-01", "title")).toBeNull();
    expect(cleanMetaValue("", "author")).toBeNull();
    expect(cleanMetaValue(undefined, "author")).toBeNull();
    expect(cleanMetaValue("Windows User", "author")).toBeNull();
    expect(cleanMetaValue("https://example.org/people/ida", "author")).toBeNull();
  });
  it("joins several authors and shortens a list past the cap", () => {
    expect(joinAuthors(["Ada Venn", "Olaf Brenning", "Pim Aalders"])).toBe("Ada Venn, Olaf Brenning and Pim Aalders");
    expect(joinAuthors(["Ada Venn", "Ada Venn", "Unknown"])).toBe("Ada Venn");
    expect(joinAuthors(Array.from({ length: 30 }, (_, i) => `Author Number${i} Surname`))).toBe("Author Number0 Surname et al.");
  });
});
