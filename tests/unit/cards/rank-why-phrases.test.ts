// The review screen's "Ranked high for:" line: the ranker's strongest features in plain words. The
// phrase table must cover every feature the shipped weights name (read from the weights file, so a
// new feature without a phrase fails here) and every feature a refit can weigh; unknown names are
// left out; the line reads the ranker's own `why` format, which `cards --json` keeps unchanged.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { RANK_PHRASES, rankedForLine, whyFeatures } from "@/lib/cards/rank/why-phrases";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { why, type Weights } from "@/lib/cards/rank/model";
import { candidateCards } from "@/lib/cards/pipeline";
import { cleanDocument } from "@/lib/chapters";

const shipped = JSON.parse(readFileSync("lib/cards/rank/weights.json", "utf8")) as { weights: Record<string, number> };

describe("the ranker's reason in plain words", () => {
  it("has a phrase for every feature the shipped weights file names (the bias is never a reason)", () => {
    const names = Object.keys(shipped.weights).filter((f) => f !== "bias");
    expect(names.length).toBeGreaterThan(40);
    expect(names.filter((f) => !RANK_PHRASES[f])).toEqual([]);
  });

  it("has a phrase for every feature a refitted ranker can weigh, and none for a feature that does not exist", () => {
    const features = FEATURE_NAMES.filter((f) => f !== "bias");
    expect(features.filter((f) => !RANK_PHRASES[f])).toEqual([]);
    expect(Object.keys(RANK_PHRASES).filter((f) => !(FEATURE_NAMES as readonly string[]).includes(f))).toEqual([]);
  });

  it("keeps each phrase short and plain (no feature names, no numbers), so that a line of two fits one line", () => {
    for (const [f, phrase] of Object.entries(RANK_PHRASES)) {
      expect(phrase.length, f).toBeLessThanOrEqual(32);
      expect(phrase, f).not.toMatch(/[\n:+\d]/);
      expect(phrase, f).not.toContain(f); // "answer-rarity" is a name, not words
    }
  });

  it("reads the ranker's own line, strongest first, and leaves unknown features out", () => {
    const w: Weights = { source: "test", weights: { "type:cause": 0.4, "answer-subject": 0.9, "answer:name": 0.2, "entity-coverage": -0.4 } };
    const x = FEATURE_NAMES.map((f) => (["bias", "type:cause", "answer-subject", "answer:name", "entity-coverage"].includes(f) ? 1 : 0));
    const line = why(x, w);
    expect(line).toBe("answer-subject +0.90, type:cause +0.40, answer:name +0.20");
    expect(whyFeatures(line)).toEqual(["answer-subject", "type:cause", "answer:name"]);
    expect(rankedForLine(line)).toBe("answer is the subject; a why question"); // the strongest two: one line
    expect(rankedForLine(line, 3)).toBe("answer is the subject; a why question; answer is a name");
    expect(rankedForLine("made-up-feature +0.50, type:cause +0.40, answer:name +0.20")).toBe("a why question; answer is a name");
    expect(rankedForLine("made-up-feature +0.30")).toBeNull();
    expect(rankedForLine("no strong feature")).toBeNull();
    expect(rankedForLine(null)).toBeNull();
  });

  it("gives plain words for the generator's own cards on an invented chapter", () => {
    const [chapter] = cleanDocument(
      "# Chapter 1. The Harbour Board\n\nThe Harbour Board was founded in 1820 by the merchants of Kelmsby. The board collected a toll on every cart of salt that crossed the quay. " +
        "Because the toll paid for the new breakwater, the merchants accepted it. The breakwater was finished in 1834 and protected the fishing fleet from the winter storms.\n",
      { filename: "harbour.md" },
    ).chapters;
    const cards = candidateCards(chapter);
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) {
      expect(c.features!.every((v) => v >= 0), c.front).toBe(true); // a feature only pushes a score up by being present or high
      const named = whyFeatures(c.why!);
      expect(named.filter((f) => !RANK_PHRASES[f]), c.why).toEqual([]);
      if (named.length) expect(rankedForLine(c.why)).toMatch(/^[a-z][^\n]{0,70}$/);
    }
  });
});
