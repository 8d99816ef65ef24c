// Session 17 (genfix): generator defects the blind raters named, on invented sentences.
import { afterEach, describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { claimCandidates, EXAMPLE_PREMISE } from "@/lib/cards/candidates/claim";
import { BUT_ALSO } from "@/lib/cards/decontext/adverbs";
import { INDEFINITE_NAME } from "@/lib/cards/analyse/coref";
import { analyse } from "./helpers";
import { POSSESSIVE_NOUN } from "@/lib/cards/analyse/clause";

const last = (text: string) => { const a = analyse(text); return a.sentences[a.sentences.length - 1]; };
const whys = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s, i) => claimCandidates(s, a.sentences[i - 1], a.sentences[i + 1], a)).filter((c) => !gate(c, a) && /^Why/.test(c.front)).map((c) => [c.front, c.back]);
};

// Restore what the switches were at the start.
const START = { example: EXAMPLE_PREMISE.on, butAlso: BUT_ALSO.on, indefinite: INDEFINITE_NAME.on };
afterEach(() => { EXAMPLE_PREMISE.on = START.example; BUT_ALSO.on = START.butAlso; INDEFINITE_NAME.on = START.indefinite; });

describe("'but also' keeps its 'also' (the sense would turn into a contrast)", () => {
  it("keeps 'but also' without 'not only'", () => {
    expect(last("The guild met in Marlow. They wanted the privileges of the charter, but also all the duties of the charter.").text).toContain("but also all the duties");
  });
  it("still deletes a back-pointing 'also'", () => {
    expect(last("Marlow had a lighthouse. Lisk was also given a granite lighthouse in 1892.").text).toBe("Lisk was given a granite lighthouse in 1892.");
  });
  it("off, the old deletion comes back", () => {
    BUT_ALSO.on = false;
    expect(last("The guild met in Marlow. They wanted the privileges of the charter, but also all the duties of the charter.").text).not.toContain("but also");
  });
});

describe("a capitalised noun after 'a' is no antecedent for 'he'", () => {
  const text = "The new clerk is a Trimmer, and will not wholly trust any ledger. He has no allegiance; therefore he can never really keep a ledger.";
  it("leaves 'He' unresolved rather than write 'Trimmer has …'", () => {
    const s = last(text);
    expect(s.text.startsWith("Trimmer")).toBe(false);
    expect(s.pronoun?.resolved).toBe(false);
  });
  it("a person's name still resolves", () => {
    const s = last("The harbour board hired Orlen Vance in 1890. He rebuilt the quay at Lisk in two years.");
    expect(s.pronoun?.resolved).toBe(true);
    expect(s.text).toContain("Vance rebuilt the quay");
  });
});

describe("'Thus Q' after an example: the example is no reason", () => {
  const example = "The lamps failed in many ways. For instance, there is the tale of the keeper at Lisk who lit the wrong wick. The smoke of the tallow wick was as thick as the fog over the bay. Thus the harbour board must count the faults of the keepers beside the faults of the wicks.";
  it("asks no why-question answered by the example's last sentence", () => {
    expect(whys(example).filter(([f]) => /count the faults/.test(f))).toEqual([]);
  });
  it("a premise that is no example still gives the card", () => {
    expect(whys("The tide tables of the estuary are based on a century of readings. Thus the harbour pilots are able to predict the height of every tide.")).toEqual([
      ["Why are the harbour pilots able to predict the height of every tide?", "Because the tide tables of the estuary are based on a century of readings"],
    ]);
  });
  it("off, the example is taken as the reason again", () => {
    EXAMPLE_PREMISE.on = false;
    expect(whys(example).filter(([f]) => /count the faults/.test(f)).length).toBe(1);
  });
});

describe("a possessed 'will' is a noun of the subject, not its modal", () => {
  const text = "The harbour board met in Lisk. But the warden's will is quite plainly bent by his fear of the tide.";
  afterEach(() => { POSSESSIVE_NOUN.on = true; });
  it("the subject runs through 'will' and the verb is 'is'", () => {
    const s = last(text);
    expect(s.clause?.subject.text).toBe("The warden's will");
    expect(s.tokens[s.clause!.verb].lower).toBe("is");
  });
  it("a modal after a plain subject is still the modal", () => {
    const s = last("The harbour board met in Lisk. The warden will rule the harbour for ten years.");
    expect(s.tokens[s.clause!.verb].lower).toBe("will");
  });
  it("off, the old reading comes back", () => {
    POSSESSIVE_NOUN.on = false;
    expect(last(text).clause?.subject.text).toBe("The warden's");
  });
});

describe("a possessor is a real possessive, not a closing quote or an object 'her' (fixg)", () => {
  it("a closing quote before 'will' leaves 'will' the modal", () => {
    const s = last("The harbour board met in Lisk. The word 'peace' will never be heard in Lisk.");
    expect(s.tokens[s.clause!.verb].lower).toBe("will");
  });
  it("an object 'her' before 'will' leaves 'will' the modal", () => {
    const s = last("The harbour board met in Lisk. The letter to her will arrive at Lisk tomorrow.");
    expect(s.tokens[s.clause!.verb].lower).toBe("will");
  });
  it("a plural possessive and a subject-initial 'her' still take 'will' as a noun", () => {
    const a = last("The harbour board met in Lisk. The pilots' will is stronger than the board's.");
    expect(a.tokens[a.clause!.verb].lower).toBe("is");
    const b = last("The harbour board met in Lisk. Her will was stronger than the board's.");
    expect(b.tokens[b.clause!.verb].lower).toBe("was");
  });
});

describe("INDEFINITE_NAME: off, and a titled person after 'a' (fixg)", () => {
  it("'a Mr. Vance' is still a person 'He' stands for", () => {
    const s = last("The harbour board hired a Mr. Vance in 1890. He rebuilt the quay at Lisk in two years.");
    expect(s.pronoun?.resolved).toBe(true);
    expect(s.text).toContain("Vance rebuilt the quay");
  });
  it("off, a capitalised noun after 'a' is taken as the antecedent again", () => {
    INDEFINITE_NAME.on = false;
    const s = last("The new clerk is a Trimmer, and will not wholly trust any ledger. He has no allegiance; therefore he can never really keep a ledger.");
    expect(s.text.startsWith("Trimmer")).toBe(true);
  });
});

describe("example openers (fixg)", () => {
  it("'e.g.' opens an example (the closing \\b never let it match)", async () => {
    const { EXAMPLE_OPENS, EXAMPLE_AFTER_COMMA } = await import("@/lib/cards/candidates/english");
    expect(EXAMPLE_OPENS.test("Some wicks smoke, e.g. the tallow ones.")).toBe(true);
    expect(EXAMPLE_OPENS.test("For example, the tallow wick smokes.")).toBe(true);
    expect(EXAMPLE_AFTER_COMMA.test(", e.g., the tallow wick")).toBe(true);
    expect(EXAMPLE_AFTER_COMMA.test(", for instance the tallow wick")).toBe(true);
  });
  it("'Thus Q' after an 'e.g.' example asks no why-question", () => {
    expect(whys("The lamps at Lisk failed in many ways, e.g. the keeper lit the wrong wick of the lamp. Thus the harbour board must count the faults of the keepers beside the faults of the wicks.").filter(([f]) => /count the faults/.test(f))).toEqual([]);
  });
  it("an example reaches three sentences back, even one that has ended (reach 4 kept: reach 2 let a rejected card in on training)", () => {
    const text = "For instance, the keeper at Lisk lit the wrong wick. So much for the lamps of Lisk. The harbour board turned next to the tide tables of the estuary. The tide tables of the estuary are based on a century of readings. Thus the harbour pilots are able to predict the height of every tide.";
    expect(whys(text)).toEqual([]);
    expect(whys(text.slice(text.indexOf("So much")))).toEqual([
      ["Why are the harbour pilots able to predict the height of every tide?", "Because the tide tables of the estuary are based on a century of readings"],
    ]);
  });
});
