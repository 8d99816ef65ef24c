// The span model in two roles (lib/cards/spans/choice.ts): the shipped model admits a sentence's
// clozes (whether and how many), a choice model only says which spans they blank. Invented sentences.
import { afterEach, describe, expect, it } from "vitest";
import { analyse } from "../pipeline/helpers";
import { clozeCandidates } from "@/lib/cards/candidates/cloze";
import { blankChoice } from "@/lib/cards/gates/blank-choice";
import { isChosen, SPAN_CHOICE } from "@/lib/cards/spans/choice";
import type { SpanWeights } from "@/lib/cards/spans/model";

const engineer = "In 1871 the engineer Mara Quill drained the marsh of Tollby with a steam pump.";
const lamps = "Bright lamps attract the moths of the northern valleys.";
const model = (weights: Record<string, number>): SpanWeights => ({ source: "invented", weights });
const clozes = (text: string) => {
  const a = analyse(text);
  return { a, backs: clozeCandidates(a.sentences[0], a).map((c) => c.back), all: clozeCandidates(a.sentences[0], a) };
};

// These sentences blank a date of the opening phrase to exercise the two roles.
afterEach(() => { SPAN_CHOICE.weights = null; SPAN_CHOICE.floor = true; SPAN_CHOICE.onlyCriticised = false; });

describe("span choice as a second role", () => {
  it("is off by default: the shipped model admits and chooses", () => {
    expect(SPAN_CHOICE.weights).toBeNull();
    expect(clozes(engineer).backs).toEqual(["Mara Quill", "1871"]);
  });

  it("re-picks which spans are blanked, keeping how many the admission model gave", () => {
    SPAN_CHOICE.weights = model({ "kind:date": 3, "kind:person": -3 });
    expect(clozes(engineer).backs).toEqual(["1871", "Mara Quill"]);
  });

  it("never gives a cloze to a sentence the admission model left without one", () => {
    expect(clozes(lamps).backs).toEqual([]);
    SPAN_CHOICE.weights = model({ "kind:term": 5 });
    SPAN_CHOICE.floor = false;
    expect(clozes(lamps).backs).toEqual([]);
  });

  it("held to the floor, skips spans the admission model rates too low; free, blanks them and the gate lets them through", () => {
    SPAN_CHOICE.weights = model({ "kind:term": 5 });
    expect([...clozes(engineer).backs].sort()).toEqual(["1871", "Mara Quill"]);
    SPAN_CHOICE.floor = false;
    const { a, backs, all } = clozes(engineer);
    // "engineer Mara Quill" (admission score under the floor) now comes first; still two clozes.
    expect(backs).toHaveLength(2);
    expect(backs[0]).toBe("engineer Mara Quill");
    const s = a.sentences[0];
    expect(all.every((c) => isChosen(s, c.answer!.start, c.answer!.end))).toBe(true);
    expect(all.map((c) => blankChoice(c, a))).toEqual([null, null]);
    // Admission does not read the marks: a second pass over the sentence gives the same clozes.
    expect(all.map((c) => c.back)).toEqual(backs);
  });

  it("restricted to criticised blanks, moves only the lead-in's blank and keeps the one no rater would move", () => {
    SPAN_CHOICE.weights = model({ "kind:term": 5 });
    SPAN_CHOICE.floor = false;
    // Unrestricted, the choice moves the blank off the name and keeps the date of the lead-in.
    expect(clozes(engineer).backs).toEqual(["engineer Mara Quill", "1871"]);
    SPAN_CHOICE.onlyCriticised = true;
    expect(clozes(engineer).backs).toEqual(["Mara Quill", "engineer Mara Quill"]);
  });

  it("restricted, leaves a sentence whose blanks no class criticises as the admission model made it", () => {
    const guild = "In the spring of 1840, the weavers' guild of Tollby voted to close its hall.";
    SPAN_CHOICE.weights = model({ "kind:term": 5 });
    expect(clozes(guild).backs).toEqual(["spring of 1840"]);
    SPAN_CHOICE.onlyCriticised = true;
    expect(clozes(guild).backs).toEqual(["Tollby"]);
  });
});
