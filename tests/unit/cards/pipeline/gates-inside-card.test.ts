// References the card itself resolves: a demonstrative whose noun the card named before it, "the same
// X which …", a generic "any member … his", a collective noun before "their". Each beside the look-alike
// that still points out of the card. Invented sentences.
import { describe, expect, it } from "vitest";
import { referring } from "@/lib/cards/gates/referring";
import { standalone } from "@/lib/cards/gates/standalone";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

const verdicts = (text: string, span: string) => {
  const a = analyse(text);
  const s = a.sentences[0];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  const c = cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: 0, answer: { start, end: start + span.length }, answerKind: "name" });
  return [standalone(c, a), referring(c, a)];
};

describe("gates: references resolved on the card", () => {
  it.each([
    ["a demonstrative whose noun the card named", "The Tarrow law ordered that a wolf which killed a sheep be hunted, and that this wolf be burned.", "Tarrow"],
    ["'the same X which …' compared with what follows", "The Lisk guild held the same privilege which the Marlow guild had won in 1790.", "Lisk"],
    ["'any member … his'", "The Tarrow charter forbade that any member of the guild be bound against his will.", "Tarrow"],
    ["a collective noun before 'their'", "In 1790 the Lisk charter let the people of the valley choose their own wardens.", "Lisk"],
  ])("keeps %s", (_, text, span) => {
    expect(verdicts(text, span)).toEqual([null, null]);
  });

  it.each([
    ["a demonstrative with a noun the card never named", "The Tarrow law ordered that a wolf which killed a sheep be hunted, and that this animal be burned.", "Tarrow"],
    ["'the same X' with nothing after it", "The Lisk guild held the same privilege in 1790.", "Lisk"],
    ["'their' with nothing plural before it", "In 1790 the old charter let the valley choose their own wardens.", "1790"],
  ])("still drops %s", (_, text, span) => {
    expect(verdicts(text, span).some((v) => v !== null)).toBe(true);
  });

  it("drops 'Who …?' whose object pronoun is someone the card does not name", () => {
    const a = analyse("Orlen Vance had told her that the Tarrow mill was safe.");
    const ask = (front: string) => referring(cand({ kind: "qa", type: "who", front, back: "Orlen Vance", sentence: 0, answer: { start: 0, end: 11 }, answerKind: "person" }), a);
    expect(ask("Who had told her that the Tarrow mill was safe?")).toMatch(/no person/);
    expect(ask("Who had said that his Tarrow mill was safe?")).toBeNull();
  });

  it("does not excuse a demonstrative in a question's answer (a second clause the answer should not carry)", () => {
    const a = analyse("The Tarrow mill was built to grind corn in a dry season; and this season in most years is a short one.");
    const back = "To grind corn in a dry season; and this season in most years is a short one";
    const c = cand({ kind: "qa", type: "what", front: "Why was the Tarrow mill built?", back, sentence: 0, answer: { start: 25, end: 25 + back.length }, answerKind: "clause" });
    expect(referring(c, a)).toMatch(/points back/);
  });
});

