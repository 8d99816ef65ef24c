import { describe, expect, it } from "vitest";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { DEFAULT_WEIGHTS, score } from "@/lib/cards/rank/model";
import { MIN_DECISIONS, refitFromDecisions, type Decision } from "@/lib/cards/rank/refit";

const NOW = new Date("2026-12-04T12:00:00Z");
const vec = (on: string[]) => FEATURE_NAMES.map((f) => (f === "bias" || on.includes(f) ? 1 : 0));

describe("refitFromDecisions", () => {
  it("does nothing below the minimum number of decisions", () => {
    const few: Decision[] = Array.from({ length: MIN_DECISIONS - 1 }, (_, i) => ({ features: vec([]), decision: i % 2 ? "approved" : "rejected" }));
    expect(refitFromDecisions(few, DEFAULT_WEIGHTS, NOW)).toBeNull();
  });

  it("learns what this instructor rejects: cards of a type they always reject rank lower after the refit", () => {
    const decisions: Decision[] = [];
    for (let i = 0; i < 40; i++) decisions.push({ features: vec(["type:gist", "answer:clause"]), decision: "rejected" });
    for (let i = 0; i < 40; i++) decisions.push({ features: vec(["type:cloze", "answer:date"]), decision: i % 8 ? "approved" : "edited" });
    const w = refitFromDecisions(decisions, DEFAULT_WEIGHTS, NOW)!;
    expect(w.source).toMatch(/80 review decisions/);
    const gist = vec(["type:gist", "answer:clause"]), cloze = vec(["type:cloze", "answer:date"]);
    expect(score(gist, w)).toBeLessThan(score(gist, DEFAULT_WEIGHTS));
    expect(score(cloze, w)).toBeGreaterThan(score(gist, w));
  });

  it("keeps the shipped calibration and cut with the refitted weights", () => {
    const decisions: Decision[] = Array.from({ length: 40 }, (_, i) => ({ features: vec(i % 2 ? ["type:cloze"] : ["type:gist"]), decision: i % 2 ? "approved" : "rejected" }));
    const base = { ...DEFAULT_WEIGHTS, calibration: { a: 0.5, b: -1 }, cut: { p: 0.3, min: 8 } };
    expect(refitFromDecisions(decisions, base, NOW)).toMatchObject({ calibration: { a: 0.5, b: -1 }, cut: { p: 0.3, min: 8 } });
  });
});
