// Session 12: where the context line looks beyond the paragraph's nearest sentences
// (lib/cards/context-line/further.ts), on INVENTED text: each rule with the look-alike it must refuse.
import { describe, expect, it } from "vitest";
import { chooseContextLine, explainContextLine } from "@/lib/cards/context-line";
import { shellLabel, verbFormOf } from "@/lib/cards/context-line/further";
import { contextLineSwitch } from "@/lib/cards/context-line/admit";
import type { Token } from "@/lib/cards/analyse";
import { analyse, clozeAt } from "../pipeline/helpers";

const cloze = (text: string, i: number, span: string) => clozeAt(text, i, span);

const verb = (text: string, lemma: string) => ({ text, lower: text, lemma, pos: "VERB" }) as Token;

describe("a noun and the verb it is made from", () => {
  it("matches the same word used as a verb and regular derivations", () => {
    expect(verbFormOf("sacrifice", verb("sacrificed", "sacrifice"))).toBe(true);
    expect(verbFormOf("settlement", verb("settled", "settle"))).toBe(true);
    expect(verbFormOf("arrival", verb("arrived", "arrive"))).toBe(true);
    expect(verbFormOf("creation", verb("created", "create"))).toBe(true);
  });

  it("does not match an unrelated verb, a short stem or a noun token", () => {
    expect(verbFormOf("provision", verb("provided", "provide"))).toBe(false);
    expect(verbFormOf("age", verb("aged", "age"))).toBe(true); // the same word as a verb
    expect(verbFormOf("usage", verb("used", "use"))).toBe(false); // a stem under four letters ("us") is not trusted
    expect(verbFormOf("sacrifice", { ...verb("sacrifice", "sacrifice"), pos: "NOUN" })).toBe(false);
  });
});

describe("a shell label ('this advantage') as the claim of the sentence before", () => {
  it("reads 'this/such' + a nominalisation as a label, not 'the' nor a concrete noun", () => {
    expect(shellLabel("this arrangement", "arrangement")).toBe(true);
    expect(shellLabel("such a tendency", "tendency")).toBe(true);
    expect(shellLabel("the arrangement", "arrangement")).toBe(false);
    expect(shellLabel("this flower", "flower")).toBe(false);
    expect(shellLabel("this substance", "substance")).toBe(false);
  });

  it("takes the previous sentence's clause for a label the paragraph never named", () => {
    const text = "The guilds of Lisk fixed the price of salt for every market town. Under this arrangement the fishermen of Marlow paid twice as much for salt.";
    const { a, c } = cloze(text, 1, "fishermen of Marlow");
    const r = chooseContextLine(a, c);
    expect(r).toMatchObject({ line: "The guilds of Lisk fixed the price of salt for every market town.", from: 0, source: "shell" });
  });

  it("refuses when the sentence before points back itself", () => {
    const text = "The guilds of Lisk met in the spring. They fixed the price of salt for every market town. Under this arrangement the fishermen of Marlow paid twice as much for salt.";
    const { a, c } = cloze(text, 2, "fishermen of Marlow");
    expect(chooseContextLine(a, c)).toBeNull();
  });
});

describe("a description's noun met earlier in the section", () => {
  const far = (mention: string) => `${mention} The tolls of the harbour were low. The quay was paved with grey stone. The merchants built warehouses along it.\n\nThe fishermen of Varden mended their nets in the winter. Nobody remembered the founding of the harbour. The settlement paid its dues to the Warden of Marlow.`;

  it("names a settlement introduced a paragraph back by the verb it is made from", () => {
    const { a, c } = cloze(far("Colonists from Lisk settled on the northern shore of Varden in 1620."), 6, "Warden of Marlow");
    expect(chooseContextLine(a, c)).toMatchObject({ line: "Colonists from Lisk settled on the northern shore of Varden in 1620.", source: "section" });
  });

  it("refuses when the earlier mention is the same bare description", () => {
    const { a, c } = cloze(far("The settlement grew quickly on the northern shore."), 6, "Warden of Marlow");
    expect(explainContextLine(a, c)).toBe("section line: repeats the card's description without saying which");
  });
});

describe("a run of he/she back to the name that opens it", () => {
  const opener = "Mr Orlen Vance is the warden of the harbour board.";
  const card = "In winter he sails to Lisk for salt.";
  const line = (middle: string) => {
    const { a, c } = cloze(`${opener} ${middle} ${card}`, 3, "Lisk");
    return explainContextLine(a, c);
  };

  it("names the person whose run of 'he'-subject sentences the card continues (beyond the sentence before)", () => {
    expect(line("Each spring he doubles the tolls on foreign ships. In summer he paves the quay with grey stone.")).toMatchObject({ line: "Mr Orlen Vance", from: 0, source: "chain" });
  });

  it("refuses when the run is broken by a sentence about something else", () => {
    expect(line("The tolls on foreign ships are high. In summer he paves the quay with grey stone.")).toBe("chain: the opener names no one person as subject");
  });

  it("refuses when another person is named inside the run", () => {
    expect(line("Each spring he doubles the tolls on foreign ships. In summer he quarrels with Tomas Brell over the quay.")).toBe("chain: the opener names no one person as subject");
  });

  it("refuses when a pronoun of the other sex appears in the run", () => {
    expect(line("Each spring he doubles the tolls on foreign ships. In summer she sells him grey stone for the quay.")).toBe("chain: a pronoun of the other sex");
  });
});

describe("the switch", () => {
  it("is on only for LECTERN_CONTEXT_LINE=1", () => {
    expect(contextLineSwitch({ LECTERN_CONTEXT_LINE: "1" })).toBe(true);
    expect(contextLineSwitch({ LECTERN_CONTEXT_LINE: "0" })).toBe(false);
    expect(contextLineSwitch({ LECTERN_CONTEXT_LINE: "true" })).toBe(false);
    expect(contextLineSwitch({})).toBe(false);
    expect(contextLineSwitch(undefined)).toBe(false);
  });
});
