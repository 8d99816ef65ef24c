// The story-pronoun gate: in a past-tense sentence an object, possessive or later subject pronoun
// with nothing on the card it can stand for drops the card when it is in the blanked clause or the
// question; a pronoun the card gives an antecedent, exposition and other clauses pass. Invented sentences.
import { describe, expect, it } from "vitest";
import { storyPronoun, storyPronounGate } from "@/lib/cards/gates/story-pronoun";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

/** A cloze on `span` of the chapter's last sentence: the pronoun the gate finds, or null. */
function cloze(text: string, span: string, type: "cloze" | "gist" = "cloze") {
  const a = analyse(text);
  const k = a.sentences.length - 1, s = a.sentences[k];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  const c = cand({ kind: "cloze", type, front: blank(s, start, start + span.length), back: span, sentence: k, answer: { start, end: start + span.length }, answerKind: "name" });
  return { found: storyPronoun(c, s), gate: storyPronounGate(c, a) };
}

describe("story pronoun: what the card cannot resolve", () => {
  it.each([
    ["an object 'them' whose only plural is its own clause's subject", "The three carts sent by Vance blocked them at the ford.", "Vance", "them"],
    ["an object 'him' whose only person is its own clause's subject", "Orlen Vance pressed his hand, told him not to despair, and sent a runner to Marlow.", "Marlow", "him"],
    ["a later 'they' with only a place before it", "Lisk was not a mile away, but they could not see it.", "Lisk", "they"],
    ["a 'they' whose only plural is a time in a prepositional phrase", "In a few hours they passed the point below the Orra mill.", "Orra mill", "they"],
    ["an object 'it' with only a person before it", "Mara Vance could not understand it.", "Mara Vance", "it"],
    ["a possessive 'their' with nothing plural before it", "Vance inspected their boats at Lisk.", "Lisk", "their"],
  ])("drops %s", (_, text, span, pronoun) => {
    const r = cloze(text, span);
    expect(r.found).toBe(pronoun);
    expect(r.gate).toContain(pronoun);
  });

  it.each([
    ["an object pronoun whose person is another noun's object", "The guards caught the thief and locked him in the tower.", "tower"],
    ["a new subject between the person and the object pronoun", "Vance arrived at noon, and the guard saluted him.", "noon"],
    ["a possessive of the subject", "The keepers trimmed their lamps before dusk.", "dusk"],
    ["a possessor before the subject", "Vance's men carried him to the boat.", "boat"],
    ["two things joined by 'and'", "The porter and the guard carried them to the boat.", "boat"],
    ["a plural name as the possessor's antecedent", "The Carlists relieved their anger by burning the mill at Lisk.", "Lisk"],
    ["an exposition in the present tense", "The heat of a body depends on its mass and on them.", "mass"],
    ["a subject of an earlier clause after 'for'", "The flood was fierce, for there was no one to stop it at Lisk.", "Lisk"],
    ["a collective noun as a plural", "Vance saw that the people were restless and feared their anger at Lisk.", "Lisk"],
    ["a generic 'he who'", "He who waited at Lisk lost everything.", "Lisk"],
  ])("passes %s", (_, text, span) => {
    expect(cloze(text, span).found).toBeNull();
  });

  it("reads only the blanked clause of a cloze", () => {
    const text = "The carts sent by Vance blocked them at the ford; the riders reached Marlow at dusk.";
    expect(cloze(text, "Vance").found).toBe("them");
    expect(cloze(text, "Marlow").found).toBeNull();
  });

  it("reads a question's pronoun, and counts as antecedents only the words the card keeps", () => {
    const a = analyse("The carts reached the ford, and Vance burned them.");
    const s = a.sentences[0];
    expect(storyPronoun(cand({ kind: "qa", type: "who", front: "Who burned them?", back: "Vance", sentence: 0, answerKind: "person" }), s)).toBe("them");
    expect(storyPronoun(cand({ kind: "qa", type: "who", front: "Who burned them after the carts reached the ford?", back: "Vance", sentence: 0, answerKind: "person" }), s)).toBeNull();
    // The cloze shows the whole sentence, carts and all.
    expect(cloze("The carts reached the ford, and Vance burned them.", "Vance").found).toBeNull();
  });

  it("leaves gist cards alone", () => {
    expect(cloze("The three carts sent by Vance blocked them at the ford.", "Vance", "gist").gate).toBeNull();
  });
});
