// Cards from experiments and demonstrations (lib/cards/experiment), on invented passages: a
// demonstration stated as a rule, and an observation linked to the set-up a few sentences before it;
// and each refusal (a narrative past, a counterfactual, an idiom of the verb, a pointer, an answer
// the question gives away, a set-up in another paragraph).
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { experimentCandidates } from "@/lib/cards/experiment";
import { procedureParticiple } from "@/lib/cards/experiment/grammar";
import { analyse } from "../pipeline/helpers";

const cards = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s) => experimentCandidates(s, a)).map((c) => [c.front, c.back, gate(c, a) ? "dropped" : "kept"]);
};

describe("a demonstration stated as a rule", () => {
  it("asks what happens under the condition, the reader's 'you' read as 'one'", () => {
    expect(cards("If you dip a cold spoon into boiling soup, a thin film of fat will harden on the spoon.")).toEqual([
      ["What happens if one dips a cold spoon into boiling soup?", "A thin film of fat will harden on the spoon", "kept"],
    ]);
  });

  it("reads the lecturer's 'we' and an observation verb in the result", () => {
    expect(cards("When we hold a sheet of paper over a lamp chimney, we see the paper curl and brown at its centre.")).toEqual([
      ["What happens when one holds a sheet of paper over a lamp chimney?", "One sees the paper curl and brown at its centre", "kept"],
    ]);
  });

  it("reads a passive condition", () => {
    expect(cards("When a copper kettle is heated over an open fire, a black crust gathers on its base.")).toEqual([
      ["What happens when a copper kettle is heated over an open fire?", "A black crust gathers on its base", "kept"],
    ]);
  });

  it("leaves out a concession after the result", () => {
    expect(cards("If you press a cork under water, the water will push it back up, though nobody stops to notice it.")).toEqual([
      ["What happens if one presses a cork under water?", "The water will push it back up", "kept"],
    ]);
  });

  it("refuses a counterfactual, a narrative past, an idiom and a pointer", () => {
    expect(cards("If we had heated the jar for longer, the wax would have melted.")).toEqual([]);
    expect(cards("When we heated the jar, the wax melted at once.")).toEqual([]);
    expect(cards("If we take the view that memory is a store, the mind becomes a kind of cupboard.")).toEqual([]);
    expect(cards("If we heat these two liquids together, a pale vapour rises from the dish.")).toEqual([]);
    expect(cards("If we consider the history of the valley, the old river becomes important.")).toEqual([]);
  });

  it("refuses advice and a result the reader does rather than sees", () => {
    expect(cards("If you heat the dish slowly, it is better to stir the mixture with a glass rod.")).toEqual([]);
    expect(cards("If you heat the dish slowly, you wait for a long time before anything changes.")).toEqual([]);
  });
});

describe("an observation linked to the experiment's set-up", () => {
  const setUp = "I poured three pints of fresh milk into a shallow pan, and I set the pan by a warm stove. For some hours I watched it closely. On the third day, tiny yellow globules began to gather on the surface of the milk.";

  it("carries the set-up, in the passive, into the observation's question", () => {
    expect(cards(setUp)).toEqual([
      ["What began to gather on the surface of the milk on the third day, in an experiment in which three pints of fresh milk were poured into a shallow pan?", "Tiny yellow globules", "kept"],
    ]);
  });

  it("says how long the set-up was kept going", () => {
    expect(cards("I poured three pints of fresh milk into a shallow pan, and I kept the pan by a warm stove for four days. On the third day, tiny yellow globules began to gather on the surface of the milk.")).toEqual([
      ["What began to gather on the surface of the milk on the third day, in an experiment lasting four days in which three pints of fresh milk were poured into a shallow pan?", "Tiny yellow globules", "kept"],
    ]);
  });

  it("refuses an answer the question already names, and a set-up in another paragraph", () => {
    expect(cards("I poured three pints of fresh milk into a shallow pan. On the third day, the sour milk began to gather on the surface of the pan.")).toEqual([]);
    expect(cards("I poured three pints of fresh milk into a shallow pan.\n\nOn the third day, tiny yellow globules began to gather on the surface of the milk.")).toEqual([]);
  });

  it("needs a measured quantity in the set-up", () => {
    expect(cards("I poured some fresh milk into a shallow pan. On the third day, tiny yellow globules began to gather on the surface of the milk.")).toEqual([]);
  });
});

describe("the grammar of procedure verbs", () => {
  it("reads regular and irregular participles", () => {
    expect([procedureParticiple("heated"), procedureParticiple("dipped"), procedureParticiple("placed"), procedureParticiple("taken"), procedureParticiple("walked")]).toEqual(["heat", "dip", "place", "take", null]);
  });
});

describe("what an experiment showed", () => {
  // (The chapter repeats the answer's head word, as a chapter does: the informative-blank gate drops
  // a description used once.)
  it("cuts the conclusion clause from the report and blanks what it says of its subject", () => {
    expect(cards("I kept two ounces of the powder in a warm jar for a week. Its solubility was measured daily, and the solubility fell as it dried. From the weight of the residue we readily perceive that the powder loses its water, and consequently that the dry powder is composed of two salts of unequal solubility.")).toEqual([
      ["The dry powder is composed of {{c1::two salts of unequal solubility}}.", "two salts of unequal solubility", "kept"],
    ]);
  });

  it("reads 'the results show that'", () => {
    expect(cards("In every experiment the wire was weighed before and after. The results show that the loss of weight is proportional to the strength of the current.")).toEqual([
      ["The loss of weight is {{c1::proportional to the strength of the current}}.", "proportional to the strength of the current", "kept"],
    ]);
  });

  it("refuses a conclusion outside an experiment's paragraph, in the past, or pointing back", () => {
    expect(cards("Statesmen have long argued about the tariff. Hence it follows that the tariff is a tax on the poor.")).toEqual([]);
    expect(cards("In the experiment the wire was weighed. The results show that the loss of weight was proportional to the current.")).toEqual([]);
    expect(cards("In the experiment the wire was weighed. The results show that this loss of weight is proportional to the current.")).toEqual([]);
  });
});

describe("a rule with no comma before its result, and a condition's 'it'", () => {
  it("finds the result where a new subject and its verb begin", () => {
    expect(cards("If a glass jar is heated slowly the thin rim will crack first.")).toEqual([
      ["What happens if a glass jar is heated slowly?", "The thin rim will crack first", "kept"],
    ]);
  });

  it("reads the condition's 'it' as the sentence's own subject after 'and'", () => {
    expect(cards("Gypsum is a soft white mineral, and when you make it very hot the water in it escapes as steam.")).toEqual([
      ["What happens when one makes gypsum very hot?", "The water in it escapes as steam", "kept"],
    ]);
  });

  it("refuses a condition's 'it' with no such subject, and a definite thing set up earlier", () => {
    expect(cards("When you make it very hot, the water escapes as steam.")).toEqual([]);
    expect(cards("If the vessel is heated slowly, the small aperture acts as a radiator.")).toEqual([]);
  });
});
