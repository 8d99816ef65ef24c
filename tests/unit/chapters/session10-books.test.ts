// Session 10's four blind books, now training books: the clean-up defects found on them (docs/
// card-generator.md, "Session 10 measurement and recommended next steps", "Clean-up defects on the
// new books") stay fixed. The rules themselves are tested on invented text (catch-word-scans,
// editorial-layouts); this only checks that the real books now clean right.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";
import { measureScan } from "./scan-measure";

const clean = (name: string) => cleanDocument(fixture(name), { filename: name });

describe("the 1790s octavo scan (catch-words, odd-page heads, long s, contents lines)", () => {
  const name = "pd-malthus-population-ch1-2-scanned";
  const doc = clean(`${name}.txt`);
  const text = doc.chapters.map((c) => c.text).join("\n\n");

  it("finds every sentence of the original on its printed page, with no head, folio or catch-word left", () => {
    const pages = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "fixtures", "chapters", `${name}.pages.json`), "utf8")) as [string, string, string][];
    const r = measureScan("malthus-population-ch1-2", { text: fixture(`${name}.txt`), pages });
    expect(r.missing).toEqual([]);
    expect(r.extra).toEqual([]);
    expect(r.wrongPages).toEqual([]);
    expect(r.strayNumbers).toEqual([]);
    expect(text).not.toMatch(/POPULATION/);
  });

  it("reads the long s as s, but leaves a word that is one", () => {
    expect(text).not.toMatch(/\b(?:faid|queftion|happinefs|muft|moft|conftant)\b/);
    expect(text).toContain("It has been said that the great question is now at issue");
    expect(text).toMatch(/\bfame\b/); // "same" misread, but "fame" is a word: left as printed
  });

  it("titles both chapters by their contents lines", () => {
    expect(doc.chapters.map((c) => [c.number, c.title.split("—")[0]])).toEqual([["1", "Question stated"], ["2", "The different ratio in which population and food increase"]]);
  });
});

describe("the address (title over two lines, source lines, notes one a line)", () => {
  const doc = clean("pd-maxwell-address-1870.txt");
  const ch = doc.chapters[0];
  it("takes its title from its first lines", () => {
    expect([doc.title, ch.title]).toEqual(["Address to the Mathematical and Physical Sections of the British Association", "Address to the Mathematical and Physical Sections of the British Association"]);
    expect(ch.sentences[0].text).toMatch(/^At several of the recent Meetings/);
  });
  it("files both notes, cited, and leaves no marker or lone word in the text", () => {
    expect(ch.footnotes.map((f) => [f.number, f.citedAt !== null])).toEqual([["1", true], ["2", true]]);
    expect(ch.text).not.toMatch(/\[\d\]/);
    expect(ch.sentences.map((s) => s.text)).not.toContain("I");
  });
});

describe("the translation (numbered sections, bracketed preface, note numbers)", () => {
  const doc = clean("pd-tacitus-agricola-1-18.txt");
  const ch = doc.chapters[0];
  it("drops the preface and the section numbers, and every note number", () => {
    expect(ch.text).toMatch(/^The ancient custom of transmitting/);
    expect(ch.text).not.toMatch(/commentators/);
    expect(ch.paragraphs.filter((p) => /^\d/.test(ch.text.slice(p.start, p.end)))).toEqual([]);
    expect(ch.text).not.toMatch(/\[\d+\]/);
  });
  it("writes its title in title case", () => {
    expect(doc.title).toBe("The Life of Cnaeus Julius Agricola");
  });
});

describe("the pamphlet (a section heading in capitals between sections)", () => {
  it("keeps the second section's heading as a heading, not a sentence", () => {
    const ch = clean("pd-paine-common-sense-1-2.txt").chapters[0];
    expect(ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end))).toEqual(["OF MONARCHY AND HEREDITARY SUCCESSION."]);
    expect(ch.sentences.some((s) => /MONARCHY AND/.test(s.text))).toBe(false);
  });
});
