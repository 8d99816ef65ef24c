// Construction defects the strict raters rejected on set 26 once it was a training set (session 27,
// gen27): a blank across a name's edge, a temporal "since" read as a cause, an object question that
// strands an of-phrase, a dated opening cut from its year, a summing-up aside dropped from a list.
// Invented sentences only; each "keeps" test is a look-alike that must keep its card.
import { describe, expect, it } from "vitest";
import { boundary } from "@/lib/cards/gates/boundary";
import { whyCard } from "@/lib/cards/claims/card";
import { objectCandidates } from "@/lib/cards/candidates/object";
import { clauseClozeCandidates } from "@/lib/cards/candidates/clause-cloze";
import { wrongAnswerKind } from "@/lib/cards/gates/question-structure";
import { analyse, clozeAt, first } from "./helpers";

const phrases = (text: string) => first(text).s.phrases.map((p) => p.text);
const gate = (text: string, span: string) => { const { a, c } = clozeAt(text, 0, span); return boundary(c, a); };
const why = (text: string) => { const { a, s } = first(text); return whyCard(s, [], a); };
const objects = (text: string) => objectCandidates(first(text).s).map((c) => c.front);
const lastSentence = (text: string) => { const a = analyse(text); return a.sentences[a.sentences.length - 1]; };

describe("noun phrases: a name after a common noun, a verb after a name", () => {
  it("ends a phrase before a title and its name", () => {
    expect(phrases("Even chemistry Dr. Palmer made lively.")).toEqual(["chemistry", "Dr. Palmer"]);
  });
  it("ends a phrase before a figure that begins a name", () => {
    const p = phrases("In a thousand years 40 Draconis will have moved through a great arc of the sky.");
    expect(p).toContain("a thousand years");
    expect(p).toContain("40 Draconis");
  });
  it("keeps a blank on a noun and the figure after it when no name follows", () => {
    expect(gate("The mill was built in the year 1791 by the brothers.", "year 1791")).toBeNull();
  });
  it("leaves a verb in -s out of the name before it when the clause has no other verb", () => {
    expect(phrases("There is no doubt that 40 Draconis moves at present in a straight path.")).toContain("40 Draconis");
    expect(phrases("There is no doubt that 40 Draconis moves at present in a straight path.")).not.toContain("40 Draconis moves");
  });
  it("keeps a name and a plural noun after a verb ('reached the Thames docks at night')", () => {
    expect(phrases("The little ship reached the Thames docks at night.")).toContain("the Thames docks");
  });
});

describe("gate: boundary, a blank across a name's edge", () => {
  it("drops a blank from a common noun into a title and name", () => {
    expect(gate("Even chemistry Dr. Palmer made lively.", "chemistry Dr. Palmer")).toMatch(/name's edge/);
  });
  it("drops a blank from a noun into a figure-led name", () => {
    expect(gate("In a thousand years 40 Draconis will have moved through a great arc of the sky.", "thousand years 40 Draconis")).toMatch(/name's edge/);
  });
  it("drops a blank from a name into its verb", () => {
    expect(gate("There is no doubt that 40 Draconis moves at present in a straight path.", "40 Draconis moves")).toMatch(/name's edge/);
  });
  it("keeps a blank on the title and name alone", () => {
    expect(gate("Even chemistry Dr. Palmer made lively.", "Dr. Palmer")).toBeNull();
  });
});

describe("thesis why-card: a 'since' of time is no reason", () => {
  it("makes no card when 'since' has no verb in its clause and the claim is in the perfect", () => {
    expect(why("Since the date of the first survey of the coast, the old harbour has received the constant attention of engineers.")).toBeNull();
  });
  it("reads a noun after a possessive as no verb ('since the date of the engineer's address')", () => {
    expect(why("Since the date of the chief engineer's address, the old harbour has received the constant attention of builders.")).toBeNull();
  });
  it("makes no card when the claim is in the perfect after a 'since' clause", () => {
    expect(why("Since the river was first dredged by the company, the old harbour has received many more ships.")).toBeNull();
  });
  it("makes no card from ', since Q' after a claim in the perfect", () => {
    expect(why("The old harbour has received many more ships, since the river was dredged by the company.")).toBeNull();
  });
  it("keeps a causal 'since' before or after a past-tense claim", () => {
    expect(why("Since the new tax fell chiefly on bread, the poor of every parish paid the greater part of the whole sum.")?.back).toBe("Because the new tax fell chiefly on bread");
    expect(why("The poor of every parish paid the greater part of the tax, since the new tax fell chiefly on bread.")?.back).toBe("Because the new tax fell chiefly on bread");
  });
});

describe("object question: no of-phrase left behind", () => {
  it("asks nothing when the object runs on into an of-phrase the chunker did not read", () => {
    expect(objects("The bailiffs taking hurried surveys defeated the lawful tenant of his holding.").some((f) => /\bof his holding\?$/.test(f))).toBe(false);
  });
  it("keeps an object question whose of-phrase is read whole", () => {
    expect(objects("The bailiffs defeated the claim of the tenant.")).toContain("What did the bailiffs defeat?");
  });
});

describe("clause cloze: a dated opening keeps its year", () => {
  it("does not cut 'From March to August,' and leave '1871, …'", () => {
    const s = first("From March to August, 1871, Mr. Harlow rode out to Ashby twice a week, and taught the boys arithmetic, surveying, French and Latin.");
    expect(clauseClozeCandidates(s.s, s.a).some((c) => /^1871\b/.test(c.front))).toBe(false);
  });
  it("still drops a month with no year ('In March, …')", () => {
    const s = first("In March, Mr. Harlow rode out to Ashby twice a week, and the boys learned arithmetic from him in the barn.");
    expect(clauseClozeCandidates(s.s, s.a).some((c) => /^\{?\{?(?:c1::)?Mr\. Harlow|^Mr\./.test(c.front))).toBe(true);
  });
});

describe("decontext markers: a summing-up aside after a list stays", () => {
  const PARA = "The new steward of the manor was a careful man who kept the books well. ";
  it("keeps ', in short,' after a list", () => {
    expect(lastSentence(`${PARA}Fines for trespass, petty debts, forfeitures on bonds, in short, the whole run of the courts, served as pretexts for taking money.`).text).toMatch(/bonds, in short, the whole run/);
  });
  it("still drops ', in short,' inside a plain clause", () => {
    expect(lastSentence(`${PARA}He lost, in short, every acre that his father had left him in the valley.`).text).toBe("He lost every acre that his father had left him in the valley.");
  });
});

describe("gate: question structure, a back cut where it announces its content", () => {
  const s = () => first("Thrift is a habit, that is, a saving of small sums made every week.").s;
  it("refuses a back that ends on ', that is'", () => {
    expect(wrongAnswerKind("What is thrift?", "a habit, that is", s())).toMatch(/announces/);
  });
  it("keeps a back that goes on past 'that is'", () => {
    expect(wrongAnswerKind("What is thrift?", "a habit, that is, a saving of small sums", s())).toBeNull();
  });
});
