// The card evaluation's label handling: validation, matching by (front, back) and by
// (kind, sentence, back), figures per chapter, duplicates, and the blind queue.
import { describe, expect, it } from "vitest";
import { duplicateIndexes, extendQueue, LabelIndex, mergeLabels, parseLabels, pool, scoreChapter, shuffle, takeLabelled, type CardLabel, type EvalCard } from "@/lib/cards/eval";

const sentence = "The Aquilian law enlarged the sphere of compensation for bodily injuries.";
const card = (front: string, back: string, kind: "qa" | "cloze" = "qa", s = sentence): EvalCard => ({ kind, front, back, sentence: s });
const label = (c: EvalCard, l: CardLabel["label"], reason: CardLabel["reason"] = null, rater = "rater-a"): CardLabel => ({ ...c, fixture: "x.txt", label: l, reason, rater });

describe("parseLabels", () => {
  it("reads valid lines and refuses the file when any line is bad, naming each", () => {
    const good = JSON.stringify(label(card("What did the Aquilian law enlarge?", "the sphere of compensation"), "accept"));
    expect(parseLabels(good + "\n\n")).toHaveLength(1);
    const noReason = JSON.stringify({ ...label(card("Q?", "A"), "reject"), reason: null });
    const badLabel = JSON.stringify({ ...label(card("Q?", "A"), "accept"), label: "maybe" });
    expect(() => parseLabels([good, noReason, "{", badLabel].join("\n"), "f.jsonl")).toThrow(/f\.jsonl:2: reject needs a reason[\s\S]*f\.jsonl:3: not JSON[\s\S]*f\.jsonl:4: label must be/);
  });
});

describe("LabelIndex", () => {
  const labelled = card("What did the Aquilian law enlarge?", "The sphere of compensation");
  const index = new LabelIndex([label(labelled, "edit", "not-standalone"), label(labelled, "reject", "other", "rater-b")], "rater-a");

  it("finds a card by normalised front and back, ignoring case, quotes, dashes and end punctuation", () => {
    expect(index.find(card("what did the Aquilian law enlarge", "the sphere of compensation."))).toMatchObject({ by: "card", label: { label: "edit" } });
  });

  it("finds a reworded card from the same sentence with the same answer and kind", () => {
    expect(index.find(card("Which law enlarged the sphere of compensation?", "the sphere of compensation"))?.by).toBe("sentence");
    expect(index.find(card("Which law enlarged it?", "the sphere of compensation", "cloze"))).toBeNull();
    expect(index.find(card("Which law enlarged it?", "the sphere of compensation", "qa", "Another sentence."))).toBeNull();
  });

  it("does not guess when two labels of one sentence and answer disagree", () => {
    const a = card("Q one?", "compensation"), b = card("Q two?", "compensation");
    const split = new LabelIndex([label(a, "accept"), label(b, "reject", "duplicate")], "rater-a");
    expect(split.find(card("Q three?", "compensation"))).toBeNull();
    expect(split.find(a)?.label.label).toBe("accept");
  });

  it("keeps raters apart", () => {
    expect(new LabelIndex([label(labelled, "accept", null, "rater-b")], "rater-a").find(labelled)).toBeNull();
    expect(new LabelIndex([label(labelled, "accept", null, "rater-b")], "rater-b").find(labelled)?.label.label).toBe("accept");
  });
});

describe("duplicateIndexes", () => {
  it("flags a cloze and a Q&A of the same span of one sentence, and two clozes of one sentence", () => {
    const cards = [
      card("Which law enlarged the sphere of compensation for bodily injuries?", "The Aquilian law"),
      card("The {{c1::Aquilian law}} enlarged the sphere of compensation.", "Aquilian law", "cloze"),
      card("The Aquilian law enlarged the sphere of {{c1::compensation}}.", "compensation", "cloze"),
      card("Who wrote The Common Law?", "Holmes", "qa", "Holmes wrote The Common Law."),
    ];
    expect(duplicateIndexes(cards)).toEqual([1, 2]);
  });
});

describe("scoreChapter and pool", () => {
  const a = card("Q a?", "A"), e = card("Q e?", "E"), r = card("Q r?", "R"), u = card("Q u?", "U");
  const index = new LabelIndex([label(a, "accept"), label(e, "edit", "not-standalone"), label(r, "reject", "wrong-answer")], "rater-a");
  const figures = scoreChapter("x.txt", [a, e, r, u], index, {
    isResidue: (t) => t.includes("/1/"),
    covers: (c, f) => f.any.every((g) => g.some((alt) => `${c.front} ${c.back}`.includes(alt))),
    gold: [{ id: "g1", fact: "", any: [["Q a"], ["A"]] }, { id: "g2", fact: "", any: [["never"]] }],
    ms: 12,
  });

  it("counts labels, lists unlabelled cards without guessing, and measures recall", () => {
    expect(figures).toMatchObject({ cards: 4, labelled: 3, accept: 1, edit: 1, reject: 1, reasons: { "not-standalone": 1, "wrong-answer": 1 }, recall: { covered: ["g1"], missed: ["g2"] } });
    expect(figures.unlabelled).toEqual([u]);
  });

  it("pools shares over labelled cards only", () => {
    const p = pool([figures, { ...figures, accept: 3, edit: 0, reject: 0 }]);
    expect(p.labelled).toBe(6);
    expect(p.acceptRate).toBeCloseTo(4 / 6);
    expect(p.unlabelled).toBe(2);
    expect(p.recall).toBeCloseTo(0.5);
  });
});

describe("the blind queue", () => {
  const cards = Array.from({ length: 12 }, (_, i) => card(`Question ${i}?`, `answer ${i}`));

  it("shuffles deterministically", () => {
    expect(shuffle(cards, "seed")).toEqual(shuffle(cards, "seed"));
    expect(shuffle(cards, "seed").map((c) => c.front)).not.toEqual(cards.map((c) => c.front));
  });

  it("adds only cards neither labelled nor queued, showing no score, rule or flags", () => {
    const first = extendQueue("x.txt", [], cards.slice(0, 6), [label(cards[0], "accept")], "rater-a");
    expect(first.added).toBe(5);
    expect(Object.keys(first.queue[0]).sort()).toEqual(["back", "fixture", "front", "kind", "label", "reason", "sentence"]);
    const second = extendQueue("x.txt", first.queue, cards, [label(cards[0], "accept")], "rater-a");
    expect(second.added).toBe(6);
    expect(second.queue.slice(0, 5)).toEqual(first.queue);
  });

  it("leaves out, with unlessCountedBy, the cards another rater chain already counts", () => {
    const other = { ...label(cards[1], "reject"), rater: "rater-x" };
    const plain = extendQueue("x.txt", [], cards.slice(0, 3), [other], "rater-a2");
    expect(plain.added).toBe(3);
    const only = extendQueue("x.txt", [], cards.slice(0, 3), [other], "rater-a2", "rater-y,rater-x");
    expect(only.added).toBe(2);
    expect(only.queue.map((q) => q.front)).not.toContain(cards[1].front);
  });

  it("merges labelled items all or nothing, replacing the same rater's earlier label of a card", () => {
    const { queue } = extendQueue("x.txt", [], cards.slice(0, 3), [], "rater-a");
    queue[0].label = "accept";
    queue[1].label = "reject";
    expect(() => takeLabelled(queue, "rater-a")).toThrow(/reject needs a reason/);
    queue[1].reason = "not-worth-learning";
    const { labels, rest } = takeLabelled(queue, "rater-a");
    expect(labels.map((l) => l.label)).toEqual(["accept", "reject"]);
    expect(rest).toHaveLength(1);
    const merged = mergeLabels([label(queue[0], "reject", "other")], labels);
    expect(merged).toHaveLength(2);
    expect(merged.find((l) => l.front === queue[0].front)?.label).toBe("accept");
  });
});

describe("LabelIndex over several raters", () => {
  it("takes the first named rater's label of a card, and another rater's where the first has none", () => {
    const base = { fixture: "f.md", kind: "cloze" as const, sentence: "Vance built it in 1890.", reason: null };
    const labels = [
      { ...base, front: "{{c1::Vance}} built it in 1890.", back: "Vance", label: "reject" as const, reason: "not-standalone" as const, rater: "rater-a2" },
      { ...base, front: "{{c1::Vance}} built it in 1890.", back: "Vance", label: "accept" as const, rater: "rater-a" },
      { ...base, front: "Vance built it in {{c1::1890}}.", back: "1890", label: "edit" as const, reason: "other" as const, rater: "rater-a2" },
      { ...base, front: "Vance built {{c1::it}} in 1890.", back: "it", label: "reject" as const, reason: "wrong-or-trivial-blank" as const, rater: "rater-b" },
    ];
    const both = new LabelIndex(labels, "rater-a,rater-a2");
    expect(both.find({ kind: "cloze", front: "{{c1::Vance}} built it in 1890.", back: "Vance", sentence: base.sentence })?.label.label).toBe("accept");
    expect(both.find({ kind: "cloze", front: "Vance built it in {{c1::1890}}.", back: "1890", sentence: base.sentence })?.label.rater).toBe("rater-a2");
    expect(both.find({ kind: "cloze", front: "Vance built {{c1::it}} in 1890.", back: "it", sentence: base.sentence })).toBeNull();
    expect(new LabelIndex(labels, "rater-a").size).toBe(1);
  });
});

describe("a card's context line in its identity", () => {
  const plain = card("What did he cancel?", "all debts secured on the person");
  const withContext: EvalCard = { ...plain, context: "Solon's reforms, Athens, 594 BC" };

  it("keeps a label on the card it was given to: with a context line or without, never across", () => {
    const plainIndex = new LabelIndex([label(plain, "reject", "not-standalone")], "rater-a");
    expect(plainIndex.find(plain)?.label.label).toBe("reject");
    expect(plainIndex.find(withContext)).toBeNull();
    expect(plainIndex.find({ ...withContext, front: "What did Solon cancel?" })).toBeNull(); // nor by sentence and answer
    const contextIndex = new LabelIndex([label(withContext, "accept")], "rater-a");
    expect(contextIndex.find(withContext)).toMatchObject({ by: "card", label: { label: "accept" } });
    expect(contextIndex.find({ ...withContext, context: "solon's reforms, athens, 594 BC." })?.by).toBe("card"); // normalised like the sides
    expect(contextIndex.find({ ...withContext, front: "What did Solon cancel?" })?.by).toBe("sentence");
    expect(contextIndex.find(plain)).toBeNull();
    expect(contextIndex.find({ ...withContext, context: "Lycurgus, Sparta" })).toBeNull();
  });

  it("reads and writes the context line with the label, refusing an empty one, and queues it for the rater", () => {
    const line = JSON.stringify(label(withContext, "accept"));
    expect(parseLabels(line)[0].context).toBe("Solon's reforms, Athens, 594 BC");
    expect(parseLabels(JSON.stringify(label(plain, "accept")))[0]).not.toHaveProperty("context");
    expect(() => parseLabels(JSON.stringify({ ...label(plain, "accept"), context: " " }))).toThrow(/context must be non-empty/);
    const { queue } = extendQueue("x.txt", [], [plain, withContext], [], "rater-a");
    expect(queue).toHaveLength(2); // the same card with and without a context line are two cards to rate
    const queued = queue.find((q) => q.context)!;
    queued.label = "accept";
    expect(takeLabelled(queue, "rater-b").labels).toEqual([{ ...label(withContext, "accept", null, "rater-b"), fixture: "x.txt" }]);
  });
});

