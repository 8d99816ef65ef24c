// Gutenberg e-texts may write a note unnumbered where it is cited: "… [Footnote: …] …".
// Invented text throughout.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fileInlineFootnotes } from "@/lib/chapters/inline-footnotes";

const PARAGRAPHS = [
  "The guild kept its charter in a chest of oak. [Footnote: Minutes of the Guild, ii. 14,\nquoted by the town clerk.] Nobody could open it alone.",
  "The wardens met each spring. [Footnote: See the [second] minute book.]",
  "Their seal showed a ship.",
].join("\n\n");

describe("notes written inside the paragraph", () => {
  it("files each note after its paragraph as a numbered note, with its marker where it stood", () => {
    const r = fileInlineFootnotes(PARAGRAPHS);
    expect(r.count).toBe(2);
    expect(r.text).toBe([
      "The guild kept its charter in a chest of oak.[1] Nobody could open it alone.",
      "[Footnote 1: Minutes of the Guild, ii. 14, quoted by the town clerk.]",
      "The wardens met each spring.[2]",
      "[Footnote 2: See the [second] minute book.]",
      "Their seal showed a ship.",
    ].join("\n\n"));
  });

  it("files them without markers when the file numbers notes of its own", () => {
    const r = fileInlineFootnotes("A mill stood here. [Footnote: Old map.] It burned.[1]\n\n[Footnote 1: In 1790.]");
    expect(r.text).toBe("A mill stood here. It burned.[1]\n\n[Footnote n1: Old map.]\n\n[Footnote 1: In 1790.]");
  });

  it("leaves an unclosed bracket and text without such notes alone", () => {
    const open = "The charter [Footnote: never closes" + " and on".repeat(500);
    expect(fileInlineFootnotes(open)).toEqual({ text: open, count: 0 });
    expect(fileInlineFootnotes("No notes [here].").text).toBe("No notes [here].");
  });

  it("keeps the notes out of the cleaned sentences and cites them from the sentence that carried them", () => {
    const doc = cleanDocument(PARAGRAPHS, { filename: "guild.txt" });
    const c = doc.chapters[0];
    expect(c.text).not.toMatch(/Footnote|Minutes|\[/);
    expect(c.footnotes.map((f) => f.text)).toEqual(["Minutes of the Guild, ii. 14, quoted by the town clerk.", "See the [second] minute book."]);
    const citing = c.footnotes.map((f) => c.sentences[f.citedAt!.sentence].text);
    expect(citing[0]).toMatch(/^The guild kept its charter/);
    expect(citing[1]).toMatch(/^The wardens met/);
  });
});
