// The floor's reasons (lib/cards/floor/reasons.ts, flag.ts): the features that raise a card's
// p(reject) most against its chapter's other cards, named in plain words. Invented vectors.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CARD_BUILD21 } from "@/lib/cards/candidates/build-switch";
import { FLOOR_FEATURE_NAMES, FLOOR_PHRASES, FLOOR_WEIGHTS, reasonPhrase, rejectReasonLine, rejectReasons, type FloorWeights } from "@/lib/cards/floor";
import { generateCards } from "@/lib/cards/pipeline";
import { cleanDocument } from "@/lib/chapters";

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

const at = (f: string) => FLOOR_FEATURE_NAMES.indexOf(f);
const weights: FloorWeights = { source: "test", features: [], threshold: 0.4, weights: { bias: 1, centrality: -1.2, "first-person": 0.6, "type:who": -0.3, "answer:date": 0.1 } };
const vec = (set: Record<string, number>) => FLOOR_FEATURE_NAMES.map((f) => set[f] ?? 0);

describe("rejectReasons", () => {
  it("names what raises a card's risk against the chapter's mean: a missing good sign as well as a bad one", () => {
    const cards = [
      vec({ bias: 1, centrality: 0.9 }),
      vec({ bias: 1, centrality: 0.8 }),
      vec({ bias: 1, centrality: 0.1, "first-person": 1 }), // off the thread and in the author's voice
    ];
    const r = rejectReasons(cards, weights);
    expect(r[2]).toEqual(["low:centrality", "high:first-person"]);
    expect(r[0]).toEqual([]); // better than the chapter on every named feature
  });

  it("leaves out the bias, unnamed features, absent question types and contributions too small to matter", () => {
    const cards = [vec({ bias: 1, "type:who": 1, "answer:date": 0 }), vec({ bias: 1, "type:who": 0, "answer:date": 1 })];
    const r = rejectReasons(cards, weights);
    expect(r[1]).toEqual([]); // "not a who question" (0.15) has no phrase; a date's 0.05 is below the floor of 0.1
    expect(rejectReasons([], weights)).toEqual([]);
  });

  it("compares a question with questions and a cloze with clozes: a cloze's front is its whole sentence", () => {
    const w: FloorWeights = { ...weights, weights: { ...weights.weights, "front-length": -1 } };
    const cards = [
      vec({ "type:cloze": 1, "front-length": 0.9 }), vec({ "type:cloze": 1, "front-length": 0.5 }),
      vec({ "front-length": 0.3 }), vec({ "front-length": 0.1 }),
    ];
    const r = rejectReasons(cards, w);
    expect(r[2]).toEqual([]); // shorter than every cloze, but the longer of the questions
    expect(r[3]).toEqual(["low:front-length"]);
    expect(r[1]).toEqual(["low:front-length"]);
  });

  it("names the answer's words only on a short answer, compared with other short answers", () => {
    const w: FloorWeights = { ...weights, weights: { ...weights.weights, "answer-rarity": -1 } };
    const cards = [vec({ "answer-rarity": 0.9 }), vec({ "answer-rarity": 0.5 }), vec({ "answer-rarity": 0 })]; // the last: a clause
    const r = rejectReasons(cards, w);
    expect(r[1]).toEqual(["low:answer-rarity"]);
    expect(r[2]).toEqual([]); // not "an everyday word": it has none
  });

  it("does not say a cloze gives away its sentence's names: every cloze shows its whole sentence", () => {
    const w: FloorWeights = { ...weights, weights: { ...weights.weights, "entity-coverage": 1 } };
    const r = rejectReasons([vec({ "type:cloze": 1, "entity-coverage": 1 }), vec({ "type:cloze": 1 }), vec({ "entity-coverage": 1 }), vec({})], w);
    expect(r[0]).toEqual([]);
    expect(r[2]).toEqual(["high:entity-coverage"]);
  });

  it("gives at most `top` reasons, largest first", () => {
    const w: FloorWeights = { ...weights, weights: { ...weights.weights, "sentence-dates": 0.5, compressed: 0.3 } };
    const cards = [vec({}), vec({ "first-person": 1, "sentence-dates": 1, compressed: 1 })];
    expect(rejectReasons(cards, w, 2)[1]).toEqual(["high:first-person", "high:sentence-dates"]);
  });
});

describe("reason phrases", () => {
  it("has a phrase only for features the floor can use, in the direction its weight points", () => {
    for (const [f, p] of Object.entries(FLOOR_PHRASES)) {
      expect(FLOOR_FEATURE_NAMES, f).toContain(f);
      const w = FLOOR_WEIGHTS.weights[f] ?? 0;
      if (w > 0) expect(p.high, f).toBeTruthy();
      // A one-hot feature (question type, answer kind) is phrased only for being present: when its
      // weight is negative, being present lowers p(reject) and is never a reason, so it needs no phrase.
      if (w < 0 && !f.includes(":")) expect(p.low, f).toBeTruthy();
    }
  });

  it("writes one line, capitalised, and says so when no single reason stands out", () => {
    expect(rejectReasonLine(["low:back-length", "high:answer:number"])).toBe("A very short answer; the answer is a number");
    expect(rejectReasonLine([])).toBe("Several small signals together");
    expect(rejectReasonLine(["high:no-such-feature", "sideways:centrality"])).toBe("Several small signals together");
    expect(reasonPhrase("low:centrality")).toBe("the sentence is off the chapter's main thread");
  });
});

describe("generated cards", () => {
  it("carry their reasons beside p(reject), each a phrased key", () => {
    const doc = cleanDocument("# The Marl\n\nThe river Marl floods every spring and carries silt to the plain. The farmers of the valley built three dams in 1820 to hold the water. The dams were designed by the engineer Osk Varden, who had trained in the northern mills. We think the dams saved the valley's harvests for forty years.\n");
    const cards = generateCards(doc.chapters[0]);
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) {
      expect(c.reject).toBeTypeOf("number");
      expect(Array.isArray(c.rejectWhy)).toBe(true);
      for (const k of c.rejectWhy!) expect(reasonPhrase(k), k).not.toBeNull();
    }
  });
});
