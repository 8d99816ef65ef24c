// Construction defects the strict raters rejected on the newest training books (session 26, gen26):
// a blank or span that runs from one phrase into the next (a count word after a noun, a sum cut from
// its currency sign), and a pair that joins two clauses. Invented sentences only.
import { describe, expect, it } from "vitest";
import { boundary } from "@/lib/cards/gates/boundary";
import { coordinatedPairs } from "@/lib/cards/spans/shapes";
import { phraseAt } from "@/lib/cards/spans/point";
import { clozeAt, first } from "./helpers";

const phrases = (text: string) => first(text).s.phrases.map((p) => p.text);
const pairs = (text: string) => {
  const { s } = first(text);
  return coordinatedPairs(s.tokens).map(([a, b]) => s.text.slice(s.tokens[a].start, s.tokens[b - 1].end));
};
const gate = (text: string, span: string) => { const { a, c } = clozeAt(text, 0, span); return boundary(c, a); };

describe("noun phrases: a count word or a sum opens another phrase", () => {
  it("ends a noun phrase before a count word that follows its noun", () => {
    expect(phrases("Tenants are released from their leases three ways.")).toContain("three ways");
    expect(phrases("Tenants are released from their leases three ways.")).not.toContain("leases three ways");
  });
  it("keeps a count word before its noun, and a figure after one", () => {
    expect(phrases("The three brothers sailed in the year 1791.")).toContain("The three brothers");
  });
  it("starts no phrase inside a sum after its currency sign", () => {
    expect(phrases("A weaver can open a shop on some £4 stock of yarn.").some((p) => /^4\b/.test(p))).toBe(false);
  });
  it("ends a predicate phrase before a count word after its noun", () => {
    const { s } = first("Tenants are released from leases three ways.");
    const at = s.tokens.findIndex((t) => t.lower === "leases");
    const span = phraseAt(s.tokens, at);
    expect(span && s.text.slice(s.tokens[span[0]].start, s.tokens[span[1] - 1].end)).toBe("leases");
  });
});

describe("gate: boundary, a blank across a phrase boundary", () => {
  it("drops a blank that runs from a noun into a count word's phrase", () => {
    expect(gate("Tenants are released from their leases three ways; by paying or by being excused.", "leases three ways")).toMatch(/count word/);
  });
  it("keeps a blank on a count word and its noun", () => {
    expect(gate("Tenants are released from their leases in three ways.", "three ways")).toBeNull();
  });
  it("drops a blank that cuts a sum from its currency sign", () => {
    expect(gate("A weaver can open a shop on some £4 stock of yarn.", "4 stock")).toMatch(/currency/);
  });
  it("keeps a blank on the sum alone after its currency sign", () => {
    expect(gate("The carriers put their losses at the great sum of £30,000.", "30,000")).toBeNull();
  });
});

describe("coordinated pairs: 'and' between two clauses is no pair", () => {
  it("offers no pair whose second half is the subject of the next clause", () => {
    expect(pairs("Where there is no clear winner and the vote is split the chair decides.")).not.toContain("clear winner and the vote");
  });
  it("keeps a pair that is the subject of its clause", () => {
    expect(pairs("Cheap bread and the dearer cloth were the demands of the weavers.")).toContain("Cheap bread and the dearer cloth");
  });
});
