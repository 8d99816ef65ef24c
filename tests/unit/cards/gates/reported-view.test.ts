// A view the author reports (a period's moral judgement in the past tense, a word in the sense the
// passage says others give it) stated on a card as plain fact (lib/cards/gates/reported-view.ts).
// On by default (LECTERN_REPORTED_VIEW=0 turns it off); the rule itself is tested here whatever the switch. Invented text.
import { describe, expect, it } from "vitest";
import { clauseAround, reportedViewOf, reportedViewProblem } from "@/lib/cards/gates/reported-view";
import { gate } from "@/lib/cards/gates";
import { analyse, cand, clozeAt } from "../pipeline/helpers";

describe("a past moral judgement with no holder", () => {
  it("drops a superlative judgement of a crime or sin put in the past", () => {
    const s = "Usury was the blackest of all sins; and to lend at interest was to serve the devil.";
    expect(reportedViewProblem(s, s, "Usury ", [])).toMatch(/whose view/);
    expect(reportedViewProblem("What was usury? the blackest of all sins", s, "Usury ", [])).toMatch(/whose view/);
    const t = "Sorcery was the most odious of crimes.";
    expect(reportedViewProblem(t, t, "Sorcery ", [])).not.toBeNull();
  });
  it("drops a duty that binds no one named", () => {
    const s = "It was a sacred duty to root out the false creed, seeing that souls were at stake.";
    expect(reportedViewProblem(s, s, "It ", [])).toMatch(/duty/);
  });
  it("keeps the card that carries its attribution", () => {
    const s = "In the eyes of the guild, usury was the blackest of all sins.";
    expect(reportedViewProblem(s, s, "In the eyes of the guild, usury ", [])).toBeNull();
    const t = "According to the old canonists, usury was the blackest of all sins.";
    expect(reportedViewProblem(t, t, "According to the old canonists, usury ", [])).toBeNull();
  });
  it("keeps a present judgement, a duty someone has, and a plain past fact", () => {
    for (const s of ["Cruelty is the worst of all vices.", "It was the duty of the reeve to count the sheep.", "Theft was punished by a fine of two shillings.", "It was a long way to the coast."]) {
      expect(reportedViewProblem(s, s, s.split(" ")[0], [])).toBeNull();
    }
  });
});

describe("a word in the sense the passage gives to others", () => {
  const passage = 'The critics of the town are easily pleased. The songs that they call "noble" are marching tunes. A noble song is a drum and a shout. A ballad is a song that tells a story.';
  it("drops the card whose subject uses the word others were said to call things", () => {
    const { a, c } = clozeAt(passage, 2, "drum and a shout", "phrase");
    expect(reportedViewOf(c, a)).toMatch(/noble/);
  });
  it("keeps a card on another subject in the same paragraph, and one with no such sentence before it", () => {
    const { a, c } = clozeAt(passage, 3, "tells a story", "phrase");
    expect(reportedViewOf(c, a)).toBeNull();
    const { a: b, c: d } = clozeAt("The songs of the town are marching tunes. A noble song is a drum and a shout.", 1, "drum and a shout", "phrase");
    expect(reportedViewOf(d, b)).toBeNull();
  });
  it("reads the word only in the sentence's subject, and not when the sentence quotes it itself", () => {
    expect(reportedViewProblem("x", "x", "The banner ", ["noble"])).toBeNull();
    expect(reportedViewProblem("x", "x", 'A "noble" song ', ["noble"])).toBeNull();
    expect(reportedViewProblem("x", "x", "A noble song ", ["noble"])).not.toBeNull();
  });
});

describe("fixg18: the review's findings", () => {
  it("never throws on a quoted hyphenated word, through the rule and through gate() (review 1)", () => {
    const text = 'The courtiers that people call "well-bred" wore silk. A clerk kept the rolls of the court. The well-bred courtier was a fop in a feathered hat.';
    const { a, c } = clozeAt(text, 1, "rolls of the court", "phrase");
    expect(() => reportedViewOf(c, a)).not.toThrow();
    expect(() => gate(c, a)).not.toThrow();
    const { a: b, c: d } = clozeAt(text.replace(/well-bred/g, "high-minded"), 2, "a fop in a feathered hat", "phrase");
    expect(reportedViewOf(d, b)).toMatch(/high-minded/);
    expect(reportedViewProblem("x", "x", "The well-bred courtier ", ["well-bred", "a(b", "[", "\\"])).toMatch(/well-bred/);
    expect(reportedViewProblem("x", "x", "The (courtier ", ["(", "*", "+?"])).toBeNull();
  });
  it("keeps a card on odd input rather than throw", () => {
    const a = analyse("A clerk kept the rolls.");
    expect(reportedViewOf(cand({ sentence: 7 }), a)).toBeNull();
    expect(reportedViewOf(cand({ kind: "qa", front: "What did the clerk keep?", back: "the rolls", sentence: 0, answer: { start: 500, end: 600 } }), a)).toBeNull();
  });
  it("keeps a card that names the holder with a base or present verb (review 4)", () => {
    const s = "The canonists held usury to be the blackest of all sins.";
    expect(reportedViewProblem("What did the canonists hold usury to be? the blackest of all sins", s, "The canonists ", [])).toBeNull();
    expect(reportedViewProblem("What do the old moralists hold to be the gravest of sins? pride", "pride was the gravest of sins", "pride ", [])).toBeNull();
    expect(reportedViewProblem("The friars believe that pride was the gravest of sins.", "pride was the gravest of sins", "pride ", [])).toBeNull();
    expect(reportedViewProblem("Whom do the doctors consider it a duty to heal? the poor", "It was a sacred duty to heal the poor.", "It ", [])).toBeNull();
  });
  it("reads a question's judgement only in the clause its answer comes from (review 4)", () => {
    const s = "Although usury was the blackest of all sins, the lenders lent at ten per cent.";
    const at = s.indexOf("ten per cent");
    expect(clauseAround(s, at, at + "ten per cent".length)).toBe(" the lenders lent at ten per cent.");
    expect(reportedViewProblem("At what rate did the lenders lend? ten per cent", clauseAround(s, at, at + 12), "Although usury ", [])).toBeNull();
    const { a } = clozeAt(s, 0, "ten per cent", "number");
    expect(reportedViewOf(cand({ kind: "qa", front: "At what rate did the lenders lend?", back: "ten per cent", sentence: 0, answer: { start: at, end: at + 12 } }), a)).toBeNull();
    const j = s.indexOf("the blackest of all sins");
    expect(reportedViewOf(cand({ kind: "qa", front: "What was usury?", back: "the blackest of all sins", sentence: 0, answer: { start: j, end: j + 24 } }), a)).toMatch(/whose view/);
  });
  it("does not take any word in -est for a superlative (review 4)", () => {
    for (const s of ["Patience was the test of all virtues.", "Thrift was the interest of all virtues.", "The siege was the conquest of all errors."]) expect(reportedViewProblem(s, s, "x ", [])).toBeNull();
  });
  it("keeps a stated law, and a duty of office (review 4)", () => {
    for (const s of ["By the statute of 1351 it was a crime to clip the coin.", "It was a crime to clip the coin.", "Under the new law it was a duty to register every birth.", "It was a legal duty to keep the bridge in repair."]) {
      expect(reportedViewProblem(s, s, "x ", [])).toBeNull();
    }
    const sin = "It was a grievous sin to lend at interest.";
    expect(reportedViewProblem(sin, sin, "It ", [])).toMatch(/sin/);
  });
  it("does not keep a card for a bare period word; keeps a general 'for/among the X-s,' (review 5)", () => {
    const s = "It was a sacred duty to root out the medieval heresy.";
    expect(reportedViewProblem(s, s, "It ", [])).toMatch(/duty/);
    const t = "For the old lawyers, it was a sacred duty to root out the heresy.";
    expect(reportedViewProblem(t, t, "For the old lawyers, it ", [])).toBeNull();
    const u = "Among the monks, usury was the worst of all sins.";
    expect(reportedViewProblem(u, u, "Among the monks, usury ", [])).toBeNull();
  });
  it("finds 'their word' at a sentence's start, in single quotes, and a few words after the verb (review 6)", () => {
    for (const before of ['Many call "noble" what is only loud.', "In the town they call 'noble' what is only loud.", "In the town they call \u2018noble\u2019 what is only loud.", 'People call such songs "noble" though they are only loud.']) {
      const { a, c } = clozeAt(`${before} A noble song is a drum and a shout.`, 1, "drum and a shout", "phrase");
      expect(reportedViewOf(c, a)).toMatch(/noble/);
    }
  });
  it("names what fired in its reason: a sin is not called a duty (review 7)", () => {
    const s = "It was a sin to eat meat on a fast day.";
    expect(reportedViewProblem(s, s, "It ", [])).not.toMatch(/duty/);
  });
});
