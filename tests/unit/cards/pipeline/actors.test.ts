// The chapter's actors named by rank, office or people (lib/cards/spans/actors): recurring through
// the chapter, they are as guessable as its protagonists' names. Names and events are invented.
import { describe, expect, it } from "vitest";
import { spreadActors, isActorSpan } from "@/lib/cards/spans/actors";
import { spreadNames, BLOCK } from "@/lib/cards/spans/spread";
import { blankChoice } from "@/lib/cards/gates/blank-choice";
import { analyse, cand } from "./helpers";

const filler = (i: number) => `The tide rose ${i + 2} feet over the sand of the bay.`;
function chapter(blocks: number, line: (b: number, i: number) => string | null): string {
  const out: string[] = [];
  for (let b = 0; b < blocks; b++) for (let i = 0; i < BLOCK; i++) out.push(line(b, i) ?? filler(b * BLOCK + i));
  return out.join(" ");
}

// Eight stretches; the envoy and the Ruritanians appear in three of them, twice each: a third of the
// chapter, short of the half a proper name needs (./spread), but enough for a side of the story.
const story = chapter(8, (b, i) => {
  if (b % 3 !== 0) return null;
  if (i === 0) return "The Ruritanian envoy rode into the harbour town at dusk.";
  if (i === 1) return "The Ruritanians camped on the hill above the river.";
  if (i === 2) return "Before dawn the envoy sent his answer to the council.";
  if (i === 3) return `At noon the Ruritanians took ${b + 2} boats from the quay.`;
  return null;
});

const gateOn = (a: ReturnType<typeof analyse>, starts: string, span: string, answerKind: "term" | "group" = "term") => {
  const sentence = a.sentences.findIndex((s) => s.text.startsWith(starts));
  const s = a.sentences[sentence];
  const at = s.text.indexOf(span);
  return blankChoice(cand({ kind: "cloze", type: "cloze", front: "", back: span, sentence, answer: { start: at, end: at + span.length }, answerKind }), a);
};

describe("actors by rank, office or people", () => {
  it("counts a role noun and a people's plural that recur through a third of the chapter", () => {
    const a = analyse(story);
    expect(spreadNames(a).has("ruritanian")).toBe(false);
    const actors = spreadActors(a);
    expect(actors.has("envoy")).toBe(true);
    expect(actors.has("ruritanian")).toBe(true);
  });

  it("refuses a blank that is only such an actor, with its adjectives", () => {
    const a = analyse(story);
    expect(gateOn(a, "The Ruritanian envoy rode", "Ruritanian envoy")).toBe("the chapter's own actors");
    expect(gateOn(a, "The Ruritanians camped", "Ruritanians", "group")).toBe("the chapter's own actors");
  });

  it("keeps a blank that says more than who acted: a figure, another noun", () => {
    const a = analyse(story);
    const s = a.sentences.find((x) => x.text.startsWith("At noon the Ruritanians took"))!;
    const boats = s.text.match(/\d+ boats/)![0];
    const at = s.text.indexOf(boats);
    expect(isActorSpan(a, s.tokens, at, at + boats.length)).toBe(false);
    expect(gateOn(a, "The Ruritanian envoy rode", "harbour town")).not.toBe("the chapter's own actors");
  });

  it("leaves an actor met in one passage only, or in a short chapter", () => {
    const once = analyse(chapter(8, (b, i) => (b === 4 && i < 6 ? `The envoy counted crate number ${i + 1} on the quay.` : null)));
    expect(spreadActors(once).has("envoy")).toBe(false);
    const short = analyse(chapter(3, (_b, i) => (i < 3 ? "The envoy rode into the harbour town at dusk." : null)));
    expect(spreadActors(short).size).toBe(0);
  });
});
