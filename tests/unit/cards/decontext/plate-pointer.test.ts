// Session 23 (narr23) on INVENTED text: a bracket that only points at a plate, figure, table or page
// ("(Plate III.)", "(see Fig. 4)") is deleted from what the card shows, so the card is no longer
// dropped as pointing at another part of the book; a sentence whose claim is the figure's ("as shown
// in Fig. 4") still is.
import { describe, expect, it } from "vitest";
import { standalone } from "@/lib/cards/gates/standalone";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "../pipeline/helpers";

const clozeOn = (text: string, span: string) => {
  const a = analyse(text);
  const s = a.sentences[a.sentences.length - 1];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return { a, s, c: cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: s.sentence.id, answer: { start, end: start + span.length }, answerKind: "person" }) };
};

describe("a bracketed pointer to a plate or figure", () => {
  it("is deleted from the card's text, and the card stands alone", () => {
    const { a, s, c } = clozeOn("The harbour map of Lisk (Plate III.), now in the town hall, was drawn by Orlen Vance in 1702.", "Orlen Vance");
    expect(s.text).toBe("The harbour map of Lisk, now in the town hall, was drawn by Orlen Vance in 1702.");
    expect(standalone(c, a)).toBeNull();
  });

  it("goes with 'see' and with two figures", () => {
    const { s } = clozeOn("The lamp of the Marlow light (see Figs. 3 and 4) burned whale oil until 1810.", "whale oil");
    expect(s.text).toBe("The lamp of the Marlow light burned whale oil until 1810.");
  });

  it("leaves a sentence whose claim is in the figure to the gate", () => {
    const { a, c } = clozeOn("The lamp of the Marlow light, as shown in Fig. 4, was designed by Orlen Vance in 1790.", "Orlen Vance");
    expect(standalone(c, a)).toMatch(/another part of the book/);
  });
});
