// Session 21 (fixgen21): the generator review's findings, each on invented text that failed before.
import { describe, expect, it } from "vitest";
import { blankGate, first, whole } from "./helpers";
import { definitionCandidates } from "@/lib/cards/candidates/definition";
import { whenWhereCandidates } from "@/lib/cards/candidates/when-where";
import { givesAway } from "@/lib/cards/context-line/line";

const fronts = (text: string) => { const { a, s } = first(text); return definitionCandidates(s, a).map((c) => c.front); };
const gate = blankGate;

describe("a genus asks Who only when it names a person", () => {
  it("a figure or a thing is asked What", () => {
    expect(fronts("Necessity is the mother of invention.")).not.toContain("Who is Necessity?");
    expect(fronts("The capital of a column is the head of the shaft.").some((f) => f.startsWith("Who"))).toBe(false);
  });
  it("a relation with a name after it, or a bare person noun, still says who", () => {
    expect(fronts("The true tutor is the father.")).toContain("Who is the true tutor?");
  });
});

describe("the tense of Who comes from the governing verb's form", () => {
  it("'need' is present, not past", () => {
    const f = fronts("They need Tarvash, the king of the hill tribes, at the ford.");
    expect(f).not.toContain("Who was Tarvash?");
  });
});

describe("a first name opening the sentence is part of the owner's name", () => {
  it("no place is grown from a person's full name at the start", () => {
    expect(whole("Tomas Orlen's Vestmarka is still read in the schools.", "Vestmarka")).toBeNull();
  });
  it("an opening preposition is still no first name", () => {
    expect(whole("At Vance's Kop a small force of guards tried to rush a hill.", "Kop")).toBe("Vance's Kop");
  });
});

describe("the sentence adverb is read case-sensitively", () => {
  it("an adverb before a small word is not fused onto a name", () => {
    expect(gate("Then the river Marl rose over its banks.", "Then the river Marl")).not.toBe("a word fused onto a name");
    expect(gate("Once a year the guild met in the long hall.", "Once a year", "phrase")).not.toBe("a word fused onto a name");
  });
  it("'since' is a conjunction", () => {
    expect(gate("Since Vance left the town has grown.", "Since Vance")).not.toBe("a word fused onto a name");
  });
  it("an adverb before a capital still is", () => {
    expect(gate("Now Orlen Vance is as unable as ever to pay.", "Now Orlen Vance")).toBe("a word fused onto a name");
  });
});

describe("the possessor gate needs a capitalised owner", () => {
  it("a common noun before 's is not part of a name", () => {
    expect(gate("The miller's Orlenhof stood by the ford in 1820.", "miller", "term")).not.toBe("part of a name");
  });
});

describe("a date after the article is asked", () => {
  it("'in the spring of 1820' gives a When card", () => {
    const { s } = first("Vance landed in the spring of 1820.");
    const c = whenWhereCandidates(s);
    expect(c.map((x) => x.front)).toContain("When did Vance land?");
  });
  it("a date after an adjective still gives none", () => {
    const { s } = first("The colonists stayed at the fort through the long winter.");
    expect(whenWhereCandidates(s).filter((x) => x.type === "when").map((x) => x.front).some((f) => /long\?$/.test(f))).toBe(false);
  });
});

describe("givesAway ignores an answer of stop words alone", () => {
  it("'A' or 'it' is not given away by any line", () => {
    expect(givesAway("There is a quay at Lisk.", "A")).toBe(false);
    expect(givesAway("It rose in 1820.", "it")).toBe(false);
  });
  it("a short name still is", () => {
    expect(givesAway("This river, the Po, floods.", "Po")).toBe(true);
  });
});
