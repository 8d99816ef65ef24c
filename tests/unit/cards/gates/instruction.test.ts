// The instruction gate (lib/cards/gates/instruction.ts) on INVENTED text: a study question or an
// exercise in the imperative gives no card wherever it stands (no head over it for the clean-up to
// find), while statements that open on the same words ("State laws …", "Trace elements …") and
// sentences that merely contain a verb of study keep theirs.
import { describe, expect, it } from "vitest";
import { analyseChapter } from "@/lib/cards/analyse";
import { generateCards } from "@/lib/cards/pipeline";
import { instructionToReader } from "@/lib/cards/gates/instruction";
import { cleanDocument } from "@/lib/chapters";

const chapterOf = (sentences: string[]) => cleanDocument(`# Chapter 3. The canals\n\n${sentences.join(" ")}\n`, { filename: "test.md" }).chapters[0];
const read = (sentences: string[]) => {
  const a = analyseChapter(chapterOf(sentences));
  return new Map(a.sentences.map((s) => [s.sentence.text, instructionToReader(s)]));
};

const INSTRUCTIONS = [
  "Explain the rise of the canal companies.",
  "Trace the growth of the Orlen Company.",
  "Show how the locks raised the boats.",
  "State the causes of the strike of 1792.",
  "Name three of the early cuts.",
  "Summarize the history of the Tarrow cut.",
  "Compare Fenby with Tarrow.",
  "Give reasons for the fall in freights.",
  "Describe briefly the pound lock.",
  "Account for the rise in tolls.",
  "Find the weight of a barge of coal.",
];
const STATEMENTS = [
  "State laws differ from one county to the next.",
  "Trace elements are found in the canal water.",
  "Name changes were common among the companies.",
  "Show trials were held at the assizes.",
  "Explained in this way, the rule is simple.",
  "The clerk would explain the rule to every new boatman.",
  "Engineers learned to trace the line of a canal along the contours.",
  "Give me the water, the millers said.",
];

describe("instructions to the reader", () => {
  it("reads an imperative study question or exercise as one", () => {
    const verdicts = read(INSTRUCTIONS);
    for (const s of INSTRUCTIONS) expect([s, verdicts.get(s)]).toEqual([s, true]);
  });

  it("does not read a statement that opens on a noun, a participle or a subject", () => {
    const verdicts = read(STATEMENTS);
    for (const s of STATEMENTS) expect([s, verdicts.get(s)]).toEqual([s, false]);
  });
});

describe("the gate in the generator", () => {
  const facts = [
    "The Tarrow cut was dug in 1761 by the millers of Fenby.",
    "The Orlen Company owned ninety miles of water by 1800.",
    "A pound lock holds the water between two gates.",
  ];
  const cards = generateCards(chapterOf([...facts, ...INSTRUCTIONS.slice(0, 6)]), { max: 40 });

  it("makes no card of an instruction", () => {
    const shown = cards.map((c) => c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"));
    expect(shown.some((f) => /^(?:Explain|Trace|Show how|State the|Name three|Summarize)\b/.test(f))).toBe(false);
  });

  it("keeps the cards of the facts beside it", () => {
    const sources = new Set(cards.map((c) => c.source.sentence));
    expect(sources.size).toBeGreaterThanOrEqual(2);
  });
});
