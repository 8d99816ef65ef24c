// Rule families on short texts from different domains, including sentences that must give nothing.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { legacyCandidateCards as candidateCards, legacyGenerateCards as generateCards, validateCard, type GeneratedCard } from "@/lib/cards";

const cardsOf = (text: string) => candidateCards(cleanDocument(text).chapters[0]);
const qa = (text: string) => cardsOf(text).filter((c) => c.kind === "qa").map((c) => [c.front, c.back]);

describe("rule families", () => {
  it("asks about renamings with their date, resolving a month from the context", () => {
    expect(qa("The town grew quickly in 1911. In March the settlement of Fort Smith, a trading post on the river, was renamed Riverton."))
      .toContainEqual(["What was Fort Smith renamed, and when?", "Riverton, March 1911"]);
    const inferred = cardsOf("The town grew quickly in 1911. In March the settlement of Fort Smith, a trading post on the river, was renamed Riverton.")
      .find((c) => c.rule === "renaming")!;
    expect(inferred.flags).toContain("inferred-date");
  });

  it("asks who succeeded whom, and who was appointed", () => {
    expect(qa("In 1953 Dwight Eisenhower succeeded Harry Truman as President of the United States."))
      .toContainEqual(["Who succeeded Harry Truman as President of the United States in 1953?", "Dwight Eisenhower"]);
    expect(qa("Margaret Sanger was appointed Director of the Clinical Research Bureau in 1923.")[0]?.[1]).toBe("Margaret Sanger");
  });

  it("asks for definitions, names of things and acronyms", () => {
    expect(qa("Inflation is a general rise in the price level of an economy over a period of time.")).toContainEqual(["What is inflation?", "a general rise in the price level of an economy over a period of time"]);
    expect(qa("The central bank raised rates. The rate at which banks lend to each other overnight is called the interbank rate."))
      .toContainEqual(["What is the rate at which banks lend to each other overnight called?", "interbank rate"]);
    expect(qa("Deoxyribonucleic acid (DNA) carries genetic information in living things.")).toContainEqual(["What does DNA stand for?", "Deoxyribonucleic acid"]);
  });

  it("asks who made, found or wrote something, and when", () => {
    expect(qa("Penicillin was discovered in 1928 by Alexander Fleming.")).toContainEqual(["Who discovered penicillin, and when?", "Alexander Fleming, 1928"]);
    expect(qa("In 1869 Dmitri Mendeleev published the first periodic table of the elements.")).toContainEqual(["Who published the first periodic table of the elements in 1869?", "Dmitri Mendeleev"]);
  });

  it("blanks dates, quantities and names in cloze cards", () => {
    const cloze = cardsOf("The East India Company was granted a royal charter on 31 December 1600 and employed about 260,000 soldiers at its height.")
      .filter((c) => c.kind === "cloze").map((c) => c.back);
    expect(cloze).toEqual(expect.arrayContaining(["31 December 1600", "about 260,000 soldiers"]));
  });

  it("makes nothing from sentences without a fact", () => {
    expect(cardsOf("He went there. It was fine. They said so.")).toEqual([]);
    expect(qa("Among them was the largest one, which nobody liked.")).toEqual([]);
  });
});

describe("validateCard", () => {
  const chapter = cleanDocument("Paris is the capital of France and its largest city.").chapters[0];
  const base: GeneratedCard = { kind: "qa", front: "What is the capital of France?", back: "Paris", rule: "t", score: 1, flags: [],
    source: { chapter: 0, chapterTitle: "", page: null, sentence: 0, sentenceIds: [0], span: [0, 5] } };
  it.each([
    [{ front: "What is Paris, the capital of France?", back: "Paris" }, "answer-in-question"],
    [{ back: "Lyon" }, "unsupported"],
    [{ front: "What was Paris?" }, "ambiguous"],
    [{ back: "Paris (see p. 12)" }, "citation-residue"],
    [{ back: "<sup>1</sup>Paris" }, "markup-residue"],
  ])("flags %j as %s", (patch, flag) => {
    expect(validateCard({ ...base, ...patch }, chapter).flags).toContain(flag);
  });
  it("passes a good card", () => {
    expect(validateCard(base, chapter).flags).toEqual([]);
  });
});

describe("generateCards", () => {
  it("caps cards per sentence and spreads them across a chapter", () => {
    const text = Array.from({ length: 30 }, (_, i) => `In ${1800 + i} the town of Alpha${i} was renamed Beta${i}.`).join(" ");
    const cards = generateCards(cleanDocument(text).chapters[0], { max: 10 });
    expect(cards).toHaveLength(10);
    const sentences = cards.map((c) => c.source.sentence);
    expect(Math.max(...sentences) - Math.min(...sentences)).toBeGreaterThan(15);
    const perSentence = new Map<number, number>();
    for (const s of sentences) perSentence.set(s, (perSentence.get(s) ?? 0) + 1);
    expect(Math.max(...perSentence.values())).toBeLessThanOrEqual(3);
  });
});
