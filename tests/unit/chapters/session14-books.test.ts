// Session 13's four blind books, rotated into training this session: the clean-up defects listed on
// them (docs/card-generator.md, "Session 13 measurement and recommended next steps", step 1) stay
// fixed. The rules are tested on invented text (session14-layouts); this only checks that the real
// books now clean right.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";
import { measureScan } from "./scan-measure";

const clean = (name: string) => cleanDocument(fixture(name), { filename: name });
const sentencesOf = (doc: ReturnType<typeof clean>) => doc.chapters.flatMap((c) => c.sentences.map((s) => s.text));

describe("the scan with letter-spaced running heads (Turner)", () => {
  const name = "pd-turner-frontier-ch1-scanned";
  const doc = clean(`${name}.txt`);
  const sentences = sentencesOf(doc);

  it("is chapter I with its own title, every page found", () => {
    expect(doc.chapters).toHaveLength(1);
    expect(doc.chapters[0].number).toBe("1");
    expect(doc.chapters[0].title).toBe("The Significance of the Frontier in American History");
    expect(doc.chapters[0].pages.map((p) => p.page)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
  });

  it("leaves no running head in a sentence and reads none as a drop capital", () => {
    expect(sentences.some((s) => /[A-Z] [A-Z] [A-Z]|FRONTIER|SIGNIFICANCE/.test(s))).toBe(false);
    expect(doc.layout.notes.some((n) => /drop capital/.test(n))).toBe(false);
  });

  it("rejoins the words hyphenated at a page foot, repairs the misreadings, keeps the ellipses", () => {
    const text = doc.chapters[0].text;
    for (const word of ["developed that life", "Railroads,", "hundred miles"]) expect(text).toContain(word);
    expect(text).toContain("has exhibited not merely advance");
    expect(text).not.toMatch(/\.\. \./);
  });

  it("keeps the section head on two lines a heading", () => {
    const ch = doc.chapters[0];
    const heads = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));
    expect(heads).toContain("The Frontier Furnishes a Field for Comparative Study of Social Development");
  });

  it("finds the original's sentences whole", () => {
    const pages = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "fixtures", "chapters", `${name}.pages.json`), "utf8")) as [string, string, string][];
    const r = measureScan("turner-frontier-ch1", { text: fixture(`${name}.txt`), pages });
    // Left: the two sentences with a spaced ellipsis (". . ."), written closed up ("...").
    expect(r.missing.length).toBeLessThanOrEqual(2);
    expect(r.extra.length).toBeLessThanOrEqual(2);
    expect(r.wrongPages).toEqual([]);
  });
});

describe("the plain e-text with a BOOK heading and Bekker numbers (Aristotle)", () => {
  const doc = clean("pd-aristotle-politics-book3-ch1-8.txt");
  const sentences = sentencesOf(doc);

  it("titles the chapters by their headings in Book III, not by the file name", () => {
    expect(doc.chapters.map((c) => c.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(doc.chapters[0].title).toBe("Book III, Chapter I");
    expect(doc.chapters.every((c) => c.part === "Book III")).toBe(true);
  });

  it("takes the Bekker numbers out of the sentences, the misread one too", () => {
    expect(sentences.some((s) => /\[?1[0-9Ilo]{3}[ab]\]?|I28oa/.test(s))).toBe(false);
    expect(doc.chapters[0].text).toContain("others as excellent as possible");
  });

  it("keeps the quoted verse in one sentence", () => {
    expect(sentences).toContain('"... No showy arts Be mine, but teach me what the state requires."');
  });
});

describe("the travel letter (Bird)", () => {
  const doc = clean("pd-bird-rocky-mountains-letter7.txt");
  const sentences = sentencesOf(doc);

  it("is letter VII, numbered", () => {
    expect(doc.chapters[0].number).toBe("7");
    expect(doc.chapters[0].title).toBe("Letter VII");
  });

  it("runs both verse quotations on with the sentences that lead into them", () => {
    expect(sentences.some((s) => /as if it were some region Where falls not rain, or hail, or any snow, Or ever wind blows loudly\.$/.test(s))).toBe(true);
    expect(sentences).toContain("Truly, there was Water, water, everywhere, But not a drop to drink.");
  });
});
