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
  it.each(["We will give to no man a licence to fish the river.", "To no one will we grant a second mill.", "We decree that the market be free."])("%j binds its speaker", (t) => expect(promiseOrDecree(t)).toBe(true));
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
