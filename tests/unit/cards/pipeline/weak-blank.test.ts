// The wrong blanks strict raters name on book after book (lib/cards/spans/weak-blank): a word the
// rest of the sentence gives away, one name of a pair, a quantity or degree instead of a term, and
// the chapter's own subject phrase; the blank-choice gate drops each and keeps the span next to it.
// Sentences and names are invented.
import { describe, expect, it } from "vitest";
import { givenAway, isChapterSubject, pairMember, phraseUses, sameStem, subjectHeadOnly, vagueQuantity } from "@/lib/cards/spans/weak-blank";
import { blankChoice } from "@/lib/cards/gates/blank-choice";
import { SPAN_FEATURES, spanFeatures } from "@/lib/cards/spans/features";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

const at = (text: string, span: string) => {
  const i = text.indexOf(span);
  if (i < 0) throw new Error(`"${span}" not in "${text}"`);
  return [text, i, i + span.length] as const;
};
type Kind = Parameters<typeof cand>[0]["answerKind"];
const gate = (text: string, span: string, answerKind: Kind, sentence = 0) => {
  const a = analyse(text);
  const s = a.sentences[sentence];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return blankChoice(cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence, answer: { start, end: start + span.length }, answerKind }), a);
};

describe("given away by the rest of the sentence", () => {
  it("knows two forms of one word and tells a different word apart", () => {
    expect(sameStem("ruskin", "ruskinism")).toBe(true);
    expect(sameStem("pleasing", "displeasing")).toBe(true);
    expect(sameStem("vancean", "vanceans")).toBe(true);
    expect(sameStem("national", "international")).toBe(false);
    expect(sameStem("harbour", "harvest")).toBe(false);
  });

  it("flags a blank whose every word recurs, not one the sentence does not repeat", () => {
    expect(givenAway(...at("Ruskin wrote the pamphlet, and Ruskinism spread through the guilds.", "Ruskin"))).toBe(true);
    expect(givenAway(...at("Both Ardel and Brill praised the lamp, but Brill paid for it.", "Brill"))).toBe(true);
    expect(givenAway(...at("The pleasing and displeasing of the guild decided its rules.", "displeasing"))).toBe(true);
    expect(givenAway(...at("Kant wrote the critique, and Kantians still read it.", "Kant"))).toBe(true);
    expect(givenAway(...at("Part of the guild formed a party of its own.", "Part"))).toBe(false);
    expect(givenAway(...at("Ruskin wrote the pamphlet that the guilds adopted in 1890.", "Ruskin"))).toBe(false);
    expect(givenAway(...at("The national guild gave way to an international league.", "national guild"))).toBe(false);
  });

  it("is a reason for the blank-choice gate", () => {
    expect(gate("Ruskin wrote the pamphlet, and Ruskinism spread through the guilds.", "Ruskin", "person")).toMatch(/given away/);
    expect(gate("Ruskin wrote the pamphlet that the guilds adopted in 1890.", "Ruskin", "person") ?? "").not.toMatch(/given away/);
  });
});

describe("one name of a pair", () => {
  it("flags a capitalised blank joined by 'and', or by 'or' after 'either'", () => {
    expect(pairMember(...at("Both Ardel and Brill held that the lamp was real.", "Brill"))).toBe(true);
    expect(pairMember(...at("The customs of Attica and Boeotia were alike in this.", "Attica"))).toBe(true);
    expect(pairMember(...at("The rule was borrowed either from Ardel or the Brill Code.", "Brill Code"))).toBe(true);
  });

  it("leaves a renaming 'or', a lone name and a lower-case pair alone", () => {
    expect(pairMember(...at("Beside them stood the Levellers or Diggers, who wanted common land.", "Diggers"))).toBe(false);
    expect(pairMember(...at("Ardel held that the lamp was real.", "Ardel"))).toBe(false);
    expect(pairMember(...at("The keepers and the pilots met at Lisk.", "pilots"))).toBe(false);
  });

  it("is a reason for the blank-choice gate", () => {
    expect(gate("The customs of Attica and Boeotia were alike in this respect.", "Boeotia", "place")).toMatch(/pair/);
  });
});

describe("a quantity or degree, not a term", () => {
  it("flags a phrase that opens on a word of quantity or degree", () => {
    for (const b of ["large share", "most keepers", "other birds", "greatest gains", "own advancement", "many branches of weaving", "kind of copper mesh", "rest of the crew"]) expect(vagueQuantity(b)).toBe(true);
  });

  it("leaves a named kind and a single word alone", () => {
    for (const b of ["tidal mill", "general custom", "prima facie case", "Most", "real property", "kind", "number of the herd"]) expect(vagueQuantity(b)).toBe(false);
  });

  it("is a reason for the blank-choice gate, for terms", () => {
    expect(gate("Wherever a guild rules, a large share of the town's habits comes from its interests.", "large share", "term")).toMatch(/quantity/);
  });
});

describe("the chapter's own subject phrase", () => {
  const chapter = [
    ...Array.from({ length: 9 }, (_, i) => `The tidal principle explains case number ${i + 2} of the harbour.`),
    "Critics doubt the tidal principle in every season.",
    "A salt marsh lies behind the harbour wall.",
  ].join(" ");

  it("counts a phrase by its rarest pair of words and calls it the subject past one sentence in ten", () => {
    const pairs = new Map([["tidal principle", 10], ["the tidal", 10], ["salt marsh", 1]]);
    expect(phraseUses(["the", "tidal", "principle"], pairs)).toBe(10);
    expect(phraseUses(["salt", "marsh"], pairs)).toBe(1);
    expect(phraseUses(["marsh"], pairs)).toBe(0);
    expect(isChapterSubject(10, 90)).toBe(true);
    expect(isChapterSubject(10, 120)).toBe(false);
    expect(isChapterSubject(5, 20)).toBe(false);
  });

  it("is a reason for the blank-choice gate; a phrase used once is not", () => {
    expect(gate(chapter, "tidal principle", "term", 9)).toMatch(/topic/);
    expect(gate(chapter, "salt marsh", "term", 10) ?? "").not.toMatch(/topic/);
  });
});

describe("span model features for the wrong blanks", () => {
  const feature = (text: string, span: string, name: (typeof SPAN_FEATURES)[number]) => {
    const a = analyse(text);
    const s = a.sentences[0];
    const i = s.text.indexOf(span);
    return spanFeatures(s, a, i, i + span.length, "term")[SPAN_FEATURES.indexOf(name)];
  };

  it("marks each class, and not the span beside it", () => {
    expect(feature("Ruskin wrote the pamphlet, and Ruskinism spread through the guilds.", "Ruskin", "given-away")).toBe(1);
    expect(feature("Ruskin wrote the pamphlet, and Ruskinism spread through the guilds.", "pamphlet", "given-away")).toBe(0);
    expect(feature("Wherever a guild rules, a large share of the town's habits comes from its interests.", "large share", "vague-quantity")).toBe(1);
    expect(feature("The guild kept the effects of the tariff of salt secret.", "effects of the tariff", "before-of")).toBe(1);
    expect(feature("Exaggerations of the keepers filled the log of 1890.", "Exaggerations", "subject-head-only")).toBe(1);
    expect(feature("Exaggerations filled the log of 1890.", "Exaggerations", "subject-head-only")).toBe(0);
  });
});

describe("only the head word of the subject", () => {
  it("flags one opening word followed by its of-, in- or 'as' phrase, not the whole subject", () => {
    expect(subjectHeadOnly(...at("Thrift in the guilds was far stronger than in the towns.", "Thrift"))).toBe(true);
    expect(subjectHeadOnly(...at("Thrift, as a rule, was rewarded by the guild.", "Thrift"))).toBe(true);
    expect(subjectHeadOnly(...at("Thrift was rewarded by the guild.", "Thrift"))).toBe(false);
    expect(subjectHeadOnly(...at("Thrift, the guild's rule, was rewarded.", "Thrift"))).toBe(false);
  });

  it("is a reason for the blank-choice gate for a common word, not for a name", () => {
    expect(gate("Thrift in the guilds was far stronger than in the towns.", "Thrift", "name")).toMatch(/head word/);
    expect(gate("Ardel in those years was the guild's treasurer. The guild trusted Ardel.", "Ardel", "person") ?? "").not.toMatch(/head word/);
  });
});
