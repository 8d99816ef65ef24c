// Session 15: a "the" description whose referent the reader knows without the text before — a noun
// with one referent ("the world", "the sea"; on) or the chapter's own topic (its heading's words, its
// commonest noun; off, measured below the bar) — leaves no dependence; a description of the story's
// scene still does. And an inferential "then" ("therefore", "in that case"; off) is no time of the
// story. The rules that ship off are switched on here to test what they do. Invented text, real toolkit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFINITE_RULES } from "@/lib/cards/decontext/definite";
import { THEN_RULE } from "@/lib/cards/decontext/adverbs";
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter } from "@/lib/cards/analyse";

const last = (text: string, title = "Test") => {
  const a = analyseChapter(cleanDocument(`# Chapter 1. ${title}\n\n${text}\n`, { filename: "test.md" }).chapters[0]);
  return a.sentences[a.sentences.length - 1];
};
const deps = (text: string, title?: string, op = "definite") => (last(text, title).context?.unresolved ?? []).filter((d) => d.op === op).map((d) => d.text.toLowerCase());
const FILLER = "The weather was mild that spring. Fishing boats came and went. The price of oil rose a little. Nobody expected a storm.";

describe("shipped switches", () => {
  it("the unique referent is on; the topic, the introduced-noun and the inferential-then rules are off", () => {
    expect(DEFINITE_RULES).toEqual({ unique: true, topic: false, introduced: false });
    expect(THEN_RULE.on).toBe(false);
  });
});

describe("definite descriptions with a known referent", () => {
  beforeAll(() => void (DEFINITE_RULES.topic = true));
  afterAll(() => void (DEFINITE_RULES.topic = false));
  it("leaves a noun with one referent alone in a past-tense story", () => {
    expect(deps(`The keepers sailed round the world in a small boat.\n\n${FILLER}\n\nOrlen Vance divided the world among his three sons.`)).toEqual([]);
    expect(deps("The keepers rowed out across the sea at dawn. The sea was calm when Orlen Vance reached the wreck.")).toEqual([]);
  });
  it("leaves the chapter's topic alone: a word of its heading", () => {
    expect(deps("The keepers rowed out to the lighthouse at dawn. The lighthouse stood empty when Orlen Vance arrived.", "The Lighthouse of Orra")).toEqual([]);
  });
  it("leaves the chapter's commonest noun alone", () => {
    const text = `A guild kept a seal. Every guild could fine its members. Each guild chose a master. No guild paid the salt tax. A guild was a closed body.\n\n${FILLER} ${FILLER}\n\nIn 1620 the guild refused a new levy.`;
    expect(deps(text)).toEqual([]);
    // Said fewer than five times, the same noun is the story's scene again.
    expect(deps(`A guild kept a seal. Every guild could fine its members.\n\n${FILLER} ${FILLER}\n\nIn 1620 the guild refused a new levy.`)).toEqual(["the guild"]);
  });
  it("still flags the story's own scene (a noun that is neither unique nor the topic)", () => {
    expect(deps("The keepers rowed out to the wreck at dawn. The keepers found nobody alive on the deck.", "The Lighthouse of Orra")).toEqual(["the keepers"]);
  });
});

describe("a description met far back, with the introduced-noun rule (off) switched on", () => {
  beforeAll(() => void (DEFINITE_RULES.introduced = true));
  afterAll(() => void (DEFINITE_RULES.introduced = false));
  it("drops only a noun introduced before as a particular thing", () => {
    expect(deps(`Orlen Vance built a mill at Orra.\n\n${FILLER} ${FILLER}\n\nIn 1620 the mill was sold to a merchant.`)).toEqual(["the mill"]);
    expect(deps(`Every mill of the coast paid a salt levy.\n\n${FILLER} ${FILLER}\n\nIn 1620 the mill was sold to a merchant.`)).toEqual([]);
  });
});

describe("inferential then", () => {
  beforeAll(() => void (THEN_RULE.on = true));
  afterAll(() => void (THEN_RULE.on = false));
  const adverbs = (text: string) => deps(text, undefined, "adverb");
  it("is no time after 'must', in 'must … then,' or 'I say then,'", () => {
    expect(adverbs("The student of tides must begin then, by measuring the harbour at every hour.")).toEqual([]);
    expect(adverbs("We must then conclude that the mill was never finished.")).toEqual([]);
    expect(adverbs("I say then, that the lamps of Orra burned whale oil.")).toEqual([]);
  });
  it("is no time opening the main clause after a conditional", () => {
    expect(adverbs("If the keepers had been paid, then the lamps would have burned all winter.")).toEqual([]);
  });
  it("still marks a narrative sequence", () => {
    expect(adverbs("The keeper then climbed the stair and lit the great lamp.")).toEqual(["then"]);
    expect(adverbs("The keepers rowed out, and then they found the wreck.")).toEqual(["then"]);
    // A step of a procedure after "shall": still a sequence.
    expect(adverbs("The clerk shall open the ballots, and the votes shall then be counted.")).toEqual(["then"]);
  });
});
