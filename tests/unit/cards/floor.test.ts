// The publishability floor (lib/cards/floor): its card-text signals on invented cards, the rule that
// never empties a chapter, and the probability the pipeline gives every shown card.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CARD_BUILD21 } from "@/lib/cards/candidates/build-switch";
import { applyFloor, EXTRA_FEATURES, extraFeatures, FLOOR_FEATURE_NAMES, plainFront, rejectProbability } from "@/lib/cards/floor";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { generateCards } from "@/lib/cards/pipeline";
import { cleanDocument } from "@/lib/chapters";
import { analyse, cand } from "./pipeline/helpers";

// The invented chapter's high-reject card is a blank that runs from a noun through a name into its
// verb ("the {{river Marl floods}} every spring"), which session 21's construction rules refuse
// (lib/cards/candidates/build-switch); the floor is tested on the cards it was written for.
// The value found is restored after (fixgen21: not forced on, so a run with LECTERN_CARD_BUILD21=0
// keeps it off for what follows).
const found = CARD_BUILD21.on;
beforeAll(() => {
  CARD_BUILD21.on = false;
});
afterAll(() => {
  CARD_BUILD21.on = found;
});

const a = analyse("The river Marl floods every spring. It carries silt to the plain. The farmers of the valley built three dams in 1820.");
const f = (over: Parameters<typeof cand>[0], p = 0.5) => Object.fromEntries(EXTRA_FEATURES.map((n, i) => [n, extraFeatures(cand(over), a, p)[i]]));

describe("floor features", () => {
  it("reads clean-up residue off the card's text", () => {
    expect(f({ front: "The river floods every 2spring.", kind: "cloze" })["digit-glued"]).toBe(1);
    expect(f({ front: "In the 19th century and the 1920s the river flooded." })["digit-glued"]).toBe(0);
    expect(f({ front: "What did theFarmers build?" })["capital-inside-word"]).toBe(1);
    expect(f({ front: "What did the Farmers build?" })["capital-inside-word"]).toBe(0);
    expect(f({ front: "What did the farmers | build?" })["stray-symbol"]).toBe(1);
    expect(f({ front: "The farmers built {{c1::three dams}}.", kind: "cloze", back: "three dams" })["stray-symbol"]).toBe(0);
  });

  it("sees a pronoun, a connective or a lower-case letter left at the front, and the author's voice", () => {
    expect(f({ front: "It carries {{c1::silt}} to the plain.", kind: "cloze", back: "silt" })["front-pronoun"]).toBe(1);
    expect(f({ front: "But the farmers built {{c1::dams}}.", kind: "cloze", back: "dams" })["front-connective"]).toBe(1);
    expect(f({ front: "{{c1::Butter}} was made on the farms.", kind: "cloze", back: "Butter" })["front-connective"]).toBe(0);
    expect(f({ front: "and the farmers built dams." })["lowercase-start"]).toBe(1);
    expect(f({ front: "As we have seen, the river floods in {{c1::spring}}.", kind: "cloze", back: "spring" })["first-person"]).toBe(1);
    expect(f({ front: "What did the farmers build?" })["first-person"]).toBe(0);
  });

  it("flags a question word that asks for another kind of answer", () => {
    expect(f({ front: "Who built three dams?", back: "1820", answerKind: "date" })["wh-mismatch"]).toBe(1);
    expect(f({ front: "Who built three dams?", back: "The farmers of the valley", answerKind: "group" })["wh-mismatch"]).toBe(0);
    expect(f({ front: "When did the farmers build three dams?", back: "the valley", answerKind: "place" })["wh-mismatch"]).toBe(1);
    expect(f({ front: "When did the farmers build three dams?", back: "1820", answerKind: "date" })["wh-mismatch"]).toBe(0);
  });

  it("measures how much of its sentence a card shows, and passes the ranker's score through", () => {
    const s = a.chapter.sentences.findIndex((x) => x.text.includes("three dams"));
    const whole = f({ kind: "cloze", sentence: s, front: a.chapter.sentences[s].text.replace("three dams", "{{c1::three dams}}"), back: "three dams" }, 0.7);
    const part = f({ sentence: s, front: "What did they build?", back: "dams" });
    expect(whole["shown-share"]).toBe(1);
    expect(part["shown-share"]).toBeLessThan(0.6);
    expect(whole["ranker-score"]).toBe(0.7);
  });

  it("sees a capitalised word spliced between lower-case ones, a cut-off front and a number left at the front", () => {
    expect(f({ front: "The farmers of Margin valley built dams." })["capital-mid-sentence"]).toBe(1);
    expect(f({ front: "The farmers of the valley built dams." })["capital-mid-sentence"]).toBe(0);
    expect(f({ front: "The farmers built {{c1::dams}} and the river flowed through the city of", kind: "cloze", back: "dams" })["unterminated"]).toBe(1);
    expect(f({ front: "The farmers said, \"We built {{c1::dams}}.\"", kind: "cloze", back: "dams" })["unterminated"]).toBe(0);
    expect(f({ front: "What did the farmers build?" })["unterminated"]).toBe(0);
    expect(f({ front: "27 The farmers built {{c1::dams}}.", kind: "cloze", back: "dams" })["number-start"]).toBe(1);
    expect(f({ front: "The farmers built {{c1::27}} dams.", kind: "cloze", back: "27" })["number-start"]).toBe(0);
  });

  it("takes the cloze marks out of a front", () => {
    expect(plainFront("The {{c1::river}} floods in {{c2::spring::season}}.")).toBe("The river floods in spring.");
  });
});

describe("applyFloor", () => {
  const cards = [{ id: 1, p: 0.8 }, { id: 2, p: 0.3 }, { id: 3, p: 0.6 }];
  it("drops the cards at or above the threshold, in order", () => {
    expect(applyFloor(cards, (c) => c.p, 0.6).map((c) => c.id)).toEqual([2]);
    expect(applyFloor(cards, (c) => c.p, 0.9).map((c) => c.id)).toEqual([1, 2, 3]);
  });
  it("never empties a chapter that has a card below 0.5, and may empty one that has none", () => {
    expect(applyFloor(cards, (c) => c.p, 0.2).map((c) => c.id)).toEqual([2]);
    expect(applyFloor([{ id: 1, p: 0.7 }, { id: 2, p: 0.55 }], (c) => c.p, 0.5)).toEqual([]);
  });
});

describe("floor in the pipeline", () => {
  const chapter = cleanDocument(`# Chapter 1. Rivers\n\nThe river Marl floods every spring and carries silt to the plain. The farmers of the valley built three dams in 1820 to hold the water. The dams were designed by the engineer Ada Brell, who had studied in Leiden. Silt makes the plain fertile, so wheat is grown there.\n`, { filename: "t.md" }).chapters[0];
  it("gives every shown card a reject probability", () => {
    const shown = generateCards(chapter, { plainFloor: false, deepFloor: false });
    expect(shown.length).toBeGreaterThan(0);
    for (const c of shown) expect(c.reject).toBeGreaterThanOrEqual(0);
  });
  it("scores with one weight per floor feature name: the ranker's, then the extras", () => {
    expect(FLOOR_FEATURE_NAMES.slice(0, FEATURE_NAMES.length)).toEqual([...FEATURE_NAMES]);
    const v = FLOOR_FEATURE_NAMES.map(() => 0);
    expect(rejectProbability(v, { source: "", features: [], threshold: 1, weights: { bias: 2 } })).toBe(0.5);
    v[0] = 1;
    expect(rejectProbability(v, { source: "", features: [], threshold: 1, weights: { bias: 2 } })).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });
});
