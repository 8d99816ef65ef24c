// The referring gate reads a reflexive ("himself", "herself", "themselves", "itself") as bound to a
// noun phrase of its own clause, which the card shows with it: "declared himself bound" is not an
// object pronoun standing for someone else, and "the shipper himself" needs no person named. A
// free "he" or "him" is still judged as before. Sentences and names are invented.
import { describe, expect, it } from "vitest";
import { referring, boundReflexives } from "@/lib/cards/gates/referring";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

const clozeOn = (text: string, span: string) => {
  const a = analyse(text);
  const s = a.sentences[0];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return { a, c: cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: 0, answer: { start, end: start + span.length }, answerKind: "term" }) };
};

describe("gate: referring reads reflexives as bound in their clause", () => {
  it.each([
    ["a reflexive object after its named subject", "In 1894 Orlen Vance declared himself bound by the Lisk charter.", "Lisk charter"],
    ["a reflexive after a generic noun", "The quay toll is a charge paid by the shipper himself, not by the harbour board.", "quay toll"],
    ["a reflexive after a plural noun", "The wardens of the Lisk guild paid the quay tolls themselves after the flood.", "quay tolls"],
  ])("keeps %s", (_, text, span) => {
    const { a, c } = clozeOn(text, span);
    expect(referring(c, a)).toBeNull();
  });

  it.each([
    ["an object pronoun after its clause's only subject", "In 1894 Orlen Vance praised him before the Lisk harbour board.", "Lisk harbour board", "object pronoun with only its own subject before it"],
    ["a 'him' with no person on the card", "The harbour board paid him the quay tolls in 1894.", "quay tolls", "pronoun with no person on the card"],
    ["a reflexive's own free 'he'", "In 1894 he himself paid the quay tolls of the Lisk guild.", "quay tolls", "pronoun with no person on the card"],
  ])("still drops %s", (_, text, span, why) => {
    const { a, c } = clozeOn(text, span);
    expect(referring(c, a)).toBe(why);
  });

  it("masks a reflexive with its length kept, never one that opens the text", () => {
    expect(boundReflexives("The shipper himself pays.")).toBe("The shipper xxxxxxx pays.");
    expect(boundReflexives("Himself he never praised.")).toBe("Himself he never praised.");
  });
});
