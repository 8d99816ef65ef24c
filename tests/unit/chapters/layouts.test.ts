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

describe("OCR text with a blank line after every printed line", () => {
  const lines = `CHAPTER 2

THE LIGHTHOUSE KEEPERS

The first keepers of the Bell Rock light were appointed in
1811, when the tower built by Robert Stevenson was lit for
the first time. Four men lived on the rock at a time, two
of them on watch while the others slept, and each spent six
weeks on the rock and two ashore. The work was monotonous
but exacting. A lamp that went out, even for a few minutes,
could cost a ship and all her crew. The keepers were paid
well by the standards of the time.
Supplies came by boat from Arbroath when the weather was
fair. In winter the keepers were sometimes cut off for weeks
on end, and once, in the great gale of 1816, for more than
two months. The Commissioners kept a log of every delay.
The keepers' families lived ashore at Arbroath, in a row of
houses built by the Commissioners beside the signal tower.
From its roof a ball was raised each morning to tell the men
on the rock that all was well at home, and the keepers on
the rock answered with a signal of their own. This simple
system of signals worked for more than a century.`;
  it("rejoins the lines into paragraphs, ending one only at a short line", () => {
    const ch = cleanDocument(lines.split("\n").filter(Boolean).join("\n\n")).chapters[0];
    expect(ch.paragraphs.map((p) => ch.text.slice(p.start, p.end).slice(-40))).toEqual(["ll by the standards of the time.", "gnals worked for more than a century."].map((t) => expect.stringContaining(t)));
    expect(ch.paragraphs).toHaveLength(2);
    expect(ch.sentences.find((s) => s.text.startsWith("Supplies came"))?.text).toBe("Supplies came by boat from Arbroath when the weather was fair.");
  });
});
