// Every rater's labels of a fixture, wherever they are filed: the fits (fit:spans, fit:ranker,
// fit:cards) read them through allLabelsOf, so a second-rater file that holds several fixtures
// (heldout-sample.jsonl, drawn when those books were held out) counts for the books now in training.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { allLabelsOf, dirs, loadBooks, readLabels, secondRaterDir } from "../../../scripts/lib/cards-eval";
import { cardKey, LabelIndex, normalise, sentenceKey } from "@/lib/cards/eval";

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

// Context lines (GeneratedCard.context) entered the label keys in session 10. Every label filed
// before has none, and must keep the keys it had, so it matches the same cards as before (those
// without a context line) and never the same card shown with one.
describe("every label and the context line", () => {
  const labels = Object.keys(loadBooks().fixtures).flatMap((f) => allLabelsOf(f));

  it("keeps every existing label's keys as they were before context lines", () => {
    expect(labels.length).toBeGreaterThan(1000);
    const before = {
      card: (c: { front: string; back: string }) => `${normalise(c.front)}\u0000${normalise(c.back)}`,
      sentence: (c: { kind: string; sentence: string; back: string }) => `${c.kind}\u0000${normalise(c.sentence)}\u0000${normalise(c.back)}`,
    };
    const changed = labels.filter((l) => l.context || cardKey(l) !== before.card(l) || sentenceKey(l) !== before.sentence(l));
    expect(changed).toEqual([]);
  });

  it("matches each label to its own card without a context line, and to none with one", () => {
    const byRater = new Map<string, typeof labels>();
    for (const l of labels) byRater.set(l.rater, [...(byRater.get(l.rater) ?? []), l]);
    let found = 0, crossed = 0;
    for (const [rater, theirs] of byRater) {
      const index = new LabelIndex(theirs, rater);
      for (const l of theirs) {
        const card = { kind: l.kind, front: l.front, back: l.back, sentence: l.sentence };
        if (index.find(card)?.by === "card") found++;
        if (index.find({ ...card, context: "A context line no label has" })) crossed++;
      }
    }
    expect(found).toBe(labels.length);
    expect(crossed).toBe(0);
  });
});

