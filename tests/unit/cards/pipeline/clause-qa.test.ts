// Questions and clozes from the independent clauses of a long sentence (invented sentences, no fixture names).
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { clauseQaCandidates, clauseAsSentence, leansOnOtherClause } from "@/lib/cards/candidates/clause-qa";
import { clauses, clauseClozeCandidates, standsAlone, verbOf } from "@/lib/cards/candidates/clause-cloze";
import { analyse } from "./helpers";

const parts = (text: string) => {
  const a = analyse(text);
  const s = a.sentences[0];
  return clauses(s).map((p) => s.tokens.slice(p.a, p.b).map((t) => t.text).join(" "));
};
const passing = (text: string) => {
  const a = analyse(text);
  const s = a.sentences[0];
  return { a, s, qa: clauseQaCandidates(s, a).filter((c) => !gate(c, a)), cloze: clauseClozeCandidates(s, a).filter((c) => !gate(c, a)) };
};

describe("clause questions", () => {
  it("asks a standalone question of each half of 'X is A; Y is B'", () => {
    const { s, qa } = passing("The Brannock canal was opened to barges in 1794; the Orrin canal was built by Osric Vell in 1802.");
    const fronts = qa.map((c) => c.front);
    expect(fronts).toContain("When was the Brannock canal opened to barges?");
    expect(fronts).toContain("When was the Orrin canal built by Osric Vell?");
    // The source is the whole sentence: the answer's offsets point into it, on the second clause.
    const second = qa.find((c) => c.front.startsWith("When was the Orrin"))!;
    expect(second.sentence).toBe(s.sentence.id);
    expect(s.text.slice(second.answer!.start, second.answer!.end)).toBe("1802");
    expect(second.answer!.start).toBeGreaterThan(s.text.indexOf(";"));
  });

  it("gives nothing from a second half that opens on a pronoun", () => {
    const { qa, cloze } = passing("The Brannock canal was opened to barges in 1794; it was also closed to coal boats in 1802.");
    expect(qa.some((c) => /1802|closed/.test(`${c.front} ${c.back}`))).toBe(false);
    expect(cloze.some((c) => /closed to coal boats/.test(c.front))).toBe(false);
    expect(qa.map((c) => c.front)).toContain("When was the Brannock canal opened to barges?");
  });

  it("gives nothing from a half that points at the other one anywhere in it", () => {
    const a = analyse("In March 1871 the town of Kelmsby was renamed Port Aldous; and in the same month two villages near Orrin were joined to it.");
    const s = a.sentences[0];
    const [first, second] = clauses(s);
    expect(leansOnOtherClause(s, first)).toBe(false);
    expect(leansOnOtherClause(s, second)).toBe(true);
    expect(clauseQaCandidates(s, a).some((c) => /same month|villages/.test(`${c.front} ${c.back}`))).toBe(false);
  });

  it("asks nothing of a clause with no name, date or number in it", () => {
    // (Before any gate: the clause is never asked about.)
    const a = analyse("The new bridge carries the heavy carts, and in time even the old ford loses its traffic to the bridge that replaced it.");
    expect(clauseQaCandidates(a.sentences[0], a)).toEqual([]);
  });

  it("reads a clause as a sentence of its own: its subject and verb, offsets from its start", () => {
    const a = analyse("The Brannock canal was opened to barges in 1794; the Orrin canal was built by Osric Vell in 1802.");
    const s = a.sentences[0];
    const sub = clauseAsSentence(s, clauses(s)[1]);
    expect(sub.text).toBe("the Orrin canal was built by Osric Vell in 1802.");
    expect(sub.clause && sub.text.slice(sub.clause.subject.start, sub.clause.subject.end)).toBe("the Orrin canal");
    for (const e of sub.entities) expect(sub.text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe("clause cuts", () => {
  it("does not split at a colon that introduces a list", () => {
    const a = analyse("The Orrin fair sold three kinds of goods to the drovers of Kelmsby: wool, flax and cheese from the upland farms.");
    const s = a.sentences[0];
    expect(clauseClozeCandidates(s, a)).toEqual([]);
    expect(clauseQaCandidates(s, a)).toEqual([]);
  });

  it("does not cut between two noun phrases joined by ', and'", () => {
    expect(parts("The harbour of Kelmsby, and all the quays along it, were given to the town by Osric Vell in 1802.")).toEqual([]);
  });

  it("does not cut before the last item of a list", () => {
    const got = parts("The warden said that the stock of hens, geese, and ducks on any farm of the valley depends chiefly on the foxes; and the price of eggs follows it.");
    expect(got.some((p) => /^ducks/.test(p))).toBe(false);
  });

  it("still cuts between two clauses joined by ', and'", () => {
    expect(parts("The Brannock canal was opened in 1794, and the Orrin canal was opened in 1802.")).toHaveLength(2);
  });

  it("makes no clause of a participle phrase or of words inside an open quotation", () => {
    // (Before any gate: these pieces are never offered as sentences.)
    const a = analyse("Here is the new lamp of the Varley works, and some glass chimneys made of sand taken from the dunes of Orrin.");
    const s = a.sentences[0];
    expect(verbOf(s, clauses(s)[1])).toBe(-1);
    expect(clauseClozeCandidates(s, a).some((c) => /^Some/.test(c.front))).toBe(false);
    const q = analyse("\"The warden sall keep the keys of the mill of Kelmsby; and he sall pay the miller ane penny every week, and the clerk sall write it.");
    const inQuote = [...clauseClozeCandidates(q.sentences[0], q), ...clauseQaCandidates(q.sentences[0], q)];
    expect(inQuote.some((c) => /warden/i.test(c.front))).toBe(false);
  });

  it("makes no sentence of a verbless clause whose only verb is in a 'where' clause", () => {
    const a = analyse("They say the town grew quickly after 1802; common sense, and thrift, and order, spreading out from the small office in the Kelmsby mill where, day and night, the warden was at his desk.");
    const s = a.sentences[0];
    expect(clauses(s).map((p) => standsAlone(s, p, verbOf(s, p)))).toEqual([true, false]);
  });
});
