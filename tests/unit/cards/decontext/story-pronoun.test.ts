// The story-pronoun repair: an object, possessive or later subject pronoun of a past-tense sentence
// that nothing in its own sentence can stand for is replaced by the previous sentence's one certain
// antecedent; when there is none, or it is the sentence's own subject, nothing is guessed.
// Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { analyse } from "../pipeline/helpers";

const last = (text: string) => analyse(text).sentences.at(-1)!;
const repairs = (text: string) => (last(text).context?.edits ?? []).filter((e) => e.op === "pronoun");

describe("story pronoun repair", () => {
  it.each([
    ["an object 'them' from the one group before", "The Carlists waited by the river. The three carts sent by Vance blocked them at the ford.", "The three carts sent by Vance blocked the Carlists at the ford."],
    ["a possessive 'their' from the one group before", "The Carlists waited by the river. Vance inspected their boats at Lisk.", "Vance inspected the Carlists' boats at Lisk."],
    ["an object 'it' from the named thing that was the subject before", "The Harbour Act passed. Vance could not understand it.", "Vance could not understand the Harbour Act."],
  ])("resolves %s", (_, text, want) => {
    expect(last(text).text).toBe(want);
    expect(repairs(text)[0]?.from).toBe(0);
  });

  it.each([
    ["the only person before is the sentence's own subject", "Orlen Vance rode to Lisk. Orlen Vance told him to wait."],
    ["the sentence before names no group", "The rain fell all night. The three carts sent by Vance blocked them at the ford."],
    ["the sentence before has a pronoun of the same kind (someone else may be meant)", "Orlen Vance spoke, and his words stirred him. That was his field at Lisk."],
    ["the pronoun has its antecedent in its own sentence", "The Carlists waited by the river. The keepers trimmed their lamps before dusk."],
    ["an exposition in the present tense", "The Carlists live by the river. The law protects them."],
  ])("guesses nothing when %s", (_, text) => {
    expect(repairs(text)).toEqual([]);
  });
});

describe("story pronoun repair: a rival in the sentence before", () => {
  it("does not guess the group when the sentence before also has another plural", () => {
    expect(repairs("The Carlists had met the ferrymen by the river. The three carts sent by Vance blocked them at the ford.")).toEqual([]);
  });
});
