// The fitted standalone/worth model (lib/cards/standalone-model): its features and the shipped
// model's decisions on INVENTED sentences, its switches, the weights file, and its fit helpers
// (scripts/lib/standalone-fit.ts) on invented chapters.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { STANDALONE_FEATURES, STANDALONE_WEIGHTS, admitsByModel, parseStandaloneWeights, standaloneFeatures, standaloneModelGate, standaloneProbability, type StandaloneWeights } from "@/lib/cards/standalone-model";
import type { Candidate } from "@/lib/cards/candidates";
import { chapterTally, fine, fitStandalone, gain, type Row } from "../../../../scripts/lib/standalone-fit";
import type { SChapter } from "../../../../scripts/lib/standalone-data";
import { cand, clozeAt } from "../pipeline/helpers";

const at = (f: (typeof STANDALONE_FEATURES)[number]) => STANDALONE_FEATURES.indexOf(f);

// Invented chapters: a definition said as a definition, a dated fact, and three that lean on what came before.
const DEFINITION = ["The glassworks of Varden made green bottles. A furnace is called a kiln when it is used to fire pottery.", 1, "kiln"] as const;
const GENERAL = ["Glass is a hard, brittle substance made by melting sand with soda and lime. Glassmakers in Varden used sand from the coast of Brell.", 0, "melting sand with soda and lime"] as const;
const POINTER = ["The furnace burned oak from the northern hills. This was the reason why they left it there.", 1, "reason"] as const;
const NARRATOR = ["I walked along the shore. We found the boats drawn up on the sand, and I counted ten of them.", 1, "ten"] as const;
const STORY = ["Marta Quell reached the river at dawn. He also burned the granaries there the next morning.", 1, "granaries"] as const;
const p = ([text, i, span]: readonly [string, number, string]) => { const { a, c } = clozeAt(text, i, span); return standaloneProbability(c, a); };

describe("standalone features", () => {
  it("reads a defined term, a number and the first person where the sentence has them, and not elsewhere", () => {
    const def = clozeAt(DEFINITION[0], 1, "kiln"), nar = clozeAt(NARRATOR[0], 1, "ten");
    const x = standaloneFeatures(def.c, def.a), y = standaloneFeatures(nar.c, nar.a);
    expect([x[at("defined-term")], x[at("first-person")], x[at("number")]]).toEqual([1, 0, 0]);
    expect([y[at("defined-term")], y[at("first-person")], y[at("number")]]).toEqual([0, 1, 1]);
    expect(x).toHaveLength(STANDALONE_FEATURES.length);
  });

  it("reads a question and an imperative", () => {
    const q = clozeAt("The furnace burned oak. Why did the harbour of Varden silt up?", 1, "harbour of Varden");
    const imp = clozeAt("The furnace burned oak. Take a clean glass and fill it with cold water.", 1, "cold water");
    expect(standaloneFeatures(q.c, q.a)[at("question")]).toBe(1);
    expect(standaloneFeatures(imp.c, imp.a)[at("imperative")]).toBe(1);
    expect(standaloneFeatures(q.c, q.a)[at("imperative")]).toBe(0);
  });
});

describe("the shipped model on invented sentences", () => {
  it("rates self-contained statements above cards that point back, speak in the first person or tell a story", () => {
    for (const good of [DEFINITION, GENERAL]) for (const bad of [POINTER, NARRATOR, STORY]) expect(p(good)).toBeGreaterThan(p(bad));
  });

  it("scores the pointing card far below the definition, and at its shipped drop threshold keeps the definition (were the drop on)", () => {
    // Session 18's refit chose a drop threshold of 0 (no cut helped on the left-out sets), so the drop
    // would drop nothing; what must hold whatever the threshold is the model's order of the two cards.
    const on: StandaloneWeights = { ...STANDALONE_WEIGHTS, drop: { ...STANDALONE_WEIGHTS.drop, enabled: true } };
    const pointer = clozeAt(POINTER[0], 1, "reason"), def = clozeAt(DEFINITION[0], 1, "kiln");
    expect(standaloneProbability(pointer.c, pointer.a, STANDALONE_WEIGHTS)).toBeLessThan(standaloneProbability(def.c, def.a, STANDALONE_WEIGHTS) - 0.3);
    expect(standaloneModelGate(on)(def.c, def.a)).toBeNull();
    // With a threshold between the two, the gate drops the pointer and says why.
    const cut: StandaloneWeights = { ...on, drop: { ...on.drop, threshold: 0.3 } };
    expect(standaloneModelGate(cut)(pointer.c, pointer.a)).toMatch(/does not stand alone/);
    expect(standaloneModelGate(cut)(def.c, def.a)).toBeNull();
  });

  it("at its shipped admit threshold would admit none of the cards that lean on their chapter (were the admit on)", () => {
    const on: StandaloneWeights = { ...STANDALONE_WEIGHTS, admit: { ...STANDALONE_WEIGHTS.admit, enabled: true } };
    for (const [text, i, span] of [POINTER, NARRATOR, STORY]) { const { a, c } = clozeAt(text, i, span); expect(admitsByModel(c, a, ["standalone"], on)).toBe(false); }
  });
});

describe("the switches", () => {
  const def = clozeAt(DEFINITION[0], 1, "kiln"), pointer = clozeAt(POINTER[0], 1, "reason");
  const sure: StandaloneWeights = { source: "test", admit: { enabled: true, threshold: 0.5 }, drop: { enabled: true, threshold: 0.5 }, weights: { bias: 3, demonstrative: -8 } };

  it("ship both uses off, so the pipeline neither drops nor admits by the model", () => {
    expect(STANDALONE_WEIGHTS.admit.enabled).toBe(false);
    expect(STANDALONE_WEIGHTS.drop.enabled).toBe(false);
    expect(standaloneModelGate()(pointer.c, pointer.a)).toBeNull();
    expect(admitsByModel(def.c, def.a, ["standalone"])).toBe(false);
  });

  it("admit only overrules the standalone and referring gates", () => {
    expect(admitsByModel(def.c, def.a, ["standalone"], sure)).toBe(true);
    expect(admitsByModel(def.c, def.a, ["standalone", "referring"], sure)).toBe(true);
    expect(admitsByModel(def.c, def.a, ["standalone", "low-value"], sure)).toBe(false);
    expect(admitsByModel(def.c, def.a, [], sure)).toBe(false);
    expect(admitsByModel(pointer.c, pointer.a, ["standalone"], sure)).toBe(false);
  });

  it("drop takes out the card the weights mark and no other", () => {
    expect(standaloneModelGate(sure)(pointer.c, pointer.a)).toMatch(/p 0\.\d\d ≤ 0\.5/);
    expect(standaloneModelGate(sure)(def.c, def.a)).toBeNull();
  });
});

describe("the weights file", () => {
  it("round-trips and names every feature", () => {
    const file = path.resolve(__dirname, "../../../../lib/cards/standalone-model/weights.json");
    const parsed = parseStandaloneWeights(JSON.parse(readFileSync(file, "utf8")));
    expect(parsed).toEqual(STANDALONE_WEIGHTS);
    expect(parseStandaloneWeights(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    expect(Object.keys(parsed.weights).sort()).toEqual([...STANDALONE_FEATURES].sort());
  });

  it("rejects an unknown feature, a missing use or a threshold out of range", () => {
    const use = { enabled: false, threshold: 0.5 };
    expect(() => parseStandaloneWeights({ source: "x", admit: use, drop: use, weights: { nonsense: 1 } })).toThrow(/unknown features: nonsense/);
    expect(() => parseStandaloneWeights({ source: "x", admit: use, weights: {} })).toThrow(/admit and drop/);
    expect(() => parseStandaloneWeights({ source: "x", admit: { enabled: true, threshold: 2 }, drop: use, weights: {} })).toThrow(/threshold/);
  });
});

describe("the fit helpers", () => {
  const vec = (d: number) => STANDALONE_FEATURES.map((f) => (f === "bias" ? 1 : f === "demonstrative" ? d : 0));
  it("counts a not-standalone or not-worth reject as the target, any other verdict as fine", () => {
    expect(fine({ label: "reject", reason: "not-standalone" })).toBe(false);
    expect(fine({ label: "reject", reason: "not-worth-learning" })).toBe(false);
    expect(fine({ label: "reject", reason: "wrong-or-trivial-blank" })).toBe(true);
    expect(fine({ label: "edit", reason: "not-standalone" })).toBe(true);
  });

  it("learns a negative weight for the feature that marks the rejects, and refits the same rows to the same weights", () => {
    const rows: Row[] = Array.from({ length: 40 }, (_, i) => ({ book: `B${i % 4}`, x: vec(i % 3 === 0 ? 1 : 0), y: i % 3 === 0 && i % 2 === 0 ? 0 : 1, verdict: { label: "accept", reason: null } }));
    expect(fitStandalone(rows, 1).demonstrative).toBeLessThan(-1);
    expect(fitStandalone([...rows], 1)).toEqual(fitStandalone(rows, 1));
  });

  // One invented chapter: four gated cards (two of them rejects), two candidates only the standalone gate dropped (one accepted once).
  const FRONTS = ["Which metal melts at the lowest heat?", "Who founded the salt guild?", "What colour does copper burn?", "Where were the first looms kept?", "Why did the harbour silt up?", "How is tallow rendered?"];
  const verdicts = [{ label: "accept" }, { label: "accept" }, { label: "reject", reason: "not-standalone" }, { label: "reject", reason: "not-standalone" }, { label: "accept" }, null] as const;
  const ch: SChapter = {
    fixture: "f", book: "B", gold: [{ id: "g", fact: "tallow", any: [["tallow"]] }], labelled: [],
    cands: FRONTS.map((front, i) => ({ r: { c: cand({ sentence: i, front, back: `answer ${"xyzuvw"[i]}` }) as Candidate, x: [], p: 1 - i / 10, section: 0 }, sx: vec(i === 2 || i === 3 ? 1 : 0), passed: i < 4, verdict: verdicts[i] ? { reason: null, ...verdicts[i] } : null, strict: null, sentence: [] })),
  };
  const ps = ch.cands.map((c) => (c.sx[at("demonstrative")] ? 0.1 : 0.9));

  it("drop removes the marked rejects from the top 40 and counts them", () => {
    const { before, after } = chapterTally(ch, ps, "drop", 0.5);
    expect(before).toMatchObject({ shown: 4, accept: 2, reject: 2 });
    expect(after).toMatchObject({ shown: 2, accept: 2, reject: 0, removed: { reject: 2, accept: 0 } });
    expect(gain("drop", before, after)).toBe(2);
  });

  it("admit adds the dropped candidates it trusts, with their verdicts and the gold fact they cover", () => {
    const { before, after } = chapterTally(ch, ps, "admit", 0.5);
    expect(after.added).toEqual({ accept: 1, edit: 0, reject: 0, unlabelled: 1 });
    expect([before.covered, after.covered]).toEqual([0, 1]);
    expect(gain("admit", before, after)).toBe(2);
  });
});
