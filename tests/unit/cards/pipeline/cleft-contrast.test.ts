// Cleft sentences ("It is X which/that Y"), claims by contrast ("X has not been A: it has been B")
// and a past usage ("By X was meant Y"): invented sentences only.
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { cleftCandidates } from "@/lib/cards/candidates/cleft";
import { contrastCandidates } from "@/lib/cards/candidates/contrast";
import { claimCandidates } from "@/lib/cards/candidates/claim";
import { generic } from "@/lib/cards/candidates/voice";
import { sourceCandidates } from "@/lib/cards/candidates/source";
import { analyse } from "./helpers";

const run = (text: string, f: (a: ReturnType<typeof analyse>, i: number) => ReturnType<typeof cleftCandidates>) => {
  const a = analyse(text);
  return a.sentences.flatMap((_s, i) => f(a, i)).map((c) => ({ c, dropped: gate(c, a) }));
};
const shown = (text: string, f: Parameters<typeof run>[1]) => run(text, f).filter((x) => !x.dropped).map(({ c }) => [c.front, c.back]);
const cleft = (text: string) => shown(text, (a, i) => cleftCandidates(a.sentences[i]));
const contrast = (text: string) => shown(text, (a, i) => contrastCandidates(a.sentences[i]));

describe("cleft candidates", () => {
  it("a noun in focus answers a what-question on the rest", () => {
    expect(cleft("It is drainage then which turns a salt marsh into pasture, without which nobody would farm it.")).toEqual([
      ["What turns a salt marsh into pasture?", "Drainage"],
    ]);
  });

  it("a purpose in focus answers a why-question", () => {
    expect(cleft("It was largely to escape the salt tax that the Lisk weavers left Marlow.")).toEqual([
      ["Why did the Lisk weavers leave Marlow?", "Largely to escape the salt tax"],
    ]);
    expect(cleft("It was out of fear of the plague that the Lisk market was moved to Orra.")).toEqual([
      ["Why was the Lisk market moved to Orra?", "Out of fear of the plague"],
    ]);
  });

  it("a means in focus becomes a cloze on it, the cleft kept and the naming words left out of the blank", () => {
    expect(cleft("It is by what is called osmotic pressure that the sap is raised to the upper branches.")).toEqual([
      ["It is by what is called {{c1::osmotic pressure}} that the sap is raised to the upper branches.", "osmotic pressure"],
    ]);
  });

  it("extraposition, a negated focus or a focus that points back gives nothing", () => {
    for (const text of [
      "It is true that the weavers left the coast in a hurry.",
      "It is said that the weavers left the coast in a hurry.",
      "It was not by kindness that the warden kept order in the mills.",
      "It is chiefly in this sense that the surveyors speak of a watershed.",
      "It is the custom of the valley which the elders recognise as binding on every family.",
      "It is from the sea that the town draws the greater part of its wealth.",
    ]) expect(run(text, (a, i) => cleftCandidates(a.sentences[i])).map(({ c }) => c.front)).toEqual([]);
  });
});

describe("contrast candidates", () => {
  it("'X has not been A: it has been B' blanks B, the sentence as written", () => {
    expect(contrast("The strength of the old bridge has not been stone: it has been design.")).toEqual([
      ["The strength of the old bridge has not been stone: it has been {{c1::design}}.", "design"],
    ]);
  });

  it("'X is not A; it is B' and 'X is not A, but must be B' read the author's 'we' as 'one'", () => {
    expect(contrast("The true boundary is not what we draw on the map; it is a line agreed by treaty.")).toEqual([
      ["The true boundary is not what one draws on the map; it is {{c1::a line agreed by treaty}}.", "a line agreed by treaty"],
    ]);
    expect(contrast("The fair price is not fixed by statute, but must be found by bargaining in the market.")).toEqual([
      ["The fair price is not fixed by statute, but must be {{c1::found by bargaining in the market}}.", "found by bargaining in the market"],
    ]);
  });

  it("a subject that points back, or a speaker, gives nothing", () => {
    expect(contrast("This difference has not been accidental: it has been the rule.")).toEqual([]);
    expect(contrast("The real cause is not what you think; it is the drought of the previous year.")).toEqual([]);
  });
});

describe("usage in the past", () => {
  it("'By X was meant Y' asks what was meant, in the time the sentence before names", () => {
    const a = analyse("In old times the quarrel was between the guilds and the crown. By freedom, was meant exemption from the levies of the crown.");
    const cards = a.sentences.flatMap((s, i) => claimCandidates(s, a.sentences[i - 1], a.sentences[i + 1], a)).filter((c) => c.type === "definition" && !gate(c, a));
    expect(cards.map((c) => [c.front, c.back])).toEqual([["What was meant by freedom in old times?", "exemption from the levies of the crown"]]);
  });
});

describe("generic voice", () => {
  it("conjugates a 'we' before punctuation ('what we draw;')", () => {
    expect(generic("The border is not what we draw; it is what we agree.", new Set(["draw", "agree"]))).toBe("The border is not what one draws; it is what one agrees.");
  });
});

describe("source candidates (what a thing arises from, rests on, is the effect of)", () => {
  const source = (text: string) => shown(text, (a, i) => sourceCandidates(a.sentences[i]));
  it("asks what a thing arises out of or depends upon, in question order", () => {
    expect(source("The idea of a fair wage arises out of the customs of the weavers' guild.")).toEqual([
      ["What does the idea of a fair wage arise out of?", "The customs of the weavers' guild"],
    ]);
    expect(source("The safety of the harbour depends upon the dredging of the sandbar.")).toEqual([
      ["What does the safety of the harbour depend upon?", "The dredging of the sandbar"],
    ]);
  });

  it("'is owing to' and 'seem to have been the effects of' keep their verb group; a subject is cut at its first comma", () => {
    expect(source("The decline of the herring fishery was owing to the silting of the estuary.")).toEqual([
      ["What was the decline of the herring fishery owing to?", "The silting of the estuary"],
    ]);
    expect(source("The great riches of the valley towns, and much of their learning, seem to have been the effects of the trade along the canal.")).toEqual([
      ["What do the great riches of the valley towns seem to have been the effects of?", "The trade along the canal"],
    ]);
  });

  it("a framing 'There can be no doubt that' is dropped, and a degree adverb may follow the verb", () => {
    expect(source("There can be no doubt that the number of otters in a river depends chiefly on the supply of eels.")).toEqual([
      ["What does the number of otters in a river depend chiefly on?", "The supply of eels"],
    ]);
  });

  it("a count, a negation, a pronoun or a subject that is another clause gives nothing", () => {
    for (const text of [
      "The growth of the port is owing to three different circumstances; first, the tides.",
      "The value of the marsh does not depend on the consent of the parish.",
      "The wealth of the valley arises from this.",
      "The pilots said the silting arose from the new breakwater at the mouth.",
    ]) expect(run(text, (a, i) => sourceCandidates(a.sentences[i])).map(({ c }) => c.front)).toEqual([]);
  });
});
