// Session 17's consequences (lib/cards/conclusions/consequence), on invented text: a result inside a
// period ("P; so that C") and a conclusion drawn from the sentence before ("P. Hence C."), each asked
// as "Why C?" → "Because P"; and each refusal (a purpose, a premise that points back, a named
// subject, another paragraph, the switch).
import { describe, expect, it } from "vitest";
import { conclusionCandidates, consequenceSwitch, drawnFromBefore, reductions, results } from "@/lib/cards/conclusions";
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

  it("leaves 'so that' of purpose with 'would' / 'will' (review, session 17)", () => {
    expect(found("The masters paid for the new roof out of their own purses, so that the guild would have a hall of its own.")).toEqual([]);
    expect(found("The council has raised the quays along the river, so that the ships will unload at any tide.")).toEqual([]);
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

  it("draws from 'Wherefore' as from 'Hence' (the marker is deleted like the others)", () => {
    expect(cards("Coastal towns depend on trade by sea for the grain they eat. Wherefore a blockade of the harbour brings famine to the town within weeks.", "Mara Quill")).toEqual([
      "According to Mara Quill, why does a blockade of the harbour bring famine to the town within weeks? → Because coastal towns depend on trade by sea for the grain they eat",
    ]);
  });

  it("takes as premise the claim before a reason the sentence before gives ('P, for R': P)", () => {
    // (The sentence before keeps its own card, "Why do coastal towns …? → Because the fields …", so the drawn card is asked of drawnFromBefore.)
    const a = analyse("Coastal towns depend on trade by sea for their grain, for the fields of the coast are too salt for wheat. Hence a blockade of the harbour brings famine to the town within weeks.");
    const c = drawnFromBefore(a.sentences[1], a.sentences[0], a, "Mara Quill");
    expect(c && `${c.front} → ${c.back}`).toBe("According to Mara Quill, why does a blockade of the harbour bring famine to the town within weeks? → Because coastal towns depend on trade by sea for their grain");
  });

  it("gives no second card to a sentence before that has its own", () => {
    const got = conclusionCandidates(analyse("A harbour toll is merely a tax on the trade of strangers. Hence the merchants of the coast avoid the ports of the river in every season."), "Mara Quill", true, true);
    expect(got.map((c) => c.front)).toContain("According to Mara Quill, a harbour toll is merely a {{c1::tax}} on the trade of strangers.");
    expect(got.filter((c) => c.kind === "qa" && /^Because /.test(c.back))).toEqual([]);
    expect(new Set(got.map((c) => c.sentence)).size).toBe(got.length);
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

  it("leaves the past and a dummy subject", () => {
    expect(found("The old bridge over the river was merely a row of boats chained together.")).toEqual([]);
    expect(found("There is only a little grain left in the stores of the guild.")).toEqual([]);
  });

  it("gives no card when the head is one the subject already names, not even on another span of the clause", () => {
    // Without the head's card the clause's other spans would stand in ("… is merely the {{law of the strongest merchants}}").
    expect(reductions(analyse("The law of the harbour is merely the law of the strongest merchants.").sentences[0])).toHaveLength(1);
    expect(cards("The law of the harbour is merely the law of the strongest merchants.", "Mara Quill")).toEqual([]);
    expect(cards("The history of a guild is but the history of quarrels between masters and apprentices.", "Mara Quill")).toEqual([]);
  });

  it("leaves a measure or a phrase that measures against another thing ('only a short walk from', 'only a foot higher than')", () => {
    expect(found("The guild hall of the weavers is only a short walk from the market square.")).toEqual([]);
    expect(found("The new quay is only a foot higher than the old one at the mouth of the river.")).toEqual([]);
    expect(cards("The guild hall of the weavers is only a short walk from the market square.", "Mara Quill")).toEqual([]);
  });

  it("reads 'as' after a comma as an aside, not a link to a new subject", () => {
    expect(found("The harbour toll, as a rule, is merely a tax on the trade of strangers.")).toEqual(["The harbour toll, as a rule, is merely a tax on the trade of strangers"]);
  });
});
