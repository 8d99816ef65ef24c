// Pointing words that the rest of their own sentence completes (cataphora) and generic "he that /
// those who / other people": the standalone and referring gates keep such cards, and still drop the
// back-pointing twin of each. Sentences are invented; a context sentence comes first so that
// back-pointing words have something before them to point at.
import { describe, expect, it } from "vitest";
import { referring, maskForward } from "@/lib/cards/gates/referring";
import { standalone } from "@/lib/cards/gates/standalone";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

const CONTEXT = "The marshes were wide and cold in the north.";

/** The first gate of standalone → referring that drops a cloze of `span` in the second sentence, or null. */
function verdict(text: string, span: string): string | null {
  const a = analyse(`${CONTEXT} ${text}`);
  const sentence = a.sentences.length - 1;
  const s = a.sentences[sentence];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  const c = cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence, answer: { start, end: start + span.length }, answerKind: "name" });
  return standalone(c, a) ?? referring(c, a);
}

describe("gates: forward-pointing demonstratives stand alone", () => {
  it.each([
    ["a demonstrative completed by a relative clause", "The Lisk shipwrights built with that kind of timber which floats in salt water.", "Lisk shipwrights"],
    ["'these' + noun completed by a relative clause", "These pilots who knew the northern channel were paid by the Lisk guild.", "Lisk guild"],
    ["'those who …'", "Those who sailed with Orlen Vance were paid by the Lisk guild.", "Lisk guild"],
    ["'those of …'", "The lamps of Lisk were brighter than those of Tarrow.", "Tarrow"],
    ["'such … as'", "The Lisk guild hired such skilled and sober pilots as knew the northern channel.", "Lisk guild"],
    ["'this:' announcing what follows", "The first rule of the Lisk guild was this: no ship sails at night.", "Lisk guild"],
  ])("keeps %s", (_, text, span) => {
    expect(verdict(text, span)).toBeNull();
  });

  it.each([
    ["a demonstrative with no clause after it", "The Lisk shipwrights built with that kind of timber above all.", "Lisk shipwrights"],
    ["'those' + noun", "Those pilots sailed with Orlen Vance to the Lisk quay.", "Lisk quay"],
    ["'such' + noun with no 'as'", "The Lisk guild hired such pilots for the northern channel.", "Lisk guild"],
    ["'this' + noun", "This rule of the Lisk guild kept ships in harbour at night.", "Lisk guild"],
    ["a cleft 'it is this … which'", "It is this habit which made the Lisk pilots rich.", "Lisk pilots"],
  ])("still drops %s", (_, text, span) => {
    expect(verdict(text, span)).toMatch(/points back|demonstrative|leading pronoun/);
  });
});

describe("gates: generic 'he that / they who' is nobody in the chapter", () => {
  it.each([
    ["'He that …' with a later 'his'", "He that drains a marsh at Lisk may say his labour made the field.", "marsh at Lisk"],
    ["'he who …' inside the sentence", "By the Lisk custom, he who drains a marsh owns the field.", "Lisk custom"],
    ["'They who …' with a later 'their'", "They who drained the Lisk marshes kept their fields for ever.", "Lisk marshes"],
    ["'one who …'", "By the Lisk custom the field belongs to one who drains the marsh.", "Lisk custom"],
  ])("keeps %s", (_, text, span) => {
    expect(verdict(text, span)).toBeNull();
  });

  it.each([
    ["a leading 'He' with no relative clause", "He drained a marsh at Lisk, and his labour made the field.", "marsh at Lisk"],
    ["'they' with nothing plural before it", "By custom they kept the field at Lisk for ever.", "Lisk"],
    ["'asked her who …' (a pronoun and an indirect question)", "The clerk asked her who owned the field at Lisk.", "Lisk"],
  ])("still drops %s", (_, text, span) => {
    expect(verdict(text, span)).not.toBeNull();
  });

  it("masks only the generic person and the pronouns that follow it", () => {
    expect(maskForward("He that drains a marsh keeps his field.")).toBe("One that drains a marsh keeps one field.");
    expect(maskForward("He drains a marsh and keeps his field.")).toBe("He drains a marsh and keeps his field.");
  });
});

describe("gates: generic 'other people', 'the different arts', 'some … others'", () => {
  it.each([
    ["'other people'", "The actions of other people were restrained by the Lisk guild.", "Lisk guild"],
    ["'the different arts' (various)", "The different arts of shipbuilding were taught by the Lisk guild.", "Lisk guild"],
    ["'some … other' inside one sentence", "Some pilots sailed north, and other pilots sailed south from Lisk.", "Lisk"],
    ["'one … another' across clauses", "One pilot sailed north; another sailed to the far southern islands of Lisk.", "Lisk"],
  ])("keeps %s", (_, text, span) => {
    expect(verdict(text, span)).toBeNull();
  });

  it.each([
    ["'other' + a noun named before", "Orlen Vance engaged other pilots for the Lisk guild.", "Lisk guild"],
    ["'a different' + singular noun", "A different plan for the quay was chosen by the Lisk guild.", "Lisk guild"],
    ["'the other people' (the ones just named)", "The other people on the quay were restrained by the Lisk guild.", "Lisk guild"],
  ])("still drops %s", (_, text, span) => {
    expect(verdict(text, span)).toMatch(/depends on the text before it \(determiner/);
  });
});

describe("gates: an 'it' that anticipates a clause, and a quantified antecedent", () => {
  it.each([
    ["'It will be remembered that …'", "It will be remembered that Orlen Vance built the Lisk quay.", "Lisk quay"],
    ["'It so fell out that …'", "It so fell out that Orlen Vance was at the Lisk quay.", "Lisk quay"],
    ["'It is not <adjective> to …'", "It is not idle to compare the Lisk quay with the old harbour.", "Lisk quay"],
    ["'every man … his'", "Every man in the Lisk guild owned his own boat.", "Lisk guild"],
    ["'any one … he'", "The Lisk guild fined any one who sailed at night, unless he carried a lamp.", "Lisk guild"],
  ])("keeps %s", (_, text, span) => {
    expect(verdict(text, span)).toBeNull();
  });

  it.each([
    ["a pronoun 'it' before a preposition 'to'", "It is the charter of Lisk applied with force to the northern towns.", "Lisk"],
    ["a pronoun 'it' as subject", "It was built by the Lisk guild in granite.", "Lisk guild"],
    ["'his' with nobody before it", "The guild owned his boat and his nets at Lisk.", "Lisk"],
    ["'him' after a quantified subject", "Every man in the Lisk guild saluted him at the quay.", "Lisk guild"],
  ])("still drops %s", (_, text, span) => {
    expect(verdict(text, span)).not.toBeNull();
  });
});
