// Claim, reason and rejected-position cards of argumentative prose (invented sentences).
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { claimCandidates } from "@/lib/cards/candidates/claim";
import { generic } from "@/lib/cards/candidates/voice";
import { analyse, candidates } from "./helpers";

const claims = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s, i) => claimCandidates(s, a.sentences[i - 1], a.sentences[i + 1], a)).map((c) => ({ c, dropped: gate(c, a) }));
};
const shown = (text: string) => claims(text).filter((x) => !x.dropped).map(({ c }) => [c.front, c.back]);

describe("claim candidates", () => {
  it("a conclusion inside the sentence asks why, answered by the whole premise", () => {
    expect(shown("All maps drawn from memory omit the minor roads; hence we can never trust a remembered map for a walk across the moor.")).toEqual([
      ["Why can one never trust a remembered map for a walk across the moor?", "Because all maps drawn from memory omit the minor roads"],
    ]);
  });

  it("a conclusion without its own subject shares the premise's ('X are A, and therefore B')", () => {
    expect(shown("But the old charts are all subject to errors, and therefore liable to mislead every pilot on the coast.")).toEqual([
      ["Why are the old charts liable to mislead every pilot on the coast?", "Because the old charts are all subject to errors"],
    ]);
  });

  it("'The reason why X is that Y' and 'P. This is why Q.' ask why", () => {
    expect(shown("Now, the only reason why the flame does not climb the wick is, that the melted wax cools the fibre.")).toEqual([
      ["Why does the flame not climb the wick?", "Because the melted wax cools the fibre"],
    ]);
    expect(shown("The tide tables are based on a century of readings. This is why the pilots can predict every tide.")).toEqual([
      ["Why can the pilots predict every tide?", "Because the tide tables are based on a century of readings"],
    ]);
  });

  it("a conclusion opening a sentence takes the sentence before as its reason", () => {
    expect(shown("The tide tables of the estuary are based on a century of readings. Thus the harbour pilots are able to predict the height of every tide.")).toEqual([
      ["Why are the harbour pilots able to predict the height of every tide?", "Because the tide tables of the estuary are based on a century of readings"],
    ]);
  });

  it("no reason from a premise that opens on a pronoun", () => {
    expect(claims("They are based on a century of readings. Thus the harbour pilots are able to predict the height of every tide.").filter(({ c }) => c.type === "cause")).toEqual([]);
  });

  it("a claim about an abstract noun asks what it is", () => {
    expect(shown("The chief task of a lighthouse keeper is to keep the lamp burning through the night.")).toEqual([
      ["What is the chief task of a lighthouse keeper?", "To keep the lamp burning through the night"],
    ]);
  });

  it("a claim that a belief or a principle is another belief asks what it is", () => {
    expect(shown("The doctrine of the open harbour is the belief that every ship may shelter in any port during a storm.")).toEqual([
      ["What is the doctrine of the open harbour?", "The belief that every ship may shelter in any port during a storm"],
    ]);
  });

  it("'X is not A but B' asks what X is, also inside 'the clue … is to be found in the fact that'", () => {
    expect(shown("And the clue to this puzzle is to be found in the fact that navigation is not one skill but a bundle of separate crafts.")).toEqual([
      ["What is navigation?", "Not one skill but a bundle of separate crafts"],
    ]);
    // The chapter's own object ("the lamp") is no general subject.
    expect(claims("The lamp is not a single flame but a ring of small jets.").filter(({ c }) => c.type === "what")).toEqual([]);
  });

  it("a connective after the subject ('X, therefore, is …') marks a conclusion for a claim cloze", () => {
    // (Whether a blank is informative enough is the gates' decision; here only the statement is checked.)
    const got = claims("Piracy, therefore, is from its beginning a consequence of cabotage.").filter(({ c }) => c.kind === "cloze");
    expect(got.map(({ c }) => c.front.replace(/\{\{c1::|\}\}/g, ""))).toContain("Piracy is from its beginning a consequence of cabotage.");
  });

  it("a reported view followed by a rebuttal asks what is wrong with it, the reason after a bare verdict included", () => {
    expect(shown("It has been argued that we can measure the age of a glacier by the colour of the ice. But such an argument fails to separate the depth of the ice from its age.")).toEqual([
      ["What is wrong with the argument that one can measure the age of a glacier by the colour of the ice?", "The argument fails to separate the depth of the ice from its age"],
    ]);
    expect(shown("It is sometimes held that every river reaches the sea. But this view is mistaken. Desert rivers end in salt lakes, and the water evaporates there.")).toEqual([
      ["What is wrong with the view that every river reaches the sea?", "The view is mistaken: desert rivers end in salt lakes"],
    ]);
  });

  it("a reported view that nobody answers is no rejected position", () => {
    expect(claims("It has been argued that we can measure the age of a glacier by the colour of the ice. The colour of old ice is a deep blue.")).toEqual([]);
  });
});

describe("claim clozes", () => {
  it("state the author's conclusion without its connective or 'we', blanking a term the chapter repeats", () => {
    const got = shown("Every estimate of a glacier's age rests on its ablation gradient. Thus we must measure the ablation gradient of a glacier before we date its moraine.").filter(([f]) => f.includes("{{"));
    expect(got).toContainEqual(["One must measure the {{c1::ablation gradient}} of a glacier before one dates its moraine.", "ablation gradient"]);
  });

  it("leave the author's plan for the exposition alone", () => {
    expect(claims("Thus we must now consider the melting rate of a glacier in some detail.")).toEqual([]);
  });
});

describe("a term in the author's usage", () => {
  it("'By X I mean Y' and 'By X is meant Y' ask what is meant by the term", () => {
    expect(shown("By tidal memory I mean the habit of a river to keep the shape of its last flood.")).toEqual([
      ["What is meant by tidal memory?", "the habit of a river to keep the shape of its last flood"],
    ]);
    expect(shown("By a dead reach is meant a stretch of river where the current never turns.")).toEqual([
      ["What is meant by a dead reach?", "a stretch of river where the current never turns"],
    ]);
  });

  it("'Let us give the name of X to Y' is the author's definition, not a step addressed to the reader", () => {
    expect(shown("Let us give the name of 'drift-marks' to the lines that a falling tide leaves on the sand.")).toEqual([
      ["What is meant by drift-marks?", "the lines that a falling tide leaves on the sand"],
    ]);
  });

  it("the essayist's dislocated definition: 'It is a strange feeling, this X, this Y'", () => {
    expect(shown("The keepers wrote letters home every week. It is a strange feeling, this harbour-sickness, this longing for a shore one has never seen.")).toEqual([
      ["What is harbour-sickness?", "the longing for a shore one has never seen"],
    ]);
    // The "it" anticipates "this harbour-sickness"; an ordinary leading "it" is still a pronoun.
    expect(analyse("It is a strange feeling, this harbour-sickness, this longing for a shore.").sentences[0].pronoun).toBeNull();
    expect(analyse("The lamp was lit. It is a strange lamp, with three wicks.").sentences[1].pronoun?.word).toBe("it");
  });
});

describe("cause cards of an argument", () => {
  const causes = (text: string) => {
    const { a, all } = candidates(text);
    return all.filter((c) => c.type === "cause" && !gate(c, a)).map((c) => [c.front, c.back]);
  };

  it("ask about the claim of 'It is true that P, because Q', with the author's we as one and the whole reason", () => {
    expect(causes("It is true that we trust the old charts more than the new ones, because the old charts were drawn from soundings, and the new ones were copied.")).toEqual([
      ["Why does one trust the old charts more than the new ones?", "Because the old charts were drawn from soundings, and the new ones were copied"],
    ]);
  });

  it("drop a rewritten card whose pronoun points into the sentence before", () => {
    expect(causes("We believe that it will rain tomorrow, because it has rained every day this month.")).toEqual([]);
  });
});

describe("generic", () => {
  it("turns the author's inclusive we into one, and leaves forms it cannot conjugate", () => {
    expect(generic("we must accept the rule")).toBe("one must accept the rule");
    expect(generic("can we never prove our rule to us")).toBe("can one never prove one's rule to one");
    expect(generic("we have a reason")).toBe("one has a reason");
    expect(generic("we know the rule")).toBeNull();
    // "we shall see", "we will call": the author's plan for the exposition, not a claim.
    expect(generic("we shall see the rule")).toBeNull();
  });
});
