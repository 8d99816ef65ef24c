// Session 11's four blind books, now training books: the clean-up defects found on them (docs/
// card-generator.md, "Session 11 measurement and recommended next steps", "Clean-up defects on the
// new books") stay fixed. The rules are tested on invented text (right-margin-notes,
// session11-layouts); this only checks that the real books now clean right.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";
import { measureScan } from "./scan-measure";

const clean = (name: string) => cleanDocument(fixture(name), { filename: name });
const sentencesOf = (doc: ReturnType<typeof clean>) => doc.chapters.flatMap((c) => c.sentences.map((s) => s.text));

describe("the 1890 octavo scan with right-margin side-notes (Mahan)", () => {
  const name = "pd-mahan-sea-power-ch1-scanned";
  const doc = clean(`${name}.txt`);
  const ch = doc.chapters[0];

  it("finds every sentence of the original whole, on its printed page, with no side-note, head or number left", () => {
    const pages = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "fixtures", "chapters", `${name}.pages.json`), "utf8")) as [string, string, string][];
    const r = measureScan("mahan-sea-power-ch1", { text: fixture(`${name}.txt`), pages });
    expect(r.missing).toEqual([]);
    expect(r.extra).toEqual([]);
    expect(r.wrongPages).toEqual([]);
    expect(r.sideNotesInText).toEqual([]);
    expect(r.strayNumbers).toEqual([]);
    expect(r.brokenHyphens).toEqual([]);
  });

  it("reads all eleven page breaks and the paragraphs as printed", () => {
    expect(ch.pages.map((p) => p.page)).toEqual(["25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36"]);
    expect(ch.paragraphs.filter((p) => p.kind === "body")).toHaveLength(19);
    expect(ch.text).not.toMatch(/Influence of Sea Power upon History|Elements of Sea Power/);
  });

  it("joins the drop capital and keeps the list's numerals", () => {
    expect(ch.sentences[0].text).toMatch(/^The first and most obvious light/);
    const s = sentencesOf(doc);
    for (const item of ["II. Physical Conformation", "III. Extent of Territory.", "IV. Number of Population.", "V. Character of the People.", "VI. Character of the Government"]) expect(s.some((x) => x.startsWith(item))).toBe(true);
  });
});

describe("a Gutenberg chapter with a FOOTNOTES section (Nightingale)", () => {
  const doc = clean("pd-nightingale-nursing-ch2-houses.txt");
  const ch = doc.chapters[0];
  const all = sentencesOf(doc).join(" ");

  it("titles the chapter without its note marker and files the four notes", () => {
    expect(ch.title).toBe("Health of Houses");
    expect(ch.footnotes.map((n) => n.number)).toEqual(["1", "2", "3", "4"]);
    expect(ch.pages).toEqual([]);
    expect(all).not.toMatch(/FOOTNOTES|health of carriages|God lays down/);
    expect(doc.layout.notes.join(" ")).not.toMatch(/without their notes/);
  });

  it("reads the inline marks and keeps the numbered faults apart", () => {
    expect(all).toContain("all unventilated by the closed windows");
    expect(all).toContain("pans!—it was");
    expect(all).not.toMatch(/specimens—1\.|hows,are/);
    expect(sentencesOf(doc)).toContain("1. That the female head in charge of any building does not think it necessary to visit every hole and corner of it every day.");
  });
});

describe("a plain-text translation with margin section numbers and '(1)' notes (Xenophon)", () => {
  const doc = clean("pd-xenophon-anabasis-book1-ch1-3.txt");
  const all = sentencesOf(doc).join(" ");
  it("takes the margin numbers and the note labels out of the sentences and files the notes", () => {
    expect(all).not.toMatch(/ \d{1,2} [a-z]/); // "...than to 5 the king"
    expect(all).not.toMatch(/\(\d\)/);
    expect(doc.chapters.flatMap((c) => c.footnotes)).toHaveLength(16);
  });
});

describe("numbered run-in section heads (Dewey)", () => {
  const ch = clean("pd-dewey-democracy-education-ch1.txt").chapters[0];
  it("keeps each head, with its number, as a heading, not a sentence", () => {
    expect(ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end))).toEqual([
      "1. Renewal of Life by Transmission", "2. Education and Communication", "3. The Place of Formal Education", "Summary",
    ]);
    expect(ch.sentences.map((s) => s.text)).not.toContain("Summary.");
  });
});
