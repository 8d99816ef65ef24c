// Cards on signposted conclusions and corrective contrasts (lib/cards/conclusions), on invented
// text: each shape, the author named, and each refusal (a clause that points back, a second
// negation, a "but" that opens a new clause, the question the author raises, the speaker's own act).
import { describe, expect, it } from "vitest";
import { conclusionCandidates, conclusions, contrasts, attribution, conclusionsSwitch } from "@/lib/cards/conclusions";
import { analyse } from "../pipeline/helpers";

/** The cards the pass keeps (the first of a clause that passes every gate), front → back. */
const cards = (text: string, author?: string) => conclusionCandidates(analyse(text), author, true).map((c) => `${c.front} → ${c.back}`);

describe("conclusions: a conclusion signposted inside a long sentence", () => {
  it("asks the question the conclusion settles, in the clause's words, and names the author", () => {
    expect(cards("If the laws of a trading town differ from those of a farming town, the duties of a good trader differ from town to town; from whence it follows, that a good trader does not possess the virtue which makes a good neighbour.", "Mara Quill")).toEqual([
      "According to Mara Quill, does a good trader possess the virtue which makes a good neighbour? → No: a good trader does not possess the virtue which makes a good neighbour",
    ]);
  });

  it("reads '; wherefore P' with its premise before it as 'Why P?' → 'Because …'", () => {
    expect(cards("The harbour silts up every winter and the dredgers are too few; wherefore the harbour dues of the port must rise with every winter.", "Mara Quill")).toEqual([
      "According to Mara Quill, why must the harbour dues of the port rise with every winter? → Because the harbour silts up every winter and the dredgers are too few",
    ]);
  });

  it("does not ask a conclusion that affirms as a yes/no question (its answer would be given away)", () => {
    // The premise points back ("clear it"), so no why card; "Must the tolls rise …? → Yes" is not made.
    expect(cards("The harbour silts up a little every winter and the dredgers are too few to clear it; wherefore the tolls of the port must rise as the channel narrows.", "Mara Quill")).toEqual([]);
  });

  it("says the claim plainly when no person's name is known", () => {
    const text = "The harbour silts up every winter and the dredgers are too few; wherefore the harbour dues of the port must rise with every winter.";
    const plain = ["Why must the harbour dues of the port rise with every winter? → Because the harbour silts up every winter and the dredgers are too few"];
    expect(cards(text)).toEqual(plain);
    expect(cards(text, "Harbour Board of 1850")).toEqual(plain);
  });

  it("finds the marker only where it opens a clause", () => {
    const a = analyse("The clerk who therefore signed the roll was paid by the week; hence the roll of the guild was kept by a paid hand.");
    expect(conclusions(a.sentences[0]).map((f) => a.sentences[0].text.slice(a.sentences[0].tokens[f.from].start, a.sentences[0].tokens[f.to - 1].end))).toEqual(["the roll of the guild was kept by a paid hand"]);
  });

  it("refuses a conclusion that points back, raises a question, or has a second negation", () => {
    expect(cards("The guild kept its roll in the old hall for a century; wherefore such a roll cannot be trusted for the early years.", "Mara Quill")).toEqual([]);
    expect(cards("The guild kept its roll in the old hall for a century; it follows that we should ask whether the roll can be trusted at all.", "Mara Quill")).toEqual([]);
    expect(cards("The guild kept its roll in the old hall for a century; wherefore the roll can in no case be trusted for the early years.", "Mara Quill")).toEqual([]);
  });
});

describe("conclusions: a view corrected by contrast ('not A, but B')", () => {
  it("asks the corrected view and answers with the correction", () => {
    expect(cards("Tide tables, as every pilot learns in the first season, are made not by calculation but by long observation of the harbour.", "Mara Quill")).toEqual([
      "According to Mara Quill, are tide tables made by calculation? → No: tide tables, as every pilot learns in the first season, are made not by calculation but by long observation of the harbour",
    ]);
    // The same clause with a pronoun in its aside points back to the text before: no card.
    expect(cards("Tide tables, as every pilot learns in his first season, are made not by calculation but by long observation of the harbour.", "Mara Quill")).toEqual([]);
    expect(cards("The worth of a harbour is not the depth of the water, but the shelter from a gale.", "Mara Quill")).toEqual([
      "According to Mara Quill, is the worth of a harbour the depth of the water? → No: the worth of a harbour is not the depth of the water, but the shelter from a gale",
    ]);
  });

  it("leaves 'not only … but also' and a 'but' that opens a clause of its own", () => {
    const a = analyse("The port was not only deep but also sheltered from the west.");
    expect(contrasts(a.sentences[0])).toEqual([]);
    expect(cards("The number of pilots shall not exceed one for every ten ships, but each harbour shall have at least one pilot.", "Mara Quill")).toEqual([]);
  });

  it("leaves a clause cut inside its phrase and a claim inside a quotation", () => {
    // The ", that" clause closes at the comma after "upon", inside "by an order upon, or by a transfer in, the books".
    expect(cards("The towns have often enacted, that large bills should be paid, not in coin, but by an order upon, or by a transfer in, the books of a bank.", "Mara Quill")).toEqual([]);
    expect(cards("“Tide tables are made not by calculation but by long observation of the harbour,” the old pilot said.", "Mara Quill")).toEqual([]);
    expect(cards("'Tide tables are made not by calculation but by long observation of the harbour.'", "Mara Quill")).toEqual([]);
  });

  it("leaves a subject of 'the' and one noun, which names something introduced before", () => {
    expect(cards("The painting was not a night scene at all, but had darkened under old varnish.", "Mara Quill")).toEqual([]);
    expect(cards("The old painting in the guild hall was not a night scene at all, but had darkened under old varnish.", "Mara Quill")).toEqual([
      "According to Mara Quill, was the old painting in the guild hall a night scene at all? → No: the old painting in the guild hall was not a night scene at all, but had darkened under old varnish",
    ]);
  });

  it("leaves the speaker's own act", () => {
    expect(cards("We must not linger over the building of the quay, but go on to the trade of the port.", "Mara Quill")).toEqual([]);
    // The author's "us" would be asked as "known to one at all": left to the other generators.
    expect(cards("The true depth of the channel is not known to us at all, but must be inferred from the charts.", "Mara Quill")).toEqual([]);
    expect(cards("The true depth of the channel is not known at all, but must be inferred from the charts.", "Mara Quill")).toEqual([
      "According to Mara Quill, is the true depth of the channel known at all? → No: the true depth of the channel is not known at all, but must be inferred from the charts",
    ]);
  });
});

describe("conclusions: attribution and switch", () => {
  it("names a person, never an institution, a date or two authors", () => {
    expect(attribution("Mara Quill")).toBe("Mara Quill");
    expect(attribution("Quill, Mara")).toBe("Mara Quill"); // a library's order turned round
    expect(attribution("Tobias Rend (as Orra)")).toBe("Tobias Rend");
    expect(attribution("Harbour Board of 1850")).toBeNull();
    expect(attribution("Mara Quill and Tobias Rend")).toBeNull();
    expect(attribution(undefined)).toBeNull();
  });

  it("is read from LECTERN_ARGUMENT, and makes no card when off", () => {
    expect(conclusionsSwitch({ LECTERN_ARGUMENT: "1" })).toBe(true);
    expect(conclusionsSwitch({ LECTERN_ARGUMENT: "0" }, true)).toBe(false);
    expect(conclusionsSwitch({}, false)).toBe(false);
    expect(conclusionsSwitch({}, true)).toBe(true);
    expect(conclusionCandidates(analyse("The worth of a harbour is not the depth of the water, but the shelter from a gale."), "Mara Quill", false)).toEqual([]);
  });
});
