// The standalone gate no longer drops a card for a word the decontextualisation reports as pointing
// back when, read with its neighbours, it points inside its own sentence ("instead of X", "If A,
// then B", "…; and consequently …") or is a preposition ("above freezing point"); the bare,
// back-pointing uses are still dropped. Sentences and names are invented.
import { describe, expect, it } from "vitest";
import { standalone } from "@/lib/cards/gates/standalone";
import { pointsInside } from "@/lib/cards/gates/points-inside";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

type A = ReturnType<typeof analyse>;
const clozeOn = (a: A, sentence: number, span: string) => {
  const s = a.sentences[sentence];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence, answer: { start, end: start + span.length }, answerKind: "term" });
};
const LEAD = "Guild charters of the river towns set out who paid for the quays.";

describe("gate: standalone keeps words that point inside their own sentence", () => {
  it.each([
    ["a prepositional 'instead of'", "A Lisk charter makes the wardens, instead of the members, answerable for the debts of the guild.", "Lisk charter"],
    ["a prepositional 'above'", "The mean heat of the Orra plateau stays above freezing point throughout the year.", "Orra plateau"],
    ["'then' answering an 'if' clause", "If a Lisk quay is flooded twice in a year, then its rents pass to the harbour board.", "harbour board"],
    ["a conclusion adverb opening the second clause", "The Lisk charter gives the wharves to the harbour board; and consequently the town council loses its rents.", "harbour board"],
  ])("keeps %s", (_, sentence, span) => {
    const a = analyse(`${LEAD} ${sentence}`);
    expect(standalone(clozeOn(a, 1, span), a)).toBeNull();
  });

  it.each([
    ["a bare 'instead'", "The Lisk guild paid the harbour board instead for the quays in 1894.", "Lisk guild", /adverb "instead"/],
    ["'the above'", "The Lisk guild signed the above articles in the spring of 1894.", "Lisk guild", /determiner "the above"/],
    ["a 'then' of time", "The Lisk guild then paid the harbour board for the quays in 1894.", "Lisk guild", /adverb "then"/],
    ["a conclusion adverb with no clause before it", "The Lisk town council hence lost its rents to the harbour board in 1894.", "harbour board", /adverb "hence"/],
  ])("still drops %s", (_, sentence, span, why) => {
    const a = analyse(`${LEAD} ${sentence}`);
    expect(standalone(clozeOn(a, 1, span), a)).toMatch(why);
  });

  it("needs the card to show the clause the adverb points to", () => {
    const written = "The Lisk charter gave the quays to the harbour board in 1890; and consequently the town council lost its rents.";
    const at = written.indexOf("consequently");
    const d = { op: "adverb" as const, kind: "consequently", start: at, end: at + "consequently".length, text: "consequently" };
    expect(pointsInside(d, written, written)).toBe(true);
    expect(pointsInside(d, written, "Consequently the town council lost its rents.")).toBe(false);
  });
});
