// Session 9's four blind books, now training books: the clean-up defects found on them (docs/
// card-generator.md, "Clean-up defects on the new books") stay fixed. The rules themselves are
// tested on invented text (symbol-notes-scan, bare-notes, scan-page-marks, older-headings,
// charter-layout, front-lines, ocr-words); this only checks that the real books now clean right.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";

const clean = (name: string) => cleanDocument(fixture(name), { filename: name });

describe("the scanned history (three-part heads, side-notes, notes marked * and †)", () => {
  const doc = clean("pd-macaulay-england-ch3-scanned.txt");
  const ch = doc.chapters[0];
  it("does not take the first line for the title, and starts with the whole first sentence", () => {
    expect(ch.number).toBe("3");
    expect(ch.title).not.toMatch(/INTEND/i);
    expect(ch.sentences[0].text).toMatch(/^I INTEND, in this chapter, .* to his brother\.$/);
  });
  it("drops the signature with the volume's number, files both notes, rejoins the word split over the page", () => {
    expect(ch.text).not.toMatch(/VOL\. I|[*†]/);
    expect(ch.footnotes.map((f) => f.number)).toEqual(["*", "†"]);
    expect(ch.footnotes.every((f) => f.citedAt !== null)).toBe(true);
    expect(ch.text).toContain("little skill or industry in a tract");
  });
  it("starts the paragraphs after the note marks at their indents, and repairs the repeated misreading", () => {
    expect(ch.paragraphs.some((p) => ch.text.slice(p.start).startsWith("About the same time"))).toBe(true);
    expect(ch.text).not.toMatch(/\btbat\b/);
  });
});

describe("the chemistry chapter (label over a title in italics)", () => {
  it("takes its title from under the label", () => {
    const ch = clean("pd-lavoisier-chemistry-ch3.txt").chapters[0];
    expect([ch.number, ch.title]).toEqual(["3", "Analysis of Atmospheric Air, and its Division into two Elastic Fluids; the one fit for Respiration, the other incapable of being respired"]);
  });
});

describe("the constitution (articles, signers)", () => {
  const ch = clean("pd-us-constitution-1787.txt").chapters[0];
  it("keeps every article's heading and the signers", () => {
    const headings = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));
    expect(headings.filter((h) => /^article/i.test(h))).toHaveLength(7);
    for (const name of ["John Langdon", "Nicholas Gilman", "Alexander Hamilton", "William Jackson"]) expect(ch.text).toContain(name);
  });
});

describe("the essay (epigraphs, numbered heading, a rare word)", () => {
  it("opens with its first paragraph, and never makes 'bantling' 'banding'", () => {
    const text = fixture("pd-emerson-self-reliance.txt");
    const ch = cleanDocument(text, { filename: "pd-emerson-self-reliance.txt" }).chapters[0];
    expect(ch.sentences[0].text).toMatch(/^I READ the other day/);
    expect(ch.text).not.toMatch(/banding|SELF-RELIANCE\./);
  });
});
