// The scene-anchor gate: a bare definite phrase of a story ("the carts", "the Admiral") points into the
// scene the chapter set up; anchored phrases, expositions and sentences that set their own scene pass.
// Invented sentences.
import { describe, expect, it } from "vitest";
import { sceneAnchor, sceneNouns } from "@/lib/cards/gates/scene-anchor";
import { blank } from "@/lib/cards/candidates/cloze";
import { FEATURE_NAMES, features } from "@/lib/cards/rank/features";
import { analyse, cand } from "./helpers";

const scene = (text: string) => sceneNouns(analyse(text).sentences[0]).map((n) => n.text);

/** A cloze on `span` of the chapter's first sentence, through the gate. */
function cloze(text: string, span: string, type: "cloze" | "gist" = "cloze") {
  const a = analyse(text);
  const s = a.sentences[0];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return sceneAnchor(cand({ kind: "cloze", type, front: blank(s, start, start + span.length), back: span, sentence: 0, answer: { start, end: start + span.length }, answerKind: "name" }), a);
}

describe("scene anchor: what points into the story's scene", () => {
  it.each([
    ["a bare plural in a past-tense sentence", "Before dawn the carts waited by the mill until Vance arrived.", "the carts"],
    ["a capitalised title of office alone", "The Admiral was in one of the leading ships.", "The Admiral"],
    ["a phrase whose of-phrase is a bare plural", "For two hours the procession of carts moved slowly towards Lisk.", "the procession"],
    ["a phrase after a past modal", "Vance could not see the movement.", "the movement"],
    ["a phrase in a story told under 'It is said that'", "It is said that the Mayor had hidden the keys before Vance came.", "the Mayor"],
  ])("finds %s", (_, text, phrase) => {
    expect(scene(text)).toContain(phrase);
  });

  it.each([
    ["an exposition in the present tense", "The body loses heat quickly when the temperature falls."],
    ["a general claim with a present modal", "The amount of heat radiated will depend on the temperature of the surface."],
    ["a name before the head", "The Marlow garrison surrendered without a shot."],
    ["an of-phrase that names it", "The gate of Lisk was closed at night."],
    ["an of-phrase with a determiner", "The tyranny of the old kings was broken by Vance."],
    ["a possessor", "The keeper's house burned down."],
    ["a participle after it", "The lamps trimmed by hand burned longer."],
    ["a relative clause after it", "The men who had marched from Lisk surrendered."],
    ["something there is only one of", "The sun rose slowly over the sea."],
    ["a noun the sentence introduced first", "A messenger arrived at noon, and the messenger fell asleep."],
    ["a word of the sentence's own logic", "The rest returned home before Vance came."],
    ["a capitalised word that is no title of office", "The Sahara was crossed in forty days."],
    ["the object of a noun's of-phrase", "Vance demanded the surrender of the garrison."],
    ["a sentence that names three people or places", "While Orlen Vance feinted at Lisk, the danger lay at Marlow."],
  ])("leaves alone %s", (_, text) => {
    expect(scene(text)).toEqual([]);
  });
});

describe("scene anchor: appositions", () => {
  it("takes 'Lisk, the capital,' as naming the phrase, but not a clause's comma before a subject", () => {
    expect(scene("The convoy reached Lisk, the capital, at dawn.")).not.toContain("the capital");
    expect(scene("While the convoy waited at Lisk, the carts rolled on.")).toContain("the carts");
  });
});

describe("scene anchor gate", () => {
  it("drops a story's card that shows the bare phrase", () => {
    expect(cloze("Before dawn the carts waited by the mill until Vance arrived.", "Vance")).toMatch(/needs the story's scene \("the carts"\)/);
  });

  it("keeps the same claim told as an exposition", () => {
    expect(cloze("Before dawn the carts wait by the mill until the miller arrives.", "miller")).toBeNull();
  });

  it("leaves gist cards to the other gates", () => {
    expect(cloze("Before dawn the carts waited by the mill until Vance arrived.", "Vance", "gist")).toBeNull();
  });
});

describe("scene-noun ranker feature", () => {
  const value = (text: string, span: string) => {
    const a = analyse(text);
    const s = a.sentences[0];
    const start = s.text.indexOf(span);
    const c = cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: 0, answer: { start, end: start + span.length }, answerKind: "name" });
    return { gate: sceneAnchor(c, a), feature: features(c, a)[FEATURE_NAMES.indexOf("scene-noun")] };
  };

  it("marks a scene phrase the gate lets through because the sentence names three people or places", () => {
    expect(value("While Orlen Vance feinted at Lisk, the danger lay at Marlow.", "Marlow")).toEqual({ gate: null, feature: 1 });
  });

  it("is 0 when the phrase is anchored", () => {
    expect(value("The gate of Lisk was closed by Orlen Vance.", "Orlen Vance").feature).toBe(0);
  });
});
