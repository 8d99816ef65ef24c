// The parse gate's checks for cut clauses and broken question parses, on invented sentences
// analysed by the real toolkit: each broken shape is dropped, and its well-formed look-alike kept.
import { describe, expect, it } from "vitest";
import { parse } from "@/lib/cards/gates/parse";
import { cutClause } from "@/lib/cards/gates/cut-clause";
import { brokenQuestion } from "@/lib/cards/gates/question-parse";
import { analyse, cand } from "./helpers";

const sentence = (text: string) => analyse(text).sentences[0];

describe("cut clauses", () => {
  it.each([
    ["No matter how many lamps a keeper may own, and however bright they burn, the night is long.", "No matter how many lamps a keeper may own.", "a subordinate clause without its main clause"],
    ["The rents being paid to the crown, the tenants kept the rest of the harvest.", "The rents being paid to the crown.", "no finite verb: an absolute or participial clause"],
    ["The number of keepers in the two towers not being equal to the number of lamps, the board hired more.", "The number of keepers in the two towers not being equal to the number of lamps.", "no finite verb: an absolute or participial clause"],
    ["Orlen Vance reckoned that if each lamp burned a pint of oil a night.", "Orlen Vance reckoned that if each lamp burned a pint of oil a night.", "a condition without its consequence"],
    ["Light is thus a kind of fuel, or rather, as the old keeper said, it is 'the tower's bread,'.", "Light is thus a kind of fuel, or rather, as the old keeper said, it is 'the tower's bread,'.", "ends where a clause was cut"],
  ])("drops the cut clause of %j", (text, shownText, why) => {
    expect(cutClause(sentence(text), shownText)).toBe(why);
  });
  it.each([
    ["No matter how many lamps a keeper may own, the night is long."],
    ["If the oil runs low, the keeper trims the wick."],
    ["Orlen Vance reckoned that if each lamp burned a pint of oil the store would last a year."],
    ["The rents were paid to the crown in the spring of 1891."],
    ["Being a careful man, Orlen Vance kept two stores of oil."],
  ])("keeps the whole statement %j", (text) => {
    expect(cutClause(sentence(text), text)).toBeNull();
  });
  it("drops a cloze whose shown clause is cut, through the gate", () => {
    const a = analyse("No matter how many lamps a keeper may own, and however bright they burn, the night is long.");
    const c = cand({ kind: "cloze", type: "cloze", front: "No matter how many {{c1::lamps}} a keeper may own.", back: "lamps", answerKind: "term" });
    expect(parse(c, a)).toBe("a subordinate clause without its main clause");
  });
});

describe("broken question parses", () => {
  it.each([
    ["If a guild falls below a quorum, the charter lapses.", "What does if a guild consist of?", "a quorum", "a subordinator where the subject should be"],
    ["A proposal which may well be made is that the lamp is the result of wear.", "What are a proposal which may well be made is the result of?", "wear", "the verb's number clashes with its subject"],
    ["Orlen Vance read the letter a moment as the slight he had suffered came back to him, he tore it up with anger, and left.", "Who read the letter a moment as the slight he had suffered came back to him, he tore it up with anger, and left?", "Orlen Vance", "a second main clause inside the question"],
    ["The old law received a new meaning, and in time the law took a new form to fit the meaning.", "What did the old law receive, and in time the law took a new form to fit the meaning?", "a new meaning", "a second main clause inside the question"],
    ["The width of the basin gives the limit to which each tide can rise.", "What does the width of the basin give to which each tide can rise?", "the limit", "a relative clause whose antecedent is the answer"],
  ])("drops the question of %j", (text, front, back, why) => {
    expect(brokenQuestion(front, back, sentence(text))).toBe(why);
  });
  it.each([
    ["Orlen Vance rebuilt the Marlow Lighthouse, which had burned in 1889.", "Who rebuilt the Marlow Lighthouse, which had burned in 1889?", "Orlen Vance"],
    ["The only part of a keeper's duty for which he answers to the board is the lamp.", "What is the only part of a keeper's duty, for which he answers to the board?", "the lamp"],
    ["Orlen Vance rebuilt the tower, and paid the masons himself.", "Who rebuilt the tower, and paid the masons himself?", "Orlen Vance"],
    ["The harbour board gave the keepers a pension.", "What did the harbour board give the keepers?", "a pension"],
  ])("keeps the well-formed question of %j", (text, front, back) => {
    expect(brokenQuestion(front, back, sentence(text))).toBeNull();
  });
  it("drops a broken Q&A through the gate", () => {
    const a = analyse("If a guild falls below a quorum, the charter lapses.");
    expect(parse(cand({ front: "What does if a guild consist of?", back: "a quorum" }), a)).toBe("a subordinator where the subject should be");
  });
});
