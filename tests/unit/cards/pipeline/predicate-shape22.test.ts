// Predicate clozes (candidates/predicate.ts) whose blank cuts the predicate or states no claim,
// from the strict raters' rejections of session 22: invented sentences only.
import { describe, expect, it } from "vitest";
import { predicateCandidates } from "@/lib/cards/candidates/predicate";
import { analyse } from "./helpers";

const fronts = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s) => predicateCandidates(s, a).map((c) => c.front));
};

describe("predicate candidates: degree, hedges, asides and cut noun phrases", () => {
  it.each([
    ["The turn of the mill wheel is too quick for a child to count.", "The turn of the mill wheel is {{c1::too quick for a child to count}}."],
    ["Idle waiting is far more wearing than steady labour.", "Idle waiting is far {{c1::more wearing than steady labour}}."],
    ["The new weir is as durable as the old stone dam.", "The new weir is {{c1::as durable as the old stone dam}}."],
  ])("takes a degree word into the blank (%s)", (text, front) => {
    expect(fronts(text)).toEqual([front]);
  });

  it.each([
    ["may", "Tolls may be cruel and erratic."],
    ["might", "A keeper of the mill might be a tinker at heart."],
    ["would have been", "The harvest would have been a blend of gain and of loss."],
  ])("refuses a copula under a modal of possibility (%s)", (_, text) => {
    expect(fronts(text)).toEqual([]);
  });

  it("refuses a predicate that opens on a second 'to be'", () => {
    expect(fronts("The value of a mill is to be reckoned as a later addition.")).toEqual([]);
  });

  it("blanks the predicate after an aside between commas, the aside in view", () => {
    expect(fronts("Every storm is, to our farmers, the ruin of a season.")).toEqual(["Every storm is, to one's farmers, {{c1::the ruin of a season}}."]);
  });

  it("refuses a blank whose determiner's noun lies beyond it", () => {
    expect(fronts("The Tarvash settlers must plainly be one of the most stubborn, patient, tireless peoples of the Marl plains.")).toEqual([]);
  });

  it("keeps claims under 'must', an infinitive aim, and a plain noun predicate", () => {
    expect(fronts("The sole aim of a toll is to raise revenue. The river must be the boundary of the county. Good habits are a second nature.")).toEqual([
      "The sole aim of a toll is {{c1::to raise revenue}}.",
      "The river must be {{c1::the boundary of the county}}.",
      "Good habits are {{c1::a second nature}}.",
    ]);
  });
});

describe("predicate candidates: look-alikes kept", () => {
  it("keeps an intensifier in view", () => {
    expect(fronts("All the hoarders of grain are really quite blind to the future.")).toEqual(["All the hoarders of grain are really quite {{c1::blind to the future}}."]);
  });
});

describe("predicate candidates: a degree with no complement", () => {
  it.each(["The profits of the Dunmere mills are yet more remarkable.", "The cost of a new bridge is too plain.", "The stone weir is as durable.", "The stone weir is so durable.", "A stone weir is more useful to the miller."])("gives no card for %s", (text) => {
    expect(fronts(text)).toEqual([]);
  });
});

describe("predicate candidates: a month or a name that reads like a modal", () => {
  it.each([
    ["The May rains will be a blessing to the farmers.", "The May rains will be {{c1::a blessing to the farmers}}."],
    ["Old May Hill will be the site of the fair.", "Old May Hill will be {{c1::the site of the fair}}."],
  ])("keeps the card (%s)", (text, front) => {
    expect(fronts(text)).toEqual([front]);
  });
});
