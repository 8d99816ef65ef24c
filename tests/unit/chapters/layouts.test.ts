// Other books and layouts: hard-wrapped plain text with page numbers and running heads, Pandoc
// Markdown with footnote definitions, OCR with marginal notes and endnotes, plain modern prose.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";

describe("a hard-wrapped plain-text book", () => {
  const doc = cleanDocument(fixture("gutenberg-voyage.txt"));
  it("splits chapters, drops running heads and bare page numbers, and keeps pages", () => {
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["1", "The Ship and Her Company"], ["2", "The Islands of the Equator"]]);
    const text = doc.chapters.map((c) => c.text).join("\n");
    expect(text).not.toMatch(/THE NATURALIST AT SEA|^\s*\d+\s*$/m);
    expect(doc.layout.hasRunningHeads).toBe(true);
    const punta = doc.chapters[0].sentences.find((s) => s.text.startsWith("In September, 1832, at Punta Alta"))!;
    expect(punta.page).toBe("13");
  });
  it("repairs hyphenation at line ends and across a page break, keeping real hyphens", () => {
    const text = doc.chapters[0].text;
    expect(text).toContain("From this single observation he conceived");
    expect(text).toContain("first set him thinking on the origin of species.");
    expect(text).toContain("ten-gun brig");
    expect(text).toContain("twenty-two chronometers");
  });
});

describe("Pandoc Markdown with footnote definitions", () => {
  const doc = cleanDocument(fixture("pandoc-cell-biology.md"));
  const ch = doc.chapters[0];
  it("reads the title from YAML, the chapter from its heading, and strips emphasis", () => {
    expect(doc.title).toBe("Foundations of Cell Biology");
    expect(ch).toMatchObject({ number: "3", title: "Energy in the Cell" });
    expect(ch.sentences[0].text).toBe("Mitochondria are membrane-bound organelles that produce most of the chemical energy a eukaryotic cell needs.");
  });
  it("keeps footnote definitions out of the body and links markers to them", () => {
    expect(ch.text).not.toMatch(/\[\^|Journal of Theoretical Biology/);
    expect(ch.footnotes.map((f) => f.id)).toEqual(["n1", "n2", "n3"]);
    expect(ch.sentences[ch.footnotes[2].citedAt!.sentence].text).toBe("Mitchell received the Nobel Prize in Chemistry in 1978 for this work.");
  });
});

describe("OCR with marginal notes and endnotes", () => {
  const ch = cleanDocument(fixture("ocr-marginal-endnotes.md")).chapters[0];
  it("lifts marginal notes out of the sentences they cut through", () => {
    expect(ch.text).toContain("the document which came to be known as Magna Carta. The charter was not signed");
    expect(ch.text).toContain("helped to win back the support of the barons. A further reissue");
    expect(ch.text).not.toContain("Reissue of 1216");
  });
  it("turns the Notes section into footnotes and the bracketed markers into references", () => {
    expect(ch).toMatchObject({ number: "7", title: "The Meeting at Runnymede" });
    expect(ch.text).not.toMatch(/NOTES|\[\d\]|Anagni/);
    expect(ch.footnotes.map((f) => [f.number, f.text.slice(0, 20)])).toEqual([["1", "Runnymede lies in th"], ["2", "Four copies of the 1"], ["3", "The bull of annulmen"]]);
    expect(ch.sentences[ch.footnotes[0].citedAt!.sentence].text).toMatch(/^King John, pressed by the rebellious barons/);
  });
});

describe("plain modern prose", () => {
  it("passes through untouched apart from sentence splitting", () => {
    const raw = fixture("modern-prose-computing.md");
    const doc = cleanDocument(raw);
    expect(doc.chapters).toHaveLength(1);
    expect(doc.chapters[0].title).toBe("The Stored-Program Computer");
    const body = raw.split("\n").slice(2).join("\n").trim();
    expect(doc.chapters[0].text).toBe(body);
    expect(doc.chapters[0].sentences).toHaveLength(18);
  });
});
