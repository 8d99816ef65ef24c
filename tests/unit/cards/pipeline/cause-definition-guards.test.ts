// Guards on cause and definition candidates against misreadings strict raters rejected
// (invented sentences): a temporal "since" read as a cause, a main clause that points back, a
// subject cut at its relative pronoun, and a list item read as an apposition.
import { describe, expect, it } from "vitest";
import { causeCandidates } from "@/lib/cards/candidates/cause";
import { definitionCandidates } from "@/lib/cards/candidates/definition";
import { analyse } from "./helpers";

const causes = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s, i) => causeCandidates(s, a.sentences[i - 1])).map((c) => [c.front, c.back]);
};
const definitions = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s) => definitionCandidates(s, a)).map((c) => [c.front, c.back]);
};

describe("cause guards", () => {
  it("'since' with no verb after it, or after a perfect tense, tells when, not why", () => {
    expect(causes("The harbour has silted a good deal since the building of the new mole, and the trade of the town is much reduced.")).toEqual([]);
    expect(causes("The harbour has silted a good deal since the new mole was built across the mouth of the bay.")).toEqual([]);
  });

  it("'since' with a clause after a simple past is still a reason", () => {
    expect(causes("The pilots refused the new charts, since the soundings in them were taken at the wrong season.")).toEqual([
      ["Why did the pilots refuse the new charts?", "Because the soundings in them were taken at the wrong season"],
    ]);
  });

  it("a main clause that points back ('One is that of …') gives no why-card", () => {
    expect(causes("One is that of trusting the banks, because the river has been quiet for a century.")).toEqual([]);
  });

  it("a subject cut at its relative pronoun gives no consequence card", () => {
    expect(causes("The reason which led to the toll has been forgotten by the townsmen.").filter(([f]) => /reason which/.test(f))).toEqual([]);
  });
});

describe("definition guards", () => {
  it("a plural noun after a one-word place is no apposition of it", () => {
    expect(definitions("The frogs multiply when the herons are shot, as the farmers found in Lorraine, the marsh villages, and so on along the river.")).toEqual([]);
    expect(definitions("The mill stood near Lorraine, a province of eastern France, for many years.")).toEqual([]); // session 12: a place's apposition is not asked
  });
});
