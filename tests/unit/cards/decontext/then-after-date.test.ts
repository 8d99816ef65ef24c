// Session 23 (narr23) on INVENTED text: "then" right after the sentence's own date, opening an
// apposition ("… in March of 1733, then twenty years of age"), is that date: a card that shows the
// date with it stands alone; one that cuts the date out ("When …, then twenty years of age?") still
// leaves "then" bare. A "then" that opens a clause after the date is still a sequence.
import { describe, expect, it } from "vitest";
import { standalone } from "@/lib/cards/gates/standalone";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "../pipeline/helpers";

const last = (text: string) => {
  const a = analyse(`The weather was mild that spring. Fishing boats came and went.\n\n${text}`);
  return { a, s: a.sentences[a.sentences.length - 1] };
};
const clozeOn = (text: string, span: string) => {
  const { a, s } = last(text);
  const start = s.text.indexOf(span);
  return { a, c: cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: s.sentence.id, answer: { start, end: start + span.length }, answerKind: "term" }) };
};
const KEEPER = "Orlen Vance was made keeper of the Marlow light in March of 1733, then twenty years of age.";

describe("'then' after the sentence's own date", () => {
  it("is that date on a card that shows the date", () => {
    const { a, c } = clozeOn(KEEPER, "Marlow light");
    expect(standalone(c, a)).toBeNull();
  });
  it("still points back on a question that cuts the date out", () => {
    const { a, s } = last(KEEPER);
    const q = cand({ kind: "qa", type: "when", front: "When was Orlen Vance made keeper of the Marlow light, then twenty years of age?", back: "March of 1733", sentence: s.sentence.id, answerKind: "date" });
    expect(standalone(q, a)).toMatch(/depends on the text before it \(adverb "then"\)/);
  });
  it("is still a sequence when a clause follows", () => {
    const { a, c } = clozeOn("Orlen Vance was made keeper of the Marlow light in March of 1733, then he sailed for Lisk.", "Marlow light");
    expect(standalone(c, a)).toMatch(/adverb "then"/);
  });
  it("is still a time of the text before in a sentence with no date", () => {
    const { a, c } = clozeOn("Orlen Vance, then twenty years of age, was made keeper of the Marlow light.", "Marlow light");
    expect(standalone(c, a)).toMatch(/adverb "then"/);
  });
});
