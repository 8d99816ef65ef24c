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
// without one must keep the keys it had, so it matches the same cards as before (those without a
// context line) and never the same card shown with one. A label filed with one (session 14: cards
// labelled with their situation line) matches that card with that line only.
describe("every label and the context line", () => {
  const labels = Object.keys(loadBooks().fixtures).flatMap((f) => allLabelsOf(f));
  const bare = labels.filter((l) => !l.context);
  const withLine = labels.filter((l) => l.context);

  it("keeps every label's keys without a context line as they were before context lines", () => {
    expect(bare.length).toBeGreaterThan(1000);
    const before = {
      card: (c: { front: string; back: string }) => `${normalise(c.front)}\u0000${normalise(c.back)}`,
      sentence: (c: { kind: string; sentence: string; back: string }) => `${c.kind}\u0000${normalise(c.sentence)}\u0000${normalise(c.back)}`,
    };
    const changed = bare.filter((l) => cardKey(l) !== before.card(l) || sentenceKey(l) !== before.sentence(l));
    expect(changed).toEqual([]);
    // A label with a line has other keys than the same card without one.
    expect(withLine.filter((l) => cardKey(l) === before.card(l) || sentenceKey(l) === before.sentence(l))).toEqual([]);
  });

  it("matches each label to its own card with its own context line (or none), and to no other", () => {
    const byRater = new Map<string, typeof labels>();
    for (const l of labels) byRater.set(l.rater, [...(byRater.get(l.rater) ?? []), l]);
    let found = 0, crossed = 0;
    for (const [rater, theirs] of byRater) {
      const index = new LabelIndex(theirs, rater);
      for (const l of theirs) {
        const card = { kind: l.kind, front: l.front, back: l.back, sentence: l.sentence, ...(l.context ? { context: l.context } : {}) };
        if (index.find(card)?.by === "card") found++;
        if (index.find({ ...card, context: "A context line no label has" })) crossed++;
        // A label with a line is no label of the card without one — unless the same rater also labelled that card (or its sentence's answer) without a line.
        if (l.context && index.find({ ...card, context: undefined }) && !theirs.some((m) => !m.context && (cardKey(m) === cardKey({ ...l, context: undefined }) || sentenceKey(m) === sentenceKey({ ...l, context: undefined })))) crossed++;
      }
    }
    expect(found).toBe(labels.length);
    expect(crossed).toBe(0);
    // Every label of every fixture, looked up twice or three times: seconds on a loaded machine, past vitest's 5 s default.
  }, 60_000);
});
