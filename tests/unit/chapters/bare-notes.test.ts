// Raw OCR text without any markup: footnote numbers glued to words in the body, notes at the foot
// of the page starting with their number. Recognised only when the two agree.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

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
