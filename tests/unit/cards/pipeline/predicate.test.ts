// A general claim with the blank on its predicate (candidates/predicate.ts): invented sentences only.
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { predicateCandidates } from "@/lib/cards/candidates/predicate";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { analyse } from "./helpers";

const raw = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s) => predicateCandidates(s, a).map((c) => ({ c, dropped: gate(c, a) })));
};
const shown = (text: string) => raw(text).filter((x) => !x.dropped).map(({ c }) => [c.front, c.back]);
const any = (text: string) => raw(text).map(({ c }) => [c.front, c.back]);

describe("predicate candidates", () => {
  it("blanks the predicate of a copula, subject in view", () => {
    expect(shown("The steady rotation of crops is the surest defence against soil exhaustion.")).toEqual([
      ["The steady rotation of crops is {{c1::the surest defence against soil exhaustion}}.", "the surest defence against soil exhaustion"],
    ]);
  });

  it("drops a connective or an extraposition, and reads each clause of a sentence", () => {
    expect(any("The truth is that idle capital becomes a burden on the lender.")).toEqual([
      ["Idle capital becomes {{c1::a burden on the lender}}.", "a burden on the lender"],
    ]);
    expect(any("Credit grows with trade; and conversely, the hoarding of coin remains a sign of distrust among merchants.")).toEqual([
      ["The hoarding of coin remains {{c1::a sign of distrust among merchants}}.", "a sign of distrust among merchants"],
    ]);
  });

  it("ends the blank at a relative after its noun and keeps a hedge in view", () => {
    expect(any("Frequent floods have, in truth, been the chief cause under which the river towns declined.")).toEqual([
      ["Frequent floods have, in truth, been {{c1::the chief cause}} under which the river towns declined.", "the chief cause"],
    ]);
    expect(any("Salted herring is merely the cheapest food of the northern ports.")).toEqual([
      ["Salted herring is merely {{c1::the cheapest food of the northern ports}}.", "the cheapest food of the northern ports"],
    ]);
  });

  it("reads 'is said to be' and 'may be compared to' as the copula", () => {
    expect(any("The owl is said to be the quietest hunter of the wood.")).toEqual([
      ["The owl is said to be {{c1::the quietest hunter of the wood}}.", "the quietest hunter of the wood"],
    ]);
    expect(any("A guild may be compared to a walled garden.")).toEqual([["A guild may be compared to {{c1::a walled garden}}.", "a walled garden"]]);
  });

  it("refuses a pronoun or a counted-off subject, a past tense, a passive, a quotation and a trivial predicate", () => {
    expect(any("It is the surest defence against soil exhaustion.")).toEqual([]);
    expect(any("This rotation is the surest defence against soil exhaustion.")).toEqual([]);
    expect(any("One of the oldest is a walled garden near the mill.")).toEqual([]);
    expect(any("The old mill was the largest building of the valley.")).toEqual([]);
    expect(any("The charter of the guild is written in the town book.")).toEqual([]);
    expect(any("The miller's rule, as the saying goes, 'is a full sack at dusk'.")).toEqual([]);
    expect(any("The rotation of crops is good.")).toEqual([]);
    expect(any("The fields are green, but they are the poorest of the county.")).toEqual([]);
  });

  it("drops a connective of the verb group, reads 'our' as 'one's' and ends the clause before ', and I …'", () => {
    expect(any("The first settlers of the delta are thus dependent on the rhythm of the floods.")).toEqual([
      ["The first settlers of the delta are {{c1::dependent on the rhythm of the floods}}.", "dependent on the rhythm of the floods"],
    ]);
    expect(any("Our manners are customs as much as our laws.")).toEqual([["One's manners are {{c1::customs as much as one's laws}}.", "customs as much as one's laws"]]);
    expect(any("The heron is thought to be the most patient hunter of the marsh, and I have watched one for an hour.")).toEqual([
      ["The heron is thought to be {{c1::the most patient hunter of the marsh}}.", "the most patient hunter of the marsh"],
    ]);
  });

  it("refuses half a contrast, a shell subject, a predicate that points back or says little", () => {
    expect(any("The wealth of a port has not been its harbour: it has been its credit.")).toEqual([]);
    expect(any("The question is whether the harbour silts up in winter.")).toEqual([]);
    expect(any("The coastal road is not less a barrier to trade across the hills.")).toEqual([]);
    expect(any("The tolls of the bridge are of various kinds.")).toEqual([]);
    expect(any("The levy on salt is an act which seems to require the consent of every guild.")).toEqual([]);
    expect(any("The winter flood is not a spring flood.")).toEqual([]);
    expect(any("The complaints of the weavers are understandable enough.")).toEqual([]);
  });

  it("refuses a subject that has a verb of its own", () => {
    expect(any("The weavers left the town, and the spinners remain the last trade of the valley.")).toEqual([]);
  });

  it("has a ranker feature after every earlier one, harmless at weight 0", () => {
    // (Features appended later, such as key-term-blank, come after it.)
    expect(FEATURE_NAMES.indexOf("type:predicate")).toBeGreaterThan(FEATURE_NAMES.indexOf("scene-noun"));
    expect(DEFAULT_WEIGHTS["type:predicate" as keyof typeof DEFAULT_WEIGHTS] ?? 0).toBe(0);
  });
});
