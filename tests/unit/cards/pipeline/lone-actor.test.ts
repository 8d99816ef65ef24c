// A story beat with one actor and no occasion (lib/cards/gates/lone-actor.ts, read by the low-value
// gate): a past-tense sentence whose card names nothing but the person blanked. Invented sentences.
import { describe, expect, it } from "vitest";
import { loneActorBeat } from "@/lib/cards/gates/lone-actor";
import { lowValue } from "@/lib/cards/gates/low-value";
import { blank } from "@/lib/cards/candidates/cloze";
import type { Analysis } from "@/lib/cards/analyse";
import { analyse, cand } from "./helpers";

// A cloze on the first occurrence of `name` in sentence `i`, of kind person.
function clozeOn(a: Analysis, i: number, name: string) {
  const s = a.sentences[i];
  const start = s.text.indexOf(name);
  if (start < 0) throw new Error(`"${name}" not in "${s.text}"`);
  const answer = { start, end: start + name.length };
  return cand({ kind: "cloze", type: "cloze", front: blank(s, answer.start, answer.end), back: name, sentence: i, answer, answerKind: "person" });
}
const story = "Orlen Vance came back to Dunmore in the spring of 1881. Vance was weighing his chances, and drew back when he saw he had pressed too hard.";

describe("loneActorBeat", () => {
  it("drops a past-tense beat that names nobody and nothing but its actor", () => {
    const a = analyse(story);
    const c = clozeOn(a, 1, "Vance");
    expect(loneActorBeat(c, a)).toBe(true);
    expect(lowValue(c, a)).toMatch(/one actor and no occasion/);
  });
  it("keeps the beat when the card names a place, a date or another person", () => {
    const a = analyse("Vance was weighing his chances at Dunmore, and drew back. Vance drew back in 1881 when the vote went against him. Vance drew back when Orla Quill spoke against him.");
    expect(loneActorBeat(clozeOn(a, 0, "Vance"), a)).toBe(false);
    expect(loneActorBeat(clozeOn(a, 1, "Vance"), a)).toBe(false);
    expect(loneActorBeat(clozeOn(a, 2, "Vance"), a)).toBe(false);
  });
  it("keeps an idea with its owner, and a claim in the present tense", () => {
    const a = analyse("Vance based his account on a belief that harbours shape the towns around them. Vance holds that harbours shape the towns around them.");
    expect(loneActorBeat(clozeOn(a, 0, "Vance"), a)).toBe(false);
    expect(loneActorBeat(clozeOn(a, 1, "Vance"), a)).toBe(false);
  });
  it("keeps a type of person and a name that is not the sentence's subject", () => {
    const a = analyse("The Harbour Master of the old towns kept every ledger himself. The stresses of the trade led to a harsh creed associated with the name of Vance.");
    expect(loneActorBeat(clozeOn(a, 0, "Harbour Master"), a)).toBe(false);
    expect(loneActorBeat(clozeOn(a, 1, "Vance"), a)).toBe(false);
  });
  it("reads only person answers", () => {
    const a = analyse(story);
    expect(loneActorBeat({ ...clozeOn(a, 1, "Vance"), answerKind: "place" }, a)).toBe(false);
  });
});
