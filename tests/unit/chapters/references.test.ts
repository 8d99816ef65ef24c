// References by book, chapter and verse in older prose ("2 Sam. iv. 12", "Num. xxii. 28"): the stops
// inside them are no sentence ends. Invented sentences.
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";

const split = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences and references by chapter and verse", () => {
  it.each([
    ["a lower-case chapter numeral and verse at a sentence end", "The fields were left fallow, as he says, 2 Sam. iv. 12. The rich are told not to trust in them.", 2],
    ["a reference inside a sentence", "The herds grew too many for the land, Num. xxii. 28, and the brothers parted. They never met again.", 2],
    ["a capital numeral after the title", "The rule is old, Mark V. 9, and often quoted. Few obey it.", 2],
    ["an unabbreviated title and two verses", "See Acts ii. 44, 45. The first believers held all things in common.", 2],
    ["two references in one sentence", "Compare Gen. i. 28 with Gen. ix. 1. Both give the same command.", 2],
    ["a capital numeral after an abbreviated title", "The promise stands in Isa. XL. 31 for the weary. They shall run.", 2],
    ["chapter and verse in figures after a long abbreviation", "All is vanity, as is said in Prov. 6:6 and elsewhere. The preacher said it first.", 2],
  ])("keeps %s in its sentence", (_label, text, count) => {
    const s = split(text);
    expect(s).toHaveLength(count);
    expect(s.every((t) => !/^\d/.test(t))).toBe(true);
  });

  it.each([
    ["a chapter cited without a verse", "It is written in Exod. xx. The law was given there.", ["It is written in Exod. xx.", "The law was given there."]],
    ["a king's numeral", "He was born in the reign of George III. He died in the reign of his grandson.", ["He was born in the reign of George III.", "He died in the reign of his grandson."]],
    ["a word that only looks like a numeral", "The soldiers did not mix. 300 of them deserted.", ["The soldiers did not mix.", "300 of them deserted."]],
    ["a name before a decimal", "He sailed for Paris. 3.5 tons of salt went with him.", ["He sailed for Paris.", "3.5 tons of salt went with him."]],
  ])("still ends a sentence at %s", (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it("keeps a reference wrapped over two lines of a page in its sentence", () => {
    const text = "The herds grew too many for the land, as is told in Num.\nxxii. 28, and the brothers parted for good.\n";
    expect(cleanDocument(text).chapters[0].sentences.map((s) => s.text)).toEqual(["The herds grew too many for the land, as is told in Num. xxii. 28, and the brothers parted for good."]);
  });
});
