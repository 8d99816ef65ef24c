// Raw OCR text without any markup: footnote numbers glued to words in the body, notes at the foot
// of the page starting with their number. Recognised only when the two agree.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { convertBareNotes } from "@/lib/chapters/bare-notes";
import type { Block } from "@/lib/chapters/blocks";

const raw = `CHAPTER 11

LESSONS OF OCTOBER

The word "Leninism" crept into the party vocabulary, with the epithet "Leninist pioneers".1 In June 1924 the delegates listened to Roy, whose speech ended with the words "Long live Leninism!"2 The ratio was 3:1 in favour. Petrograd had been renamed Leningrad

1 See The Interregnum, 1923-1924, pp. 354, 361.
2 Protokoll: Fünfter Kongress (n.d.), i, 30-39.

4

immediately after Lenin's death; in May 1924 Simbirsk was renamed Ulyanovsk.1

1 Sobranie Zakonov, 1924, No. 8, art. 83.

5

The meeting of 12 members decided nothing.

12 Apostles Street was the address of the committee.
`;

describe("unmarked OCR footnotes", () => {
  const doc = cleanDocument(raw);
  const ch = doc.chapters[0];

  it("separates notes whose numbers are cited just above, with page-qualified ids", () => {
    expect(ch.footnotes.map((f) => [f.id, f.text])).toEqual([
      ["p4-n1", "See The Interregnum, 1923-1924, pp. 354, 361."],
      ["p4-n2", "Protokoll: Fünfter Kongress (n.d.), i, 30-39."],
      ["p5-n1", "Sobranie Zakonov, 1924, No. 8, art. 83."],
    ]);
    expect(ch.sentences.map((s) => s.footnoteRefs)).toEqual([["p4-n1"], ["p4-n2"], [], ["p5-n1"], [], []]);
    expect(doc.layout.notes.join("\n")).toContain("3 unmarked OCR footnote(s)");
  });

  it("removes the glued numbers from the body and rejoins the sentence broken by the notes", () => {
    expect(ch.sentences.map((s) => s.text)).toEqual([
      'The word "Leninism" crept into the party vocabulary, with the epithet "Leninist pioneers".',
      'In June 1924 the delegates listened to Roy, whose speech ended with the words "Long live Leninism!"',
      "The ratio was 3:1 in favour.",
      "Petrograd had been renamed Leningrad immediately after Lenin's death; in May 1924 Simbirsk was renamed Ulyanovsk.",
      "The meeting of 12 members decided nothing.",
      "12 Apostles Street was the address of the committee.",
    ]);
  });

  it("leaves a paragraph starting with a number alone when nothing above cites it", () => {
    expect(ch.text).toContain("12 Apostles Street");
    expect(ch.sentences.at(-1)?.page).toBe("6");
  });
});

// Session 10: a scanned page whose side-notes cut its paragraphs into many blocks puts a note's mark
// more than four blocks above the note; the page's own top (its number at one end of the head line)
// bounds the search instead.
describe("a page-foot note whose mark stands many blocks above it", () => {
  const block = (text: string): Block => ({ kind: "body", lines: text.split("\n"), text });
  const fragments = ["The wardens met in the spring and agreed on the tolls.*", "Then the merchants", "came with their", "carts to the", "market in the", "square of the", "town on the hill."];

  it("finds it anywhere on the same page", () => {
    const blocks = [block("12          A HISTORY OF TOLLS.          CHAP. II."), ...fragments.map(block), block("* The book of the wardens, kept at the hall.")];
    const out = convertBareNotes(blocks);
    expect(out.count).toBe(1);
    expect(out.blocks[1].text).toContain("tolls.<sup>*</sup>");
    expect(out.blocks.at(-1)!.kind).toBe("footnote");
  });

  it("does not look past the page's head line into the page before", () => {
    const blocks = [...fragments.slice(0, 1).map(block), block("12          A HISTORY OF TOLLS.          CHAP. II."), ...fragments.slice(1).map(block), block("* The book of the wardens, kept at the hall.")];
    expect(convertBareNotes(blocks).count).toBe(0);
  });
});
