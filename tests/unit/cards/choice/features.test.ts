// The sentence-choice model's features and fit (lib/cards/choice/features.ts, model.ts), on invented text.
import { describe, expect, it } from "vitest";
import { CHOICE_FEATURES, choiceFeatures, ranks } from "@/lib/cards/choice/features";
import { CHOICE_WEIGHTS, choiceProbabilities, fitChoice } from "@/lib/cards/choice/model";
import { analyse } from "../pipeline/helpers";

const TEXT = [
  "The salt roads of Vennor ran from the marshes of Oskel to the inland markets, because the marsh pans gave the only salt of the region. A salter is a person who makes or deals in salt.",
  "But what then? We shall see.",
  "This toll ruined the carters of the salt roads, although the council of Vennor had promised them relief in 1614.",
  "\"Salt is dear,\" said a carter.",
].join("\n\n");

const f = (row: number[], name: (typeof CHOICE_FEATURES)[number]) => row[CHOICE_FEATURES.indexOf(name)];

describe("choiceFeatures", () => {
  const a = analyse(TEXT);
  const rows = choiceFeatures(a);
  const at = (start: string) => rows[a.sentences.findIndex((s) => s.sentence.text.startsWith(start))];

  it("gives one row of every feature per sentence", () => {
    expect(rows).toHaveLength(a.sentences.length);
    for (const r of rows) expect(r).toHaveLength(CHOICE_FEATURES.length);
  });
  it("reads connectives, the author speaking, questions, quotations and an opening that points back", () => {
    expect(f(at("The salt roads"), "causal")).toBe(1);
    expect(f(at("This toll"), "contrast")).toBe(1);
    expect(f(at("This toll"), "opens-pointing")).toBe(1);
    expect(f(at("But what"), "question")).toBe(1);
    expect(f(at("But what"), "opens-connective")).toBe(1);
    expect(f(at("We shall"), "first-person")).toBe(1);
    expect(f(at("\"Salt"), "quotation")).toBe(1);
    expect(f(at("The salt roads"), "question")).toBe(0);
    expect(f(at("The salt roads"), "first-person")).toBe(0);
    expect(f(at("This toll"), "first-person")).toBe(0);
  });
  it("places a sentence in its paragraph, and ranks its length and salience within the chapter", () => {
    expect(f(at("The salt roads"), "paragraph-first")).toBe(1);
    expect(f(at("A salter"), "paragraph-last")).toBe(1);
    expect(f(at("\"Salt"), "paragraph-alone")).toBe(1);
    expect(f(at("The salt roads"), "log-words-rank")).toBe(1);
    // The two three-word sentences share the lowest ranks.
    expect(f(at("We shall"), "log-words-rank")).toBe(f(at("But what"), "log-words-rank"));
    expect(Math.min(...rows.map((r) => f(r, "log-words-rank")))).toBe(f(at("We shall"), "log-words-rank"));
    expect(f(at("The salt roads"), "salience-mean-rank")).toBeGreaterThan(f(at("We shall"), "salience-mean-rank"));
  });
  it("grows chapter-size with the chapter's sentences", () => {
    const longer = choiceFeatures(analyse(`${TEXT}\n\n${TEXT}`));
    expect(f(longer[0], "chapter-size")).toBeGreaterThan(f(rows[0], "chapter-size"));
  });
});

describe("ranks", () => {
  it("scales ranks to 0..1 and gives ties their mean rank", () => {
    expect(ranks([3, 1, 2, 2])).toEqual([1, 0, 0.5, 0.5]);
    expect(ranks([7])).toEqual([0]);
    expect(ranks([])).toEqual([]);
  });
});

describe("the choice model", () => {
  it("ships a weight for every feature and nothing else", () => {
    expect(Object.keys(CHOICE_WEIGHTS.weights).sort()).toEqual([...CHOICE_FEATURES].sort());
  });
  it("gives each sentence a probability, once per analysis", () => {
    const a = analyse(TEXT);
    const q = choiceProbabilities(a);
    expect(q).toHaveLength(a.sentences.length);
    for (const p of q) { expect(p).toBeGreaterThan(0); expect(p).toBeLessThan(1); }
    expect(choiceProbabilities(a)).toBe(q);
  });
  it("puts a long sentence giving a cause in the chapter's words above a short question", () => {
    const a = analyse(TEXT);
    const q = choiceProbabilities(a);
    const i = (start: string) => a.sentences.findIndex((s) => s.sentence.text.startsWith(start));
    expect(q[i("The salt roads")]).toBeGreaterThan(q[i("But what")]);
  });
  it("fits a positive weight to a feature that marks the chosen rows", () => {
    const rows = Array.from({ length: 40 }, (_, k) => {
      const x: number[] = CHOICE_FEATURES.map((n) => (n === "bias" ? 1 : 0));
      x[CHOICE_FEATURES.indexOf("causal")] = k % 2;
      return { x, y: k % 2 === 1 && k % 10 !== 1 ? 1 : 0 };
    });
    const w = fitChoice(rows, 1, "invented");
    expect(w.weights.causal).toBeGreaterThan(1);
    expect(w.lambda).toBe(1);
  });
});
