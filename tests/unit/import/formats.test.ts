import { describe, expect, it } from "vitest";
import { strToU8, unzipSync, zipSync } from "fflate";
import { importDocument } from "@/lib/import";
import { buildDocx, buildEpub, type ZipFixture } from "@/tests/support/zip-fixtures";
import { cer, paragraphs } from "@/tests/support/prose";
import type { CleanDocument } from "@/lib/chapters";

function expectMatchesSource(doc: CleanDocument, fx: ZipFixture, pages: boolean) {
  expect(doc.chapters.map((c) => c.title)).toEqual(fx.chapters.map((c) => c.title));
  doc.chapters.forEach((c, i) => expect(cer(fx.chapters[i].body, c.text)).toBeLessThanOrEqual(0.01));
  const notes = doc.chapters.flatMap((c) => c.footnotes);
  expect(notes.map((n) => [n.number, n.text, n.page])).toEqual(fx.footnotes.map((n) => [n.number, n.text, n.page]));
  expect(notes.every((n) => n.citedAt)).toBe(true);
  for (const c of doc.chapters) for (const n of fx.footnotes) expect(c.text).not.toContain(n.text);
  const got = doc.chapters.flatMap((c) => c.sentences);
  expect(got.map((s) => s.text)).toEqual(fx.sentences.map((s) => s.text));
  if (pages) expect(got.map((s) => s.page)).toEqual(fx.sentences.map((s) => s.page));
}

describe("EPUB", { timeout: 60_000 }, () => {
  it("reads chapters in spine order (not manifest order), noteref footnotes and page-list page numbers", async () => {
    const fx = buildEpub();
    const { imported, doc } = await importDocument(fx.bytes, { filename: "book.pdf" }); // the extension lies; the bytes decide
    expect(imported.format).toBe("epub");
    expectMatchesSource(doc, fx, true);
  });

  it("names the document by the package's dc:title, not by the file name; the chapters keep their own titles", async () => {
    const fx = buildEpub();
    const { imported, doc } = await importDocument(fx.bytes, { filename: "upload-0042.epub" });
    expect(imported.title).toBe("The Salt Roads");
    expect(doc.title).toBe("The Salt Roads");
    expect(doc.chapters.map((c) => c.title)).toEqual(fx.chapters.map((c) => c.title));
  });

  it("gives a part without a heading the book's title, and falls back on the file name when the title is a placeholder", async () => {
    const withTitle = (title: string) => {
      const files = unzipSync(buildEpub().bytes);
      for (const name of ["OEBPS/ch1.xhtml", "OEBPS/ch2.xhtml"]) files[name] = strToU8(new TextDecoder().decode(files[name]).replace(/<h1>[^<]*<\/h1>/, ""));
      files["OEBPS/content.opf"] = strToU8(new TextDecoder().decode(files["OEBPS/content.opf"]).replace("The Salt Roads", title));
      return zipSync(files);
    };
    const named = await importDocument(withTitle("The Salt Roads"), { filename: "upload-0042.epub" });
    expect(named.doc.title).toBe("The Salt Roads");
    expect(named.doc.chapters.map((c) => c.title)).toEqual(["The Salt Roads"]);
    const placeholder = await importDocument(withTitle("Untitled"), { filename: "upload-0042.epub" });
    expect(placeholder.imported.title).toBeNull();
    expect(placeholder.doc.title).toBe("upload 0042");
  });
});

describe("DOCX", { timeout: 60_000 }, () => {
  it("keeps Word headings as chapters and Word footnotes as footnotes", async () => {
    const fx = buildDocx();
    const { imported, doc } = await importDocument(fx.bytes);
    expect(imported.format).toBe("docx");
    expectMatchesSource(doc, fx, false);
  });
});

describe("saved web page", { timeout: 60_000 }, () => {
  it("keeps the article and its footnotes, and drops navigation, sidebars and comments", async () => {
    const paras = paragraphs(5, 8);
    const body = paras.map((p, i) => `<p>${i === 2 ? p[0].replace(/^(\S+ \S+)/, '$1<sup><a href="#fn1" role="doc-noteref">1</a></sup>') : p[0]} ${p.slice(1).join(" ")}</p>`).join("\n");
    const html = `<!DOCTYPE html><html><head><title>Salt roads | Example Blog</title><script>var x = 1;</script></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li><li><a href="/shop">Subscribe to our newsletter</a></li></ul></nav>
      <article><h1>The Salt Roads of the North</h1>${body}
      <section role="doc-endnotes"><ol><li id="fn1"><p>Recorded in the town book of 1512. <a href="#r1" role="doc-backlink">↩</a></p></li></ol></section></article>
      <aside class="sidebar"><h3>Popular posts</h3><ul><li><a href="/a">Ten reasons to visit</a></li></ul></aside>
      <footer>Copyright 2024 Example Blog. All rights reserved.</footer></body></html>`;
    const { imported, doc } = await importDocument(new TextEncoder().encode(html), { filename: "page.html" });
    expect(imported.format).toBe("html");
    const text = doc.chapters.map((c) => c.text).join("\n\n");
    expect(cer(paras.map((p) => p.join(" ")).join("\n\n"), text)).toBeLessThanOrEqual(0.01);
    expect(text).not.toMatch(/Subscribe|Popular posts|Copyright|var x/);
    const notes = doc.chapters.flatMap((c) => c.footnotes);
    expect(notes.map((n) => n.text)).toEqual(["Recorded in the town book of 1512."]);
  });

  it("still reads Markdown and plain text as before", async () => {
    const { imported, doc } = await importDocument(new TextEncoder().encode("# Chapter 1. Tides\n\nThe sea rose early that year. Boats waited in the harbour.\n"));
    expect(imported.format).toBe("text");
    expect(doc.chapters[0].sentences.map((s) => s.text)).toEqual(["The sea rose early that year.", "Boats waited in the harbour."]);
  });
});
