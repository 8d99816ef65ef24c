// Session 23 (narr23) on INVENTED text: a month or season in a present-tense statement of what happens
// every year ("The marsh wrens build in May") is a time of year and needs no year; the standalone gate
// had dropped every card that showed one. A story's month (past tense) still needs its year.
import { describe, expect, it } from "vitest";
import { standalone } from "@/lib/cards/gates/standalone";
import { blank } from "@/lib/cards/candidates/cloze";
import { habitualPresent } from "@/lib/cards/analyse/tense";
import { analyse, cand } from "../pipeline/helpers";

type A = ReturnType<typeof analyse>;
const clozeOn = (a: A, sentence: number, span: string, answerKind: Parameters<typeof cand>[0]["answerKind"] = "term") => {
  const s = a.sentences[sentence];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence, answer: { start, end: start + span.length }, answerKind });
};

describe("standalone: a month or season of every year", () => {
  it("keeps a cloze on a present-tense statement with a month", () => {
    const a = analyse("The marsh wren builds its nest in May, a few days after the reeds turn green.");
    expect(habitualPresent(a.sentences[0].tokens)).toBe(true);
    expect(standalone(clozeOn(a, 0, "marsh wren"), a)).toBeNull();
  });

  it("keeps one whose participle hangs on a present auxiliary", () => {
    const a = analyse("The nest of the marsh wren is woven from dry reeds in May.");
    expect(standalone(clozeOn(a, 0, "dry reeds"), a)).toBeNull();
  });

  it("keeps a when-question answered by a season of a present-tense statement", () => {
    const a = analyse("The marsh wrens leave the valley in autumn.");
    const q = cand({ kind: "qa", type: "when", front: "When do the marsh wrens leave the valley?", back: "autumn", sentence: 0, answerKind: "date" });
    expect(standalone(q, a)).toBeNull();
  });

  it("still drops a story's month without its year", () => {
    const a = analyse("In May the wardens burned the reeds along the valley.");
    expect(habitualPresent(a.sentences[0].tokens)).toBe(false);
    expect(standalone(clozeOn(a, 0, "wardens"), a)).toMatch(/month without a year/);
  });

  it("still drops a month in a sentence that mixes a present and a past verb", () => {
    const a = analyse("The valley floods in May, as it did when the wardens burned the reeds.");
    expect(habitualPresent(a.sentences[0].tokens)).toBe(false);
    expect(standalone(clozeOn(a, 0, "wardens"), a)).toMatch(/month without a year/);
  });
});
