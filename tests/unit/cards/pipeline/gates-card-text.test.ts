// Blank checks that read what the card shows, not the whole sentence: an answer repeated in a part of
// the sentence the question leaves out gives nothing away; an answer that opens the sentence on a
// capitalised common word is no name with a word fused on. Invented sentences.
import { describe, expect, it } from "vitest";
import { blankChoice, givenOnCard } from "@/lib/cards/gates/blank-choice";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

const qa = (text: string, front: string, back: string, answerKind: Parameters<typeof cand>[0]["answerKind"] = "term") => {
  const a = analyse(text);
  const start = a.sentences[0].text.indexOf(back);
  if (start < 0) throw new Error(`"${back}" not in "${text}"`);
  return { a, c: cand({ kind: "qa", type: "what", front, back, sentence: 0, answer: { start, end: start + back.length }, answerKind }) };
};

describe("gate: blank choice, given away by what the card shows", () => {
  it("keeps a question whose answer the sentence repeats only outside the question", () => {
    const { a, c } = qa("It is drainage, then, which gives the marsh land its worth, and without drainage the marsh would be worth nothing.", "What gives the marsh land its worth?", "drainage");
    expect(givenOnCard(c)).toBe(false);
    expect(blankChoice(c, a) ?? "").not.toMatch(/given away/);
  });
  it("drops a question that repeats its own answer", () => {
    const { c } = qa("Drainage made the marsh land worth something, and drainage was paid by the guild.", "What did the guild pay for, drainage or the marsh?", "drainage");
    expect(givenOnCard(c)).toBe(true);
  });
  it("judges a clause cloze by the clause it shows", () => {
    const a = analyse("Orlen Vance rebuilt the Tarrow mill in 1890.");
    const s = a.sentences[0];
    const start = s.text.indexOf("Orlen Vance");
    const shownClause = cand({ kind: "cloze", type: "cloze", front: "{{c1::Orlen Vance}} rebuilt the Tarrow mill in 1890.", back: "Orlen Vance", answer: { start, end: start + 11 }, answerKind: "person" });
    const repeated = cand({ kind: "cloze", type: "cloze", front: `${blank(s, start, start + 11)} Orlen Vance was proud.`, back: "Orlen Vance", answer: { start, end: start + 11 }, answerKind: "person" });
    expect(givenOnCard(shownClause)).toBe(false);
    expect(givenOnCard(repeated)).toBe(true);
  });
});

describe("gate: informative blank, a capitalised common word opening the sentence", () => {
  it("reads a question's answer that opens the sentence as a term, not a name with a word fused on", () => {
    const { a, c } = qa("Continuity of drainage is the chief means of keeping the marsh land dry.", "What is the chief means of keeping the marsh land dry?", "Continuity of drainage", "name");
    expect(informativeBlank(c, a)).toBeNull();
  });
  it("still refuses such an answer made of common words only", () => {
    const { a, c } = qa("Good work is the chief means of keeping the marsh land dry.", "What is the chief means of keeping the marsh land dry?", "Good work", "name");
    expect(informativeBlank(c, a)).toMatch(/common words/);
  });
  it("still refuses a cloze on a real name with a lower-case word fused on", () => {
    const a = analyse("Orlen Vance built a second tower at the Bay of Lisk.");
    const span = "Orlen Vance built";
    const c = cand({ kind: "qa", type: "who", front: "Who built a second tower at the Bay of Lisk?", back: span, answer: { start: 0, end: span.length }, answerKind: "person" });
    expect(informativeBlank(c, a)).toMatch(/fused/);
  });
});
