// Session 17's consequences (lib/cards/conclusions/consequence), on invented text: a result inside a
// period ("P; so that C") and a conclusion drawn from the sentence before ("P. Hence C."), each asked
// as "Why C?" → "Because P"; and each refusal (a purpose, a premise that points back, a named
// subject, another paragraph, the switch).
import { describe, expect, it } from "vitest";
import { conclusionCandidates, consequenceSwitch, reductions, results } from "@/lib/cards/conclusions";
import { analyse } from "../pipeline/helpers";

const cards = (text: string, author?: string, on = true) => conclusionCandidates(analyse(text), author, true, on).map((c) => `${c.front} → ${c.back}`);
const found = (text: string) => {
  const s = analyse(text).sentences[0];
  return results(s).map((f) => [s.text.slice(s.tokens[f.premise![0]].start, s.tokens[f.premise![1] - 1].end), s.text.slice(s.tokens[f.from].start, s.tokens[f.to - 1].end)]);
};

describe("results: 'P; so that C'", () => {
  it("finds the result and its cause inside a period", () => {
    expect(found("The river carries more silt every spring; so that the harbour grows shallower each year.")).toEqual([
      ["The river carries more silt every spring", "the harbour grows shallower each year"],
    ]);
  });

  it("asks why the result follows, answered by its cause", () => {
    expect(cards("Merchants pay a heavy toll at every bridge on the river; so that most grain is carried to market by sea.", "Mara Quill")).toEqual([
      "According to Mara Quill, why is most grain carried to market by sea? → Because merchants pay a heavy toll at every bridge on the river",
    ]);
  });

  it("leaves 'so that' of purpose (a modal of wish or ability)", () => {
    expect(found("The quays were raised by the council, so that the ships might unload at any tide.")).toEqual([]);
  });
});

describe("a conclusion drawn from the sentence before", () => {
  const text = "Coastal towns depend on trade by sea for the grain they eat. Hence a blockade of the harbour brings famine to the town within weeks.";

  it("asks why the conclusion holds and answers with the sentence before, naming the author", () => {
    expect(cards(text, "Mara Quill")).toEqual([
      "According to Mara Quill, why does a blockade of the harbour bring famine to the town within weeks? → Because coastal towns depend on trade by sea for the grain they eat",
    ]);
  });

  it("is off unless switched on", () => {
    expect(cards(text, "Mara Quill", false)).toEqual([]);
    expect(consequenceSwitch({})).toBe(false);
    expect(consequenceSwitch({ LECTERN_CONSEQUENCE: "1" })).toBe(true);
  });

  it("gives no card when the premise points back or the conclusion is a named actor's step", () => {
    expect(cards("It depends on trade by sea for the grain it eats. Hence a blockade of the harbour brings famine to the town within weeks.", "Mara Quill")).toEqual([]);
    expect(cards("The harbour council is unknown to the charter of the town. Therefore Quarrow submits a motion calling for the records.", "Mara Quill")).toEqual([]);
  });

  it("gives no card across a paragraph break or after a question", () => {
    expect(cards("Coastal towns depend on trade by sea for the grain they eat.\n\nHence a blockade of the harbour brings famine to the town within weeks.", "Mara Quill")).toEqual([]);
    expect(cards("Do coastal towns depend on trade by sea for the grain they eat? Hence a blockade of the harbour brings famine to the town within weeks.", "Mara Quill")).toEqual([]);
  });
});

describe("reductions: 'X is but Y'", () => {
  const found = (text: string) => {
    const s = analyse(text).sentences[0];
    return reductions(s).map((f) => s.text.slice(s.tokens[f.from].start, s.tokens[f.to - 1].end));
  };

  it("blanks the head of what the thesis reduces X to, naming the author", () => {
    expect(cards("The council of a guild is but a court for settling quarrels between masters and apprentices.", "Mara Quill")).toEqual([
      "According to Mara Quill, the council of a guild is but a {{c1::court}} for settling quarrels between masters and apprentices. → court",
    ]);
  });

  it("finds the clause after a linking 'for' inside a period", () => {
    expect(found("The harbour dues were never lowered, for a toll is merely a tax on the trade of strangers.")).toEqual(["a toll is merely a tax on the trade of strangers"]);
  });

  it("leaves the past, a dummy subject and a head the subject already names", () => {
    expect(found("The first decade of the guild was merely a prolongation of the old quarrel.")).toEqual([]);
    expect(found("There is only a modicum of truth in the old saying about sailors.")).toEqual([]);
    expect(cards("The history of a guild is but the history of quarrels between masters and apprentices.", "Mara Quill")).toEqual([]);
  });
});
