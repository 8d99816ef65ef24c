// Session 18 (recall18): the generic "we" misread by the referring gate, behind LECTERN_GENERIC_WE.
// Invented sentences analysed by the real toolkit: with the switch on, a "we" of people in general
// after a misread "of <noun>" and an "our" before adjectives and a faculty pass; the author's plan,
// a story's "we" and a nation's "our" are still dropped; with it off nothing changes.
import { afterEach, describe, expect, it } from "vitest";
import { referring } from "@/lib/cards/gates/referring";
import { standalone } from "@/lib/cards/gates/standalone";
import { WIDER_GENERIC_WE, genericWeSwitch } from "@/lib/cards/gates/generic-we";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

const verdict = (text: string, span: string) => {
  const a = analyse(text);
  const i = a.sentences.length - 1;
  const s = a.sentences[i];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  const c = cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: i, answer: { start, end: start + span.length }, answerKind: "term" });
  return standalone(c, a) ?? referring(c, a);
};

const PASSES: [string, string][] = [
  ["The habit of mind or of thought by which we carry the rules of a familiar craft into a strange one may be called borrowed method.", "borrowed method"],
  ["Our quickest judgements are the residue of long practice stored in the nerves.", "residue of long practice"],
  ["Our earliest memories are the source of the fears of the grown man.", "source"],
];
const STILL_DROPPED: [string, string, string][] = [
  ["the author's plan", "We shall now consider the tides of the Marlow estuary.", "tides"],
  ["a story's 'we'", "We sailed for the Marlow estuary at dawn and reached the granite quay by noon.", "granite quay"],
  ["a nation's 'our'", "The granite of our island is harder than the sandstone of the mainland.", "granite"],
  ["a nation's 'our' after an adjective", "The trade of our northern ports is larger than the trade of the mainland.", "mainland"],
  // Review finding 1: a group adjective before a faculty word makes the "our" a nation's.
  ["a nation's 'our' before a group adjective and a faculty", "Our national habits are formed in the schools of the capital.", "schools"],
  ["a nation's 'our' before two adjectives and a faculty", "Our great national memory is kept in the abbey of the capital.", "abbey"],
  ["a nation's 'our' before a capitalised adjective", "Our Vennish habits are formed in the schools of the capital.", "schools"],
];

describe("the wider generic 'we' (LECTERN_GENERIC_WE)", () => {
  afterEach(() => { WIDER_GENERIC_WE.on = false; });
  it("reads the switch from the environment, off by default", () => {
    expect(genericWeSwitch({})).toBe(false);
    expect(genericWeSwitch({ LECTERN_GENERIC_WE: "1" })).toBe(true);
    expect(genericWeSwitch({ LECTERN_GENERIC_WE: "0" })).toBe(false);
  });
  it.each(PASSES)("passes %j with the switch on, drops it with the switch off", (text, span) => {
    WIDER_GENERIC_WE.on = false;
    expect(verdict(text, span)).toMatch(/first or second person/);
    WIDER_GENERIC_WE.on = true;
    expect(verdict(text, span)).toBeNull();
  });
  it.each(STILL_DROPPED)("still drops %s with the switch on", (_, text, span) => {
    WIDER_GENERIC_WE.on = true;
    expect(verdict(text, span)).toMatch(/first or second person/);
  });
});
