// Matching labels to current candidates by what they test (sentence, kind, answer), surviving the
// generator's rewording of fronts and the cleaner's small changes to sentences.
import { describe, expect, it } from "vitest";
import { answerKey, matchLabels, sentenceFinder, type CardLabel, type MatchCandidate } from "@/lib/cards/eval";

const sentences = [
  "The Quillan guild founded the harbour school in 1712.",
  "It trained pilots for the northern coast.",
  "The harbour school closed in 1790 after a fire.",
];
const label = (kind: "qa" | "cloze", front: string, back: string, sentence: string, l: CardLabel["label"] = "accept"): CardLabel =>
  ({ fixture: "x.txt", kind, front, back, sentence, label: l, reason: l === "accept" ? null : "other", rater: "rater-c" });
const cand = (kind: "qa" | "cloze", front: string, back: string, sentence: number): MatchCandidate & { id: string } => ({ kind, front, back, sentence, id: `${kind}:${front}` });

describe("answerKey", () => {
  it("ignores case, punctuation and a leading article, but keeps every other word", () => {
    expect(answerKey("The Harbour School.")).toBe(answerKey("harbour school"));
    expect(answerKey("the harbour")).not.toBe(answerKey("harbour school"));
    expect(answerKey("The")).toBe("the");
  });
});

describe("sentenceFinder", () => {
  const find = sentenceFinder(sentences);
  it("finds a sentence re-cleaned with small changes (a page number dropped, a hyphen repaired)", () => {
    expect(find("The harbour school closed in 1790 af- ter a fire. 23")).toBe(2);
    expect(find("the quillan guild founded the harbour school in 1712")).toBe(0);
  });
  it("finds nothing for a sentence that only shares a few words", () => {
    expect(find("The guild closed the northern school.")).toBeNull();
  });
});

describe("matchLabels", () => {
  const cands = [
    cand("qa", "When did the Quillan guild found the harbour school?", "1712", 0),
    cand("qa", "In what year was the harbour school founded by the Quillan guild?", "1712", 0),
    cand("cloze", "The Quillan guild founded the harbour school in {{c1::1712}}.", "1712", 0),
    cand("qa", "What did the Quillan guild's harbour school train?", "pilots for the northern coast", 1),
    cand("cloze", "The harbour school closed in {{c1::1790}} after a fire.", "1790", 2),
  ];
  const by = (labels: CardLabel[], crossKind = false) => matchLabels(labels, cands, sentences, { crossKind }).map((m) => [m.card.id, m.by]);

  it("prefers the same card, then the same sentence, kind and answer (closest front wins)", () => {
    expect(by([label("cloze", "The Quillan guild founded the harbour school in {{c1::1712}}.", "1712", sentences[0])])).toEqual([[cands[2].id, "card"]]);
    // The front was reworded; the answer and sentence were not.
    expect(by([label("qa", "When was the harbour school founded by the guild?", "1712.", sentences[0])])).toEqual([[cands[1].id, "fact"]]);
    // A pronoun resolved in the current front ("It" → the school).
    expect(by([label("qa", "What did it train?", "Pilots for the northern coast", sentences[1])])).toEqual([[cands[3].id, "fact"]]);
  });

  it("leaves a label unmatched when its answer, kind or sentence differs", () => {
    expect(by([label("qa", "When did the harbour school close?", "1790", sentences[2])])).toEqual([]);
    expect(by([label("qa", "When did the guild found the school?", "1713", sentences[0])])).toEqual([]);
    expect(by([label("cloze", "Pilots were trained for the {{c1::northern}} coast.", "northern", sentences[1])])).toEqual([]);
    expect(by([label("qa", "When did the school open?", "1712", "A quite different sentence about 1712 and nothing else.")])).toEqual([]);
    // Same sentence and answer, but asked about another predicate: not the same card.
    expect(by([label("qa", "Since when has a charter been kept?", "1712", sentences[0])])).toEqual([]);
  });

  it("matches a cloze's label to the Q&A of the same fact only when asked", () => {
    const l = label("qa", "When did the harbour school close after a fire?", "1790", sentences[2]);
    expect(by([l])).toEqual([]);
    expect(by([l], true)).toEqual([[cands[4].id, "answer"]]);
  });

  it("never matches a label across a context line: with one, without one, or another one", () => {
    const ctx = "The Quillan guild, 18th century";
    const withContext = { ...cand("qa", "When did the guild found the harbour school?", "1712", 0), context: ctx, id: "with" };
    const plain = cand("qa", "When did the guild found the harbour school?", "1712", 0);
    const match = (l: CardLabel, cs: (MatchCandidate & { id: string })[], crossKind = false) => matchLabels([l], cs, sentences, { crossKind }).map((m) => [m.card.id, m.by]);
    const unlabelledContext = label("qa", "When did the guild found the harbour school?", "1712", sentences[0]);
    const contextLabel = { ...unlabelledContext, context: ctx };
    expect(match(unlabelledContext, [withContext])).toEqual([]);
    expect(match(unlabelledContext, [withContext], true)).toEqual([]);
    expect(match(contextLabel, [plain])).toEqual([]);
    expect(match({ ...contextLabel, context: "Another line" }, [withContext])).toEqual([]);
    expect(match(contextLabel, [withContext])).toEqual([["with", "card"]]);
    expect(match({ ...contextLabel, front: "In what year did the guild found it?" }, [withContext])).toEqual([["with", "fact"]]);
    expect(match(unlabelledContext, [plain, withContext])).toEqual([[plain.id, "card"]]);
  });
});
