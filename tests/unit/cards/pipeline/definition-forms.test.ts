// How English textbooks define a term, and copula sentences that are not definitions (session 13):
// candidates/term.ts, candidates/definition-guards.ts and their use in definition.ts, object.ts,
// claim.ts and gates/definition-shape.ts. Invented sentences only.
import { describe, expect, it } from "vitest";
import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { analyse } from "./helpers";

const cards = (text: string) => {
  const a = analyse(text);
  return overgenerate(a).map((c) => ({ c, dropped: gate(c, a) }));
};
/** Definition Q&A cards that pass the gates, as [front, back]. */
const definitions = (text: string) => cards(text).filter(({ c, dropped }) => !dropped && c.kind === "qa" && c.type === "definition").map(({ c }) => [c.front, c.back]);
/** Every Q&A card made (gated or not), as [front, back]. */
const made = (text: string) => cards(text).filter(({ c }) => c.kind === "qa").map(({ c }) => [c.front, c.back]);

describe("definitions said by a verb of meaning", () => {
  it("asks 'X means Y' as 'What is meant by X?' with the whole meaning", () => {
    expect(definitions("Thrift means the careful spending of money for the needs of the household.")).toEqual([
      ["What is meant by thrift?", "The careful spending of money for the needs of the household"],
    ]);
  });

  it("leaves the object question of 'means' to the definition (it cut the meaning in half)", () => {
    const fronts = made("Thrift means the careful spending of money for the needs of the household.").map(([f]) => f);
    expect(fronts.some((f) => /^What does thrift mean/i.test(f))).toBe(false);
  });

  it("reads a past usage with a time adverb after the verb, keeping the class and leaving the scene detail", () => {
    expect(definitions("A 'porter' meant then a strong young man, always poor, usually hungry, in a ragged coat, carrying loads for hire.")).toEqual([
      ["What was meant by a porter?", "A strong young man, always poor, usually hungry"],
    ]);
  });

  it("takes the word named by 'the term X denotes Y'", () => {
    expect(definitions("The term fallow denotes land left unsown for a season.")).toEqual([["What is meant by fallow?", "Land left unsown for a season"]]);
  });

  it("asks nothing of 'means that …', 'means nothing', or a term that points back", () => {
    expect(definitions("The dam was breached in the night. This means that the river will flood the lower town.")).toEqual([]);
    expect(definitions("Freedom means nothing to a starving man in a cold winter.")).toEqual([]);
    expect(definitions("The town is old. Its name means a ford over the river.")).toEqual([]);
  });

  it("asks 'X consists in Y' as 'What does X consist in?'", () => {
    expect(definitions("Thrift consists in spending less than one earns and saving the rest.")).toEqual([
      ["What does thrift consist in?", "Spending less than one earns and saving the rest"],
    ]);
  });

  it("cuts a 'whether A or B' aside out of 'By X, I understand Y'", () => {
    expect(definitions("By a guild, I understand a body of craftsmen, whether masters or journeymen, who are bound by an oath to keep the rules of their trade.")).toEqual([
      ["What is meant by a guild?", "a body of craftsmen who are bound by an oath to keep the rules of their trade"],
    ]);
  });
});

describe("the name of a thing, asked for the term", () => {
  it("asks 'X is the name given to Y' both ways: what X is, and the name of Y", () => {
    expect(definitions("Tithing is the name given to the payment of a tenth of the harvest to the church.")).toEqual([
      ["What is tithing?", "the payment of a tenth of the harvest to the church"],
      ["What is the name given to the payment of a tenth of the harvest to the church?", "Tithing"],
    ]);
  });

  it("asks for the name a named author gave a description in a relative clause, without 'the name of'", () => {
    expect(definitions("I shall only mention the name of that family of curves traced by a point on a rolling wheel which Bernoulli has called cycloids, and which form the subject of a later chapter.")).toEqual([
      ["What has Bernoulli called the family of curves traced by a point on a rolling wheel?", "Cycloids"],
    ]);
  });

  it("asks 'What is the term for …?' when the author names it ('which we call', 'called … by the name of')", () => {
    const fallow = made("Land left unsown for a season, which we call fallow, recovers its strength.");
    expect(fallow).toContainEqual(["What is the term for land left unsown for a season?", "Fallow"]);
    expect(definitions("We have called this process, by which each grain of sand is slowly worn, by the name of attrition, to mark its likeness to grinding.")).toEqual([
      ["What is the term for the process by which each grain of sand is slowly worn?", "Attrition"],
    ]);
  });
});

describe("a copula sentence that is not a definition of its subject", () => {
  it("asks no 'What is X?' of a contrast with a vague 'one thing', nor of either half of a gapped contrast", () => {
    expect(definitions("Weather is one thing, and climate a quite different thing.")).toEqual([]);
    // (gen22b: was "What are summer and winter?" → "the seasons of nature", half of the contrast.)
    expect(definitions("Summer and winter are the seasons of nature, war and peace the seasons of kings.")).toEqual([]);
  });

  it("asks nothing of a shell noun that points back ('The result is …')", () => {
    expect(made("The frame was built in haste. The result is a loose and crooked frame of poles.").filter(([f]) => /^What is the result\?/.test(f))).toEqual([]);
  });

  it("asks nothing of an adjective put first for emphasis, when the chapter uses the word as an adjective", () => {
    const text = "The river rose in the night. Loud was the cry of the villagers. It was a loud cry.";
    expect(made(text).filter(([f]) => /^What was loud\?/i.test(f))).toEqual([]);
  });

  it("asks a superlative description the other way round: 'What is the best safeguard against X?'", () => {
    const text = "Regular oiling of the gears is the best safeguard against rust.";
    expect(definitions(text)).toEqual([]);
    expect(cards(text).filter(({ c, dropped }) => !dropped && c.kind === "qa").map(({ c }) => [c.front, c.back])).toContainEqual([
      "What is the best safeguard against rust?", "Regular oiling of the gears",
    ]);
  });

  it("keeps the sense a term is defined in, after the term", () => {
    expect(definitions("Erosion, in its broadest sense, is the wearing away of the land by water, wind and ice.")).toEqual([
      ["What is erosion, in the broadest sense?", "the wearing away of the land by water, wind and ice"],
    ]);
  });

  it("asks no 'Who is X?' of an office written with 'the' ('the Warden, the chief officer of the college')", () => {
    // (The chapter makes "Warden" a person: the Warden "said".)
    const text = "The Warden said that he would pay. He sees every rank of the house from the Warden, the chief officer of the college, to the youngest servant.";
    expect(made(text).filter(([f]) => /Warden\?$/.test(f))).toEqual([]);
  });
});
