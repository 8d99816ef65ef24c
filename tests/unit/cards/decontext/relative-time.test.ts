// Relative times: resolved to an absolute date when the nearest dated sentence makes it certain,
// else left as a dependence that drops the card (only in a past-tense narrative for "now", "the
// present", "the night", "the hour"). Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { anchorDate } from "@/lib/cards/decontext/relative-time";
import { dropsCard } from "@/lib/cards/decontext";
import { analyse } from "../pipeline/helpers";

const last = (text: string) => {
  const a = analyse(text);
  return a.sentences[a.sentences.length - 1];
};
const timeDeps = (text: string) => (last(text).context?.unresolved ?? []).filter((d) => d.op === "time");

describe("relative time: repairs from the chapter's date", () => {
  it.each([
    ["In June 1891 the harbour board met at Lisk. A month later the keepers opened the new quay at Orra.", "In July 1891 the keepers opened the new quay at Orra."],
    ["In December 1891 the harbour board met at Lisk. A month later the keepers opened the new quay at Orra.", "In January 1892 the keepers opened the new quay at Orra."],
    ["The harbour board met at Lisk in 1891. A year later the keepers opened the new quay at Orra.", "In 1892 the keepers opened the new quay at Orra."],
    ["The harbour board met at Lisk in 1891. The keepers opened the new quay at Orra in the same year.", "The keepers opened the new quay at Orra in 1891."],
    ["In March 1891 the harbour board met at Lisk. The keepers opened the new quay at Orra in the same month.", "The keepers opened the new quay at Orra in March 1891."],
  ])("rewrites the relative time after %j", (text, want) => {
    expect(last(text).text).toBe(want);
  });
  it("leaves 'a month later' unresolved when the anchor names no month, and the card is dropped for it", () => {
    const deps = timeDeps("The harbour board met at Lisk in 1891. A month later the keepers opened the new quay at Orra.");
    expect(deps.map((d) => d.text)).toEqual(["A month later"]);
    expect(deps.every(dropsCard)).toBe(true);
  });
  it("does not guess between two years", () => {
    const s = last("The board met in 1890 and again in 1891. A year later the keepers opened the new quay at Orra.");
    expect(s.text).toMatch(/^A year later/);
    expect(s.context?.unresolved.some((d) => d.op === "time")).toBe(true);
  });
  it("reads the nearest sentence that names a year", () => {
    expect(anchorDate([{ text: "In May 1890 it rained." }, { text: "The quay was built in 1893." }])).toEqual({ year: 1893, month: null });
    expect(anchorDate([{ text: "In May 1890 it rained." }, { text: "Nothing else happened." }])).toEqual({ year: 1890, month: 4 });
    expect(anchorDate([{ text: "Nothing happened." }])).toBeNull();
  });
});

describe("relative time: dependences that drop the card", () => {
  it.each([
    ["Orlen Vance reached the harbour. That night the keeper lit the great lamp for the first time."],
    ["Orlen Vance reached the harbour. The keeper would now gladly have lit the great lamp."],
    ["Orlen Vance reached the harbour. The keeper knew that nothing was so hard on a crew as waiting in a storm like the present."],
    ["Orlen Vance reached the harbour. Before retiring for the night, the keeper trimmed the wick of the great lamp."],
    ["Orlen Vance reached the harbour. The keeper saw that the hour had come."],
    ["Orlen Vance reached the harbour. Two days later the keeper lit the great lamp."],
  ])("flags the relative time of %j", (text) => {
    const deps = timeDeps(text);
    expect(deps.length).toBeGreaterThan(0);
    expect(deps.every(dropsCard)).toBe(true);
  });
  it.each([
    ["The lamp is now lit by electricity in most lighthouses."],
    ["At the present day the keepers are paid by the board."],
    ["The hour of high tide is fixed by the moon."],
  ])("leaves the present-tense or absolute time of %j alone", (text) => {
    expect(timeDeps(`Orlen Vance reached the harbour. ${text}`)).toEqual([]);
  });
});

describe("relative time: times and comparisons that point back (session 7)", () => {
  it.each([
    ["a time counted from no named event", "Vance reached Lisk. Some time after there was heavy firing near the mill.", "Some time after"],
    ["'a little later'", "Vance reached Lisk. A little later the carts arrived at the ford.", "A little later"],
    ["a pair of cases set up before, in a story", "Two cases arose. In the one case the keeper paid; in the other the town paid.", "In the one case"],
    ["a comparative with 'still' that opens a story's sentence", "The mill stood by the river. Deeper still lay the old ford.", "Deeper still"],
    ["a comparative with 'still' inside a story's sentence", "The mill stood by the river. Vance found the water lower still.", "lower still"],
    ["a continuing state in a story", "Vance reached Lisk. Vance was still on board the barge.", "was still"],
  ])("reports %s, and the card is dropped for it", (_, text, dep) => {
    const deps = timeDeps(text);
    expect(deps.map((d) => d.text)).toContain(dep);
    expect(deps.every(dropsCard)).toBe(true);
  });

  it.each([
    ["a pair of cases in an exposition", "Two cases arise. In the one case the keeper pays; in the other the town pays.", "In the one case"],
    ["a comparative with 'still' in an exposition", "The mill stands by the river. Deeper still lies the old ford.", "Deeper still"],
  ])("reports %s for the ranker only", (_, text, dep) => {
    const d = timeDeps(text).find((x) => x.text === dep);
    expect(d?.kind).toBe("expository");
    expect(dropsCard(d!)).toBe(false);
  });

  it.each([
    ["a time counted from a named event", "Vance reached Lisk. Some time after the siege the mill was rebuilt."],
    ["'still' in the present tense", "The tide at Lisk is still rising."],
    ["'still' as an intensifier before a comparative", "Vance reached Lisk. The rain fell still more heavily at the mill."],
    ["'still' with its standard on the card", "Vance reached Lisk. The rain at the mill was heavier still than at the ford."],
  ])("leaves alone %s", (_, text) => {
    expect(timeDeps(text)).toEqual([]);
  });
});
