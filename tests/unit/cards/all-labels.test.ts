// Every rater's labels of a fixture, wherever they are filed: the fits (fit:spans, fit:ranker,
// fit:cards) read them through allLabelsOf, so a second-rater file that holds several fixtures
// (heldout-sample.jsonl, drawn when those books were held out) counts for the books now in training.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allLabelsOf, dirs, readLabels, secondRaterDir } from "../../../scripts/lib/cards-eval";

const secondRater = readdirSync(secondRaterDir).filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => readFileSync(path.join(secondRaterDir, f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { fixture: string }));

describe("allLabelsOf", () => {
  it("reads the fixture's own file and every second-rater file's labels of it, whatever the file is called", () => {
    const fixture = secondRater.map((l) => l.fixture).find((f) => !readdirSync(secondRaterDir).some((name) => name.startsWith(f.replace(/\.[a-z]+$/, ""))));
    expect(fixture, "a fixture whose second-rater labels sit in a file not named after it").toBeDefined();
    const theirs = secondRater.filter((l) => l.fixture === fixture).length;
    expect(theirs).toBeGreaterThan(0);
    expect(allLabelsOf(fixture!)).toHaveLength(readLabels(fixture!).length + theirs);
  });

  it("gives nothing of another fixture", () => {
    const files = readdirSync(dirs.labels).filter((f) => f.endsWith(".jsonl"));
    const fixture = files[0].replace(/\.jsonl$/, "");
    expect(allLabelsOf(fixture).every((l) => l.fixture === fixture)).toBe(true);
  });
});
