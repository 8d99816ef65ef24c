// The ranker's fit data (scripts/lib/ranker-data.ts) reads every chapter of a fixture's document and
// matches labels by the floor rows' own path (late review 9, session 21): one label→candidate path.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { verdictOf } from "@/lib/cards/rank/training";
import { loadTrainData } from "../../../scripts/lib/ranker-data";
import { loadFloorChapters } from "../../../scripts/lib/floor-data";
import { generationInputs } from "../../../scripts/lib/cards-eval";
import { PRECEDENCE } from "../../../scripts/lib/lobo";

describe("loadTrainData", () => {
  // A training fixture whose document holds several chapters (the floor-data test's, not a check-set book).
  const fixture = "pd-smith-wealth-book1-ch1-2.txt";
  it("reads every chapter, and each candidate's verdict is the floor rows' verdict", () => {
    const data = loadTrainData((fx) => fx === fixture);
    const n = generationInputs(fixture, 40).chapters.length;
    expect(n).toBeGreaterThan(1);
    expect(data.map((d) => d.part)).toEqual([...Array(n).keys()]);
    const verdicts = data.flatMap((d) => d.labels.map((ls) => verdictOf(ls.filter((l) => l.by !== "answer"), PRECEDENCE)?.label ?? null));
    const [floor] = loadFloorChapters((fx) => fx === fixture);
    expect(verdicts).toEqual(floor.rows.map((r) => r.verdict));
    // (fixgen21) Both sides above go through documentLabels, so a matching bug there shows in neither;
    // read against the label file itself: every candidate given a verdict has a labelled card with its
    // answer, and that verdict among the file's labels for that answer.
    const raw = readFileSync(path.resolve("tests/fixtures/labels", `${fixture}.jsonl`), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { back: string; label: string });
    const byBack = new Map<string, Set<string>>();
    for (const l of raw) (byBack.get(l.back) ?? byBack.set(l.back, new Set()).get(l.back)!).add(l.label);
    const given = data.flatMap((d) => d.ranked.map((r, i) => ({ back: r.c.back, v: verdictOf(d.labels[i].filter((l) => l.by !== "answer"), PRECEDENCE)?.label })).filter((x) => x.v));
    expect(given.length).toBeGreaterThan(0);
    for (const g of given) expect(byBack.get(g.back)?.has(g.v!), g.back).toBe(true);
  }, 120_000);
});
