import { describe, expect, it } from "vitest";
import { tenseOf } from "@/lib/cards/analyse/tense";
import { filterWorth, fitWorth, WORTH_FEATURES, worthFeatures, worthScore, type WorthWeights } from "@/lib/cards/rank/worth";
import type { Token } from "@/lib/cards/analyse/types";
import { analyse } from "./helpers";

const feature = (text: string, name: (typeof WORTH_FEATURES)[number], at = 0) => {
  const a = analyse(text);
  return worthFeatures(a.sentences[at], a)[WORTH_FEATURES.indexOf(name)];
};
const tok = (text: string, lemma: string, pos = "VERB"): Token => ({ text, lower: text.toLowerCase(), lemma, pos, start: 0, end: text.length, stop: false });

describe("tenseOf", () => {
  it("reads present and past from the auxiliary or the verb's form against its lemma", () => {
    expect(tenseOf(tok("is", "be", "AUX"))).toBe("present");
    expect(tenseOf(tok("were", "be", "AUX"))).toBe("past");
    expect(tenseOf(tok("carries", "carry"))).toBe("present");
    expect(tenseOf(tok("builds", "build"))).toBe("present");
    expect(tenseOf(tok("built", "build"))).toBe("past");
    expect(tenseOf(tok("could", "could", "AUX"))).toBe("modal");
    expect(tenseOf(tok("running", "run"))).toBe("other");
    expect(tenseOf(undefined)).toBe("other");
  });
});

describe("worthFeatures (the source sentence only)", () => {
  it("marks a present-tense general statement as present and copular, a past narrative as past", () => {
    const general = "A tidal mill is a water mill driven by the rise and fall of the sea.";
    expect(feature(general, "present-verb")).toBe(1);
    expect(feature(general, "copula-present")).toBe(1);
    expect(feature(general, "past-verb")).toBe(0);
    const story = "The miller walked to the harbour and then opened the sluice gates before dawn.";
    expect(feature(story, "past-verb")).toBe(1);
    expect(feature(story, "copula-present")).toBe(0);
    expect(feature(story, "narrative-marker")).toBe(1);
  });

  it("sees the first person, a short sentence, a date and quotation marks", () => {
    expect(feature("We shall return to the question of mills in a later lecture about the coast.", "first-person")).toBe(1);
    expect(feature("A tidal mill is a water mill driven by the rise and fall of the sea.", "first-person")).toBe(0);
    expect(feature("The sluice opened slowly.", "short")).toBe(1);
    expect(feature("The first tidal mill on the Marrow estuary was built in 1135 by the abbey of Quillport.", "has-date")).toBe(1);
    expect(feature("The keeper wrote that \"the tide waits for no miller\" in his ledger of the year.", "quotation")).toBe(1);
  });

  it("marks a sentence with a term the chapter defines", () => {
    const text = "A tidal mill is a water mill driven by the rise and fall of the sea. Every tidal mill needs a pond behind a dam.";
    expect(feature(text, "defines-term", 1)).toBe(1);
    expect(feature("The keeper rowed across the pond every morning of the long winter.", "defines-term")).toBe(0);
  });

  it("gives one value per feature, bias first, all finite", () => {
    const x = worthFeatures(analyse("A tidal mill is a water mill.").sentences[0], analyse("A tidal mill is a water mill."));
    expect(x).toHaveLength(WORTH_FEATURES.length);
    expect(x[0]).toBe(1);
    expect(x.every(Number.isFinite)).toBe(true);
  });
});

describe("fitWorth and worthScore", () => {
  it("learns that a feature seen with accepts raises the score", () => {
    const on = WORTH_FEATURES.map((_, i) => (i === 0 || WORTH_FEATURES[i] === "copula-present" ? 1 : 0));
    const off = WORTH_FEATURES.map((_, i) => (i === 0 ? 1 : 0));
    const rows = [...Array(20)].flatMap(() => [{ x: on, y: 0.8, weight: 1 }, { x: off, y: 0.1, weight: 1 }]);
    const w = fitWorth(rows, 1, "test");
    expect(w.weights["copula-present"]).toBeGreaterThan(1);
    expect(worthScore(on, w)).toBeGreaterThan(worthScore(off, w));
  });

  it("refuses to fit without rows", () => {
    expect(() => fitWorth([], 1, "test")).toThrow(/at least one/);
  });
});

describe("filterWorth", () => {
  const pool = [0, 0, 1, 2, 3].map((sentence, i) => ({ c: { sentence }, i }));
  const worth = (s: number) => [0.9, 0.2, 0.6, 0.1][s];

  it("drops the candidates of sentences below the cut", () => {
    expect(filterWorth(pool, worth, { p: 0.5, min: 0 }).map((r) => r.i)).toEqual([0, 1, 3]);
  });

  it("keeps the most worthwhile `min` sentences when too few reach the cut", () => {
    expect(filterWorth(pool, worth, { p: 0.95, min: 3 }).map((r) => r.c.sentence)).toEqual([0, 0, 1, 2]);
  });

  it("returns the pool unchanged without a cut", () => {
    expect(filterWorth(pool, worth)).toBe(pool);
    expect(filterWorth(pool, worth, { p: 0, min: 5 })).toBe(pool);
  });

  it("scores with missing weights as zero", () => {
    const w: WorthWeights = { source: "test", weights: {} };
    expect(worthScore(WORTH_FEATURES.map(() => 1), w)).toBe(0.5);
  });
});
