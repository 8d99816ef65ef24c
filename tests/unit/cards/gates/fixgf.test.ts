// Session 18 (fixgf) on INVENTED text: the second-wave gate review's findings, each a case that failed before.
import { describe, expect, it } from "vitest";
import { analyseChapter } from "@/lib/cards/analyse";
import { cleanDocument } from "@/lib/chapters";
import { referringRules } from "@/lib/cards/gates/referring";
import type { Candidate } from "@/lib/cards/candidates";

const sentenceOf = (text: string) => {
  const ch = cleanDocument(`# Chapter 3. The canals\n\nThe rules were read aloud. ${text}\n`, { filename: "test.md" }).chapters[0];
  return analyseChapter(ch).sentences.find((s) => s.text.includes(text.slice(5, 25)))!;
};
const rules = (text: string) => {
  const s = sentenceOf(text);
  const c = { kind: "cloze", front: s.text, back: "", type: "cloze", answer: null, sentence: 0, extra: [] } as unknown as Candidate;
  return JSON.stringify(referringRules(c, s).map((r) => r.rule));
};

describe("review 1: an opening 'In that …,' is completed only by a real apposition", () => {
  it("a main clause after the comma is no apposition", () => {
    expect(rules("In that year, the council raised the toll, and the carters rioted.")).toContain("that-noun");
    expect(rules("In that famous book, Orlen argues for lower tolls, and the council agreed.")).toContain("that-noun");
  });
  it("a named apposition still completes it", () => {
    expect(rules("In that famous book, the Canal Almanac, Orlen argues for lower tolls.")).not.toContain("that-noun");
  });
});

import { promiseOrDecree } from "@/lib/cards/gates/generic-we";
describe("review 6: a promise or decree needs its grammatical frame", () => {
  it.each(["We command nature only by obeying her.", "We will not deny that the senses sometimes deceive us.", "We shall give the name of kiln to any closed oven.", "We will restore the old bridge next spring."])("%j is not a promise", (t) => expect(promiseOrDecree(t)).toBe(false));
  it.each(["We will give to no man a licence to fish the river.", "To no one will we grant a second mill.", "We decree that the market be free.", "We strictly order, that the ferry run daily."])("%j binds its speaker", (t) => expect(promiseOrDecree(t)).toBe(true));
});

import { answerType } from "@/lib/cards/gates/answer-type";
describe("review 2: a name asked with 'What' after a lead-in sentence", () => {
  it("reads the question without its preface", () => {
    const ch = cleanDocument(`# Chapter 3. The canals\n\nThe rolls burned in the fire. The rolls were kept by Hale, the keeper of the rolls.\n`, { filename: "test.md" }).chapters[0];
    const a = analyseChapter(ch);
    const k = a.sentences.findIndex((s) => s.text.includes("kept by Hale"));
    const card = (front: string) => ({ kind: "qa", front, back: "the keeper of the rolls", type: "fact", answerKind: "phrase", sentence: k, extra: [] }) as unknown as Candidate;
    expect(answerType(card("What was hale?"), a)).toBe("an individual person asked with 'What'");
    expect(answerType(card("The rolls burned in the fire. What was hale?"), a)).toBe("an individual person asked with 'What'");
  });
});

import { blankPiece } from "@/lib/cards/gates/blank-piece";
/** blankPiece on a tagged sentence: blanking the first occurrence of `part` (from `from`). */
const tagged = (text: string, part: string, from = 0) => {
  const s = sentenceOf(text);
  const at = s.text.indexOf(part, from);
  return blankPiece(s, at, at + part.length);
};
/** blankPiece on a sentence as the word tokens give it (no tagger). */
const plainPiece = (text: string, part: string, from = 0) => {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  const at = text.indexOf(part, from);
  return blankPiece({ text, tokens } as unknown as Parameters<typeof blankPiece>[0], at, at + part.length);
};
describe("review 3: a shared determiner needs a noun phrase on both sides", () => {
  it("a verb phrase after 'the NOUN and' is no conjunct", () => expect(tagged("The council raised the toll and closed the southern gate at dusk.", "closed the southern gate")).toBeNull());
  it("a capitalised noun before 'and' is no shared determiner", () => expect(tagged("Then the Crown and parliament quarrelled over the tolls.", "parliament")).toBeNull());
  it("still finds a split conjunct", () => expect(tagged("The height and width of the lock decided the size of the barges.", "width of the lock")).toBe("one conjunct split from its determiner"));
});
describe("review 4: acronyms are no figure's lettering", () => {
  it("needs a figure in the sentence", () => {
    expect(tagged("In 1945 the USA, the UK and the USSR founded the UN in a western city.", "USSR")).toBeNull();
    expect(tagged("If the line AB be drawn to meet BC at the point B, the angle ABC is fixed by AC and the other lines.", "BC")).toBe("a letter of a figure");
  });
});
describe("review 5: a slash is a formula's sign only in a formula", () => {
  it.each([["The toll was a penny per cart/wagon on the new road.", "wagon"], ["The tolls of 1642/43 paid for the new lock.", "43"]])("%j", (t, p) => expect(plainPiece(t, p)).toBeNull());
  it("keeps a/b and any sign in an equation", () => {
    expect(plainPiece("The ratio a/b grows as the river widens.", "b", 12)).toBe("a piece of a formula");
    expect(plainPiece("Thus x/y = 2 whenever the two flows are equal.", "y")).toBe("a piece of a formula");
  });
});
describe("review 8: a numbering label is a real numeral, not a word or an initial", () => {
  it.each([["CIVIL. The law of the river was old.", "CIVIL"], ["A. Smith wrote the first book on tolls.", "A"]])("%j", (t, p) => expect(plainPiece(t, p)).toBeNull());
  it("keeps real labels", () => {
    expect(plainPiece("XIV. No tenant of the mill shall pay the toll twice.", "XIV")).toBe("a numbering label");
    expect(plainPiece("(b) The keeper shall open the lock at dawn.", "b")).toBe("a numbering label");
  });
});

import { answerEchoesQuestion } from "@/lib/cards/gates/echo-answer";
describe("review 7: a verb in -es meets its bare form", () => {
  it("'stores' meets 'store'", () => expect(answerEchoesQuestion("How does the kiln raise and store heat?", "The kiln raises and stores heat")).toBe(true));
  it("'churches' meets 'church'", () => expect(answerEchoesQuestion("Why did every church build towers near rivers?", "Every churches build towers near rivers")).toBe(true));
});
