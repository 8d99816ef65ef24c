// Plain e-texts number their notes in brackets: "[41]" after the sentence it annotates (glued, or
// after a space, or opening a wrapped line) and a paragraph "[41] ..." right after the citing
// paragraph or gathered at the chapter's end. Invented text throughout.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const chapter = (text: string) => cleanDocument(text).chapters[0];

describe("numbered bracket notes", () => {
  const text = [
    "The canal company sold its shares in a single week. [41] Its engineer",
    "had surveyed the valley twice before the work began.",
    "[42] Nobody, however, had measured the winter floods, and the first",
    "lock gave way in January. [43]",
    "",
    "[41] Minutes of the Canal Board, II. 14. Compare the",
    "engineer's own account, p. 203.",
    "",
    "[42] Survey of the Upper Valley, 1821.",
    "",
    "[43] Letter of the lock-keeper, 3 Feb.",
    "",
    "The second lock held.[44] Traffic returned by the spring.",
    "",
    "[44] Toll books of the company.",
  ].join("\n");

  it("lifts spaced, line-opening and glued markers out of the sentences and files their notes", () => {
    const c = chapter(text);
    expect(c.text).not.toMatch(/\[\d+\]|Minutes of the Canal|Toll books/);
    expect(c.footnotes.map((f) => [f.number, f.text])).toEqual([
      ["41", "Minutes of the Canal Board, II. 14. Compare the engineer's own account, p. 203."],
      ["42", "Survey of the Upper Valley, 1821."],
      ["43", "Letter of the lock-keeper, 3 Feb."],
      ["44", "Toll books of the company."],
    ]);
    expect(c.sentences.map((s) => [s.text, s.footnoteRefs.length])).toEqual([
      ["The canal company sold its shares in a single week.", 1],
      ["Its engineer had surveyed the valley twice before the work began.", 1],
      ["Nobody, however, had measured the winter floods, and the first lock gave way in January.", 1],
      ["The second lock held.", 1],
      ["Traffic returned by the spring.", 0],
    ]);
  });

  it("files notes gathered at the end of the chapter against their markers", () => {
    const gathered = [
      "The mill burned in the autumn. [7] It was rebuilt in brick.",
      "",
      "The owners moved to the coast. [8]",
      "",
      "[7] Parish register, fol. 12.",
      "",
      "[8] Family papers, box 3.",
    ].join("\n");
    const c = chapter(gathered);
    expect(c.footnotes.map((f) => f.number)).toEqual(["7", "8"]);
    expect(c.footnotes.every((f) => f.citedAt !== null)).toBe(true);
    expect(c.text).toBe("The mill burned in the autumn. It was rebuilt in brick.\n\nThe owners moved to the coast.");
  });

  it("leaves a bracketed number that has no note paragraph (an editorial insertion, a clause cited)", () => {
    const c = chapter("The deed says the lessee [2] shall repair the roof, as in clause [3] of the lease.\n\nThe lessee refused.");
    expect(c.text).toContain("lessee [2] shall repair");
    expect(c.text).toContain("clause [3] of the lease");
    expect(c.footnotes).toEqual([]);
  });

  it("keeps a numbered bracket paragraph as text when nothing above cites it", () => {
    const c = chapter("The charter lists the duties of the warden.\n\n[1] He shall keep the keys of the gate.\n\n[2] He shall ring the bell at dusk.");
    expect(c.footnotes).toEqual([]);
    expect(c.text).toContain("He shall keep the keys");
  });

  it("lifts numbered markers running in sequence when their notes are not in the file", () => {
    const c = chapter([
      "The road was finished in May. [210] Carts used it at once;",
      "[211] the old ford was abandoned, and the inn by it closed. [213]",
      "",
      "The parish paid for a bridge in the year [1790] after a flood.",
    ].join("\n"));
    expect(c.sentences.map((s) => s.text)).toEqual([
      "The road was finished in May.",
      "Carts used it at once; the old ford was abandoned, and the inn by it closed.",
      "The parish paid for a bridge in the year [1790] after a flood.",
    ]);
    expect(c.footnotes).toEqual([]);
  });

  it("leaves two bracketed numbers that do not run in sequence, or that stand inside a clause", () => {
    const text = "Read the clauses in order: [4] then [9]. The court cited [5], [6], [7], [8] and [9] of the statute. It ruled. [10] Costs followed.";
    expect(chapter(text).text).toBe(text);
  });
});

describe("numbered bracket notes set under their paragraph without a blank line", () => {
  it("cuts the notes off the paragraph and files them", () => {
    const c = chapter([
      "The bell was cast in the churchyard. [18] It cracked in the first frost,",
      "and was cast again in spring. [19]",
      "[18] Churchwardens' accounts, 1702.",
      "[19] The founder's bill survives,",
      "with his mark.",
      "",
      "The new bell rang for a century.",
    ].join("\n"));
    expect(c.footnotes.map((f) => [f.number, f.text])).toEqual([["18", "Churchwardens' accounts, 1702."], ["19", "The founder's bill survives, with his mark."]]);
    expect(c.sentences.map((s) => s.text)).toEqual(["The bell was cast in the churchyard.", "It cracked in the first frost, and was cast again in spring.", "The new bell rang for a century."]);
  });

  it("does not cut at a marker that opens a wrapped line in mid-sentence", () => {
    const c = chapter("The vestry met twice that year [4] and voted the money;\n[4] It was paid in May.\n\nThe roof was mended.");
    expect(c.paragraphs.filter((p) => p.kind === "body")).toHaveLength(2);
    expect(c.footnotes).toEqual([]);
  });
});

describe("bracketed note numbers and printed-edition page marks together", () => {
  it("leaves a run of page marks counting from 1 to the page-mark pass, even where some follow a full stop", () => {
    const c = chapter("The weir was old [1] and low. It flooded [2] each spring. It broke. [3] They mended it. [4] It broke again. [5] A new weir [6] was built of stone [7] in the end.");
    expect(c.text).toBe("The weir was old and low. It flooded each spring. It broke. They mended it. It broke again. A new weir was built of stone in the end.");
  });
});
