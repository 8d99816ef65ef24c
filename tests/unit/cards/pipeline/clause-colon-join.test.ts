// A colon followed by "nor", "for", "and" joins two statements as a semicolon does; the clause
// before it is then a statement of its own, not an announcement (invented sentences).
import { describe, expect, it } from "vitest";
import { clauses } from "@/lib/cards/candidates/clause-cloze";
import { analyse } from "./helpers";

// (The rule ships behind COLON_JOIN_ON, off; the tests turn it on.)
const parts = (text: string, on = true) => {
  const s = analyse(text).sentences[0];
  return clauses(s, on).map((p) => ({ text: s.tokens.slice(p.a, p.b).map((t) => t.text).join(" "), colon: !!p.colon, answered: !!p.answered }));
};

describe("a colon that joins two statements", () => {
  it("does not mark the clause before ': nor …' as an announcement", () => {
    const got = parts("No toll shall be laid by any warden of the valley on the grain of the Orrin mills: nor shall the barges bound to the Kelmsby wharf be obliged to pay dues there.");
    expect(got[0]).toEqual({ text: "No toll shall be laid by any warden of the valley on the grain of the Orrin mills", colon: false, answered: false });
  });

  it("keeps the old reading with the switch off (as shipped)", () => {
    expect(parts("No toll shall be laid by any warden of the valley on the grain of the Orrin mills: nor shall the barges bound to the Kelmsby wharf be obliged to pay dues there.", false)[0].colon).toBe(true);
  });

  it("does not mark the clause before ': for <clause>' as an announcement", () => {
    const got = parts("The weavers of Orrin may truly be said to have saved the valley from famine: for their cloth paid for the grain that the barges brought from the coast.");
    expect(got[0].colon).toBe(false);
  });

  it("still marks a clause that announces a list or a quotation", () => {
    expect(parts("The wardens of the valley laid three dues on every barge: the lock toll, the wharf fee and the pilot's share.")[0].colon).toBe(true);
    expect(parts("The old keeper of the mill recalled the words of Osric Vell: the weir will outlast us all.")[0].colon).toBe(true);
    // ": for about forty miles" opens a phrase, not a clause.
    expect(parts("The canal ran beside the river for the whole of its length: for about forty miles, to the coast.")[0].colon).toBe(true);
  });

  it("still reads ': but …' as a clause the next one answers", () => {
    expect(parts("Each parish shall choose its own wardens in such manner as its vestry may direct: but no miller shall be chosen a warden.")[0].answered).toBe(true);
  });
});
