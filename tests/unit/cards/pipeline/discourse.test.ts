// The ranker's paragraph- and chapter-level features (lib/cards/rank/discourse.ts), on invented text.
import { describe, expect, it } from "vitest";
import { discourseFeatures } from "@/lib/cards/rank/discourse";
import { analyse, cand } from "./helpers";

const TEXT = [
  "## Tidal mills of the estuary",
  "Tidal mills ground grain with the falling tide. The miller closed the sluice at high water. But the pond emptied within four hours.",
  "Let us now consider the river towns. Grain from the mills fed the river towns for a century.",
  "It is clear that the mills declined when steam arrived.",
].join("\n\n");

describe("discourse features", () => {
  const a = analyse(TEXT);
  const at = (needle: string) => a.sentences.findIndex((s) => s.sentence.text.includes(needle));
  const of = (needle: string, back = "x", answer: { start: number; end: number } | null = null) =>
    discourseFeatures(cand({ sentence: at(needle), back, answer, answerKind: "term" }), a);

  it("marks a paragraph's first and last sentence, not a one-sentence paragraph's", () => {
    expect(of("falling tide")).toMatchObject({ "paragraph-first": 1, "paragraph-last": 0 });
    expect(of("closed the sluice")).toMatchObject({ "paragraph-first": 0, "paragraph-last": 0 });
    expect(of("pond emptied")).toMatchObject({ "paragraph-first": 0, "paragraph-last": 1 });
    expect(of("steam arrived")).toMatchObject({ "paragraph-first": 0, "paragraph-last": 0 });
  });

  it("measures the share of the section heading's words the sentence has (plurals as singulars)", () => {
    // Heading content words: tidal, mill, estuary.
    expect(of("falling tide")["heading-overlap"]).toBeCloseTo(2 / 3);
    expect(of("closed the sluice")["heading-overlap"]).toBe(0);
    expect(of("fed the river towns")["heading-overlap"]).toBeCloseTo(1 / 3);
  });

  it("counts the sentences that repeat the answer (log scale), not for a clause answer", () => {
    const s = a.sentences[at("fed the river towns")];
    const start = s.text.indexOf("river towns");
    const span = { start, end: start + "river towns".length };
    const once = of("sluice", "sluice", (() => { const t = a.sentences[at("sluice")].text, i = t.indexOf("sluice"); return { start: i, end: i + 6 }; })());
    expect(once["answer-spread"]).toBe(0);
    expect(of("fed the river towns", "river towns", span)["answer-spread"]).toBeCloseTo(Math.log(2) / Math.log(20));
    expect(discourseFeatures(cand({ sentence: at("fed the river towns"), back: "river towns", answer: span, answerKind: "clause" }), a)["answer-spread"]).toBe(0);
  });

  it("flags a sentence opening on a connective or on the author's frame", () => {
    expect(of("pond emptied")).toMatchObject({ "opens-connective": 1, "opens-frame": 0 });
    expect(of("consider the river towns")).toMatchObject({ "opens-connective": 0, "opens-frame": 1 });
    expect(of("steam arrived")).toMatchObject({ "opens-connective": 0, "opens-frame": 1 });
    expect(of("falling tide")).toMatchObject({ "opens-connective": 0, "opens-frame": 0 });
  });
});
