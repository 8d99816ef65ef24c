// The fitted context-dependence gate (lib/cards/gates/context-model.ts) and its fit
// (scripts/lib/context-fit.ts): invented sentences, invented rows and pools.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { CONTEXT_FEATURES, contextFeatures } from "@/lib/cards/gates/context-features";
import { CONTEXT_WEIGHTS, contextGate, parseContextWeights, scoreContext, type ContextWeights } from "@/lib/cards/gates/context-model";
import type { Candidate } from "@/lib/cards/candidates";
import { chooseThreshold, fitContext, gatedTally, removedCards, type ContextRow, type Pool } from "../../../../scripts/lib/context-fit";
import { cand, clozeAt } from "../pipeline/helpers";

const at = (f: (typeof CONTEXT_FEATURES)[number]) => CONTEXT_FEATURES.indexOf(f);

const cloze = (text: string, i: number, span: string) => clozeAt(text, i, span);

const CHAPTER = "The glassworks of Varden made green bottles for the river trade. The furnace burned oak from the northern hills. The consequence was also a shortage of this fuel in winter.";
const SELF = "The glassworks of Varden made green bottles for the river trade. Glassmakers in Varden used sand from the coast of Brell to make clear windows.";

describe("context features", () => {
  it("reads a back-pointing description and a demonstrative on a card", () => {
    const { a, c } = cloze(CHAPTER, 2, "shortage");
    const x = contextFeatures(c, a);
    expect(x[at("shell-noun")]).toBe(1);
    expect(x[at("demonstrative")]).toBeGreaterThan(0);
    expect(x[at("definite-first")]).toBe(1);
  });

  it("reads none of them on a self-contained card with names on it", () => {
    const { a, c } = cloze(SELF, 1, "sand");
    const x = contextFeatures(c, a);
    for (const f of ["shell-noun", "demonstrative", "also-too-again", "definite-first", "pronoun-no-noun-before", "connective-shown"] as const) expect(x[at(f)]).toBe(0);
    expect(x[at("names")]).toBeGreaterThan(0);
  });

  it("counts a pronoun with no name before it on the card, not one after a name", () => {
    const text = "Marta Quell built the first kiln. At the market the traders praised her bottles. Marta Quell sold her bottles at the market.";
    const bare = cloze(text, 1, "market"), named = cloze(text, 2, "market");
    expect(contextFeatures(bare.c, bare.a)[at("pronoun-no-noun-before")]).toBeGreaterThan(0);
    expect(contextFeatures(named.c, named.a)[at("pronoun-no-noun-before")]).toBe(0);
  });
});

describe("the context gate", () => {
  // Invented weights: pointers push the score up, everything else is neutral.
  const weights: ContextWeights = { source: "test", enabled: true, threshold: 0.5, weights: { bias: -2, "shell-noun": 1.5, demonstrative: 1.5, "also-too-again": 1.5 } };

  it("drops an invented card with a back-pointing description and keeps a self-contained one", () => {
    const back = cloze(CHAPTER, 2, "shortage"), self = cloze(SELF, 1, "sand");
    expect(contextGate(weights)(back.c, back.a)).toMatch(/needs the chapter/);
    expect(contextGate(weights)(self.c, self.a)).toBeNull();
  });

  it("drops nothing when the weights file says the gate is off", () => {
    const back = cloze(CHAPTER, 2, "shortage");
    expect(contextGate({ ...weights, enabled: false })(back.c, back.a)).toBeNull();
  });
});

describe("the weights file", () => {
  it("round-trips: the shipped file parses, and writing and re-reading it changes nothing", () => {
    const file = path.resolve(__dirname, "../../../../lib/cards/gates/context-weights.json");
    const parsed = parseContextWeights(JSON.parse(readFileSync(file, "utf8")));
    expect(parsed).toEqual(CONTEXT_WEIGHTS);
    expect(parseContextWeights(JSON.parse(JSON.stringify(parsed, null, 2)))).toEqual(parsed);
    expect(Object.keys(parsed.weights).sort()).toEqual([...CONTEXT_FEATURES].sort());
  });

  it("rejects a file with an unknown feature or a threshold out of range", () => {
    expect(() => parseContextWeights({ source: "x", enabled: true, threshold: 0.5, weights: { nonsense: 1 } })).toThrow(/unknown features: nonsense/);
    expect(() => parseContextWeights({ source: "x", enabled: true, threshold: 2, weights: {} })).toThrow(/threshold/);
  });
});

// Invented rows: feature "demonstrative" marks most not-standalone rejects.
const D = at("demonstrative");
const vec = (d: number, len = 0.5) => CONTEXT_FEATURES.map((f, i) => (f === "bias" ? 1 : i === D ? d : f === "length" ? len : 0));
const rows: ContextRow[] = Array.from({ length: 40 }, (_, i) => ({
  book: `B${i % 4}`, x: vec(i % 3 === 0 ? 1 : 0, (i % 7) / 7), strict: true,
  verdict: i % 3 === 0 && i % 2 === 0 ? "reject" : i % 5 === 0 ? "edit" : "accept",
  reason: i % 3 === 0 && i % 2 === 0 ? "not-standalone" : null,
}));

describe("fitContext", () => {
  it("learns a positive weight for the feature that marks the rejects", () => {
    expect(fitContext(rows, "not-standalone", 1).demonstrative).toBeGreaterThan(1);
  });

  it("is deterministic: refitting the same rows gives the same weights", () => {
    expect(fitContext([...rows], "not-standalone", 5)).toEqual(fitContext(rows, "not-standalone", 5));
  });
});

describe("chooseThreshold / gatedTally", () => {
  // One chapter of six sentences, one candidate each; the two pointing candidates are rejects.
  const FRONTS = ["Which metal melts at the lowest heat?", "Who founded the salt guild?", "What colour does copper burn?", "Where were the first looms kept?", "Why did the harbour silt up?", "How is tallow rendered?"];
  const ranked = FRONTS.map((front, i) => ({ c: { ...cand({ sentence: i, front, back: `answer ${"xyzuvw"[i]}`, type: (["what", "who", "when", "where", "cause", "mechanism"] as const)[i] }) } as Candidate, x: [], p: 1 - i / 10, section: 0 }));
  const pool: Pool = { book: "B", fixture: "f", ranked, cx: ranked.map((_, i) => vec(i >= 4 ? 1 : 0)), verdicts: ranked.map((_, i) => ({ label: i >= 4 ? "reject" : "accept", reason: i >= 4 ? "not-standalone" : null })) };
  const ps = pool.cx.map((x) => scoreContext(x, { weights: { bias: -2, demonstrative: 3 } }));

  it("drops the pointing cards at a threshold between the scores and counts what it removed", () => {
    const { before, after } = gatedTally(pool, ps, 0.5, {});
    expect(before).toMatchObject({ shown: 6, accept: 4, reject: 2 });
    expect(after).toMatchObject({ shown: 4, accept: 4, reject: 0, removed: { reject: 2, rejectNs: 2, accept: 0 } });
  });

  it("lists the cards it takes out with their verdicts", () => {
    expect(removedCards(pool, ps, 0.5, {}).map((r) => [r.c.sentence, r.verdict?.label])).toEqual([[4, "reject"], [5, "reject"]]);
    expect(removedCards(pool, ps, 1.01, {})).toEqual([]);
  });

  it("chooses a threshold that raises acceptance, and leaves the gate off when nothing does", () => {
    expect(chooseThreshold([{ pool, ps }], {})).toBeLessThanOrEqual(0.7);
    const flat = pool.cx.map(() => 0.4);
    expect(chooseThreshold([{ pool, ps: flat }], {})).toBe(1.01);
  });
});
