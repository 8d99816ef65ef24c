// A clause card must not state the half of a sentence the author goes on to qualify (invented
// sentences, no fixture names): a concession cut before its "yet" / "but", a point cut before its
// "and not …" correction, a clause cut inside "so far as". Where it can, the concession is shown
// with the clause that answers it, and the blank goes in the answer.
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { clauseClozeCandidates, clauses } from "@/lib/cards/candidates/clause-cloze";
import { analyse } from "./helpers";

const parts = (text: string) => {
  const s = analyse(text).sentences[0];
  return clauses(s).map((p) => ({ text: s.tokens.slice(p.a, p.b).map((t) => t.text).join(" "), answered: !!p.answered }));
};
const passing = (text: string) => {
  const a = analyse(text);
  return clauseClozeCandidates(a.sentences[0], a).filter((c) => !gate(c, a)).map((c) => c.front);
};

describe("concessions in clause cards", () => {
  it("treats a concession that runs over two clauses as answered by the 'yet' after them", () => {
    const text = "No tax at all was laid on the barley of the valley; it might be sold at any price in the market, yet still the millers of Orrin kept the price of bread low for twenty years.";
    const got = parts(text);
    expect(got[0]).toEqual({ text: "No tax at all was laid on the barley of the valley", answered: true });
    expect(got[1].answered).toBe(true);
    // The contrast adverb goes with the conjunction: the answering clause is a sentence of its own.
    expect(got[2]).toEqual({ text: "the millers of Orrin kept the price of bread low for twenty years", answered: false });
    expect(passing(text).every((f) => !/^No tax at all/.test(f))).toBe(true);
  });

  it("does not carry the answer back when the clause after the semicolon answers its own denial", () => {
    const got = parts("Several clerks say that Osric Vell founded the mill at Orrin, as the parish rolls show; and this view gains support from the fact that the old charter never names the mill, but always speaks of the weir.");
    expect(got[0].answered).toBe(false);
    expect(got[1].answered).toBe(true);
  });

  it("reads 'A, and not B' as a correction of A", () => {
    const got = parts("The cloth of the valley owed its sale abroad to the skill of the Kelmsby weavers, and not to the wool of the valley, which was coarse and cheap.");
    expect(got[0]).toEqual({ text: "The cloth of the valley owed its sale abroad to the skill of the Kelmsby weavers", answered: true });
  });

  it("reads a semicolon clause opening on 'still' or 'however' as an answer", () => {
    expect(parts("The Brannock canal was cheap to build; still, the barges of the Orrin mills carried little coal before the railway came in 1840.")[0].answered).toBe(true);
    expect(parts("The Brannock canal was cheap to build; however, the barges of the Orrin mills carried little coal before the railway came in 1840.")[0].answered).toBe(true);
    // A plain second statement answers nothing.
    expect(parts("The Brannock canal was cheap to build; the barges of the Orrin mills carried coal on it from 1794.")[0].answered).toBe(false);
  });

  it("does not split at ', so far as' or ', so long as' (a limit, not a new clause)", () => {
    const got = parts("The price of wool kept pace, so far as the rolls show, with the price of bread; but its swings depended on the weather of the upper valley.");
    expect(got.map((p) => p.text)).toEqual(["The price of wool kept pace , so far as the rolls show , with the price of bread", "its swings depended on the weather of the upper valley"]);
    expect(parts("The mill paid no rent, so long as the weir stood; the town paid for the weir.").length).toBe(2);
    // "…, so the mill stopped" still joins two clauses.
    expect(parts("The weir broke in the spring of 1803, so the mill at Orrin stood idle for a year.").length).toBe(2);
  });

  it("shows the concession with its answer, and asks the answer", () => {
    const got = passing("The Brannock canal seemed at first sight a costly failure to the merchants of the valley; but Osric Vell showed that it halved the price of coal, and the town, which had been a village of fishermen and weavers, grew rich on the tolls of the barges that passed its locks.");
    expect(got).toContain("The Brannock canal seemed at first sight a costly failure to the merchants of the valley; but Osric Vell showed that it halved the {{c1::price of coal}}.");
    // Never the concession alone, never a blank inside the concession.
    expect(got.every((f) => !/^The Brannock canal seemed .*valley\.$/.test(f))).toBe(true);
    expect(got.every((f) => !/\{\{c1::[^}]*\}\}[^;]*;/.test(f))).toBe(true);
  });

  it("does not show a concession that is no statement of its own (a second verb cut at its comma)", () => {
    const got = passing("Here and there an old custom of the valley was widely adopted, and distorted into strange forms by the clerks of the Orrin mills; but Osric Vell showed that the council of Kelmsby wrote the first code of law, and the town, which had been a village of fishermen, grew rich on its courts.");
    expect(got.every((f) => !/^Distorted/.test(f))).toBe(true);
    // The answering clause alone is still a card.
    expect(got).toContain("Osric Vell showed that the council of Kelmsby wrote the {{c1::first code of law}}.");
  });
});
