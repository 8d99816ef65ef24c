// The span shapes strict raters name as the better blank and the chunker never offered. Invented sentences.
import { describe, expect, it } from "vitest";
import { enumerateSpans } from "@/lib/cards/spans/enumerate";
import { clauseEndPhrases, complements, coordinatedPairs, wholeCompound } from "@/lib/cards/spans/shapes";
import { analyse } from "../pipeline/helpers";

const sentence = (text: string) => analyse(text).sentences[0];
const texts = (text: string, f: (t: ReturnType<typeof sentence>["tokens"]) => [number, number][]) => {
  const s = sentence(text);
  return f(s.tokens).map(([a, b]) => s.text.slice(s.tokens[a].start, s.tokens[b - 1].end));
};

describe("coordinatedPairs", () => {
  it("takes a pair of nouns whole, with the of-phrase after it", () => {
    expect(texts("The wages and rents of the weavers rose sharply.", coordinatedPairs)).toContain("wages and rents of the weavers");
  });
  it("takes a pair of adjectives with the noun they share", () => {
    expect(texts("The town was governed by open and frequent assemblies.", coordinatedPairs)).toContain("open and frequent assemblies");
  });
  it("takes two verbs with their object", () => {
    expect(texts("The council sought to check and restrain the power of the guilds.", coordinatedPairs)).toEqual(expect.arrayContaining(["check and restrain", "check and restrain the power of the guilds"]));
  });
  it("offers no pair of two names and no pair cut before the rest of its phrase", () => {
    expect(texts("Vance and Orra sailed north.", coordinatedPairs)).toEqual([]);
    const cut = texts("The growth is furthered by the sale of land and the later sale of timber.", coordinatedPairs);
    expect(cut).not.toContain("land and the later sale");
    expect(texts("There were no ropes or nets or sails.", coordinatedPairs)).not.toContain("ropes or nets");
    expect(texts("It depends on the wind and the tide and the hour of sailing.", coordinatedPairs)).not.toContain("tide and the hour of sailing");
    expect(texts("They kept the keys and the ledgers of spacious merchants' houses.", coordinatedPairs)).not.toContain("keys and the ledgers of spacious merchants");
  });
});

describe("complements", () => {
  it("takes what follows a copula anywhere in the sentence, and what follows 'as' after a participle", () => {
    expect(texts("Since the old dock silted up, the harbour is a shallow lagoon.", complements)).toContain("shallow lagoon");
    expect(texts("Such voyages were widely regarded as reckless ventures.", complements)).toContain("reckless ventures");
  });
  it("does not take a passive participle as a complement", () => {
    expect(texts("The tower was burned by the raiders.", complements)).toEqual([]);
  });
});

describe("clauseEndPhrases", () => {
  it("takes the clause's last noun phrase with its possessor and participle", () => {
    expect(texts("The beacon was lit by the keeper with Vance's signal lamp.", clauseEndPhrases)).toContain("Vance's signal lamp");
    expect(texts("The exiles never found their promised harbour.", clauseEndPhrases)).toContain("promised harbour");
  });
});

describe("wholeCompound", () => {
  it("widens a span cut inside a hyphenated compound", () => {
    const text = "They dug salt-pans near the shore.";
    expect(wholeCompound(text, text.indexOf("pans"), text.indexOf("pans") + 4)).toEqual({ start: text.indexOf("salt"), end: text.indexOf("pans") + 4 });
    expect(wholeCompound(text, text.indexOf("shore"), text.indexOf("shore") + 5)).toBeNull();
  });
});

describe("enumerateSpans with the shapes", () => {
  it("offers the pair, the complement and the whole compound as candidates", () => {
    const a = analyse("The ropewalk was a cramped and noisy workshop where salt-pans and hemp ropes were made.");
    const s = a.sentences[0];
    const spans = enumerateSpans(s, a).map((c) => s.text.slice(c.start, c.end));
    expect(spans).toEqual(expect.arrayContaining(["cramped and noisy workshop", "salt-pans"]));
  });
});

describe("enumerateSpans, an of-phrase cut before a plural possessive", () => {
  it("does not offer 'the X of Ys' when the Ys own what follows", () => {
    const a = analyse("The guild paid for the repair of poor weavers' cottages.");
    const s = a.sentences[0];
    expect(enumerateSpans(s, a).map((c) => s.text.slice(c.start, c.end))).not.toContain("repair of poor weavers");
  });
});
