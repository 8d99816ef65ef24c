// A view the author reports (a period's moral judgement in the past tense, a word in the sense the
// passage says others give it) stated on a card as plain fact (lib/cards/gates/reported-view.ts).
// On by default (LECTERN_REPORTED_VIEW=0 turns it off); the rule itself is tested here whatever the switch. Invented text.
import { describe, expect, it } from "vitest";
import { reportedViewOf, reportedViewProblem } from "@/lib/cards/gates/reported-view";
import { clozeAt } from "../pipeline/helpers";

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
