// The author's frame around a claim is deleted, leaving the claim (invented sentences).
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { overgenerate } from "@/lib/cards/candidates";
import { analyse } from "../pipeline/helpers";

const last = (text: string) => {
  const a = analyse(`Orlen Vance came to Marlow in 1889. ${text}`);
  return a.sentences[a.sentences.length - 1].text;
};

describe("decontext: the author's frame around a claim", () => {
  it.each([
    ["I believe that the granite of the northern cape is older than the chalk.", "The granite of the northern cape is older than the chalk."],
    ["We know that the oil of the lamp rises through the wick by capillary attraction.", "The oil of the lamp rises through the wick by capillary attraction."],
    ["I have, also, reason to believe that marsh wrens are needed for the spread of the reed.", "Marsh wrens are needed for the spread of the reed."],
    ["It is clear that the harbour of Lisk silted up in the dry years.", "The harbour of Lisk silted up in the dry years."],
    ["It plainly appears, that a wide canal carries more trade than a narrow one.", "A wide canal carries more trade than a narrow one."],
    ["But I think that the old quay was built of imported stone.", "The old quay was built of imported stone."],
    ["The tallow of the Lisk works, I believe, came from the northern farms.", "The tallow of the Lisk works came from the northern farms."],
    ["The conclusion to which we are led is, that the old quay cannot be saved, and that the trade must move to Lisk.", "The old quay cannot be saved, and the trade must move to Lisk."],
  ])("deletes the frame of %j", (text, want) => {
    expect(last(text)).toBe(want);
  });

  it.each([
    ["I believe in the granite lighthouse."],
    ["I think the quay is old."],
    ["We know that."],
    ["It is clear that it fell."],
    ["The lamp, I believe, and the quay were both of granite."],
  ])("keeps %j (no whole clause after the frame, or the aside is not inside one)", (text) => {
    expect(last(text)).toBe(text);
  });

  it("lets the claim's card through the standalone gates once the frame is gone", () => {
    const a = analyse("Orlen Vance came to Marlow in 1889. I believe that the granite of the Tarrow cape is older than the Lisk chalk.");
    const kept = overgenerate(a).filter((c) => c.sentence === 1 && !gate(c, a));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((c) => !/\bI\b|believe/.test(`${c.front} ${c.back}`))).toBe(true);
  });
});

// The frames FRAMES_MORE_ON adds (docs/card-generator.md, "Session 11: claims the author frames").
describe("decontext: more frames of assertion (FRAMES_MORE_ON)", () => {
  it.each([
    ["I shall only observe that the mills of the Tarrow valley were first driven by water.", "The mills of the Tarrow valley were first driven by water."],
    ["I shall only observe, therefore, that the mills of the valley were first driven by water.", "The mills of the valley were first driven by water."],
    ["I have very little doubt, that if the marsh were drained the reed wrens would disappear.", "If the marsh were drained the reed wrens would disappear."],
    ["I do not hesitate to say, that a tax on salt falls hardest on the poor.", "A tax on salt falls hardest on the poor."],
    ["My own belief is that the granite of the cape is older than the chalk.", "The granite of the cape is older than the chalk."],
    ["You will find that the oil of the lamp rises through the wick.", "The oil of the lamp rises through the wick."],
    ["Let us observe that a heated wire glows before it melts.", "A heated wire glows before it melts."],
    ["It will be seen that the river carries more silt in the wet years.", "The river carries more silt in the wet years."],
    ["You observe a heated wire is a very different thing from a cold one.", "A heated wire is a very different thing from a cold one."],
    ["Good roads, I have already said, are the first need of a market town.", "Good roads are the first need of a market town."],
    ["Of the three harbours, that which I think is most exposed is the northern one.", "Of the three harbours, that which is most exposed is the northern one."],
  ])("deletes the frame of %j", (text, want) => {
    expect(last(text)).toBe(want);
  });

  it.each([
    // Denial, doubt, supposition and distance are never deleted: they reverse or suspend the claim.
    ["I do not think that the granite of the cape is older than the chalk."],
    ["You may suppose that the oil of the lamp rises through the wick by heat."],
    ["It might be thought that the river carries more silt in the wet years."],
    ["I am not prepared to deny that the mills were first driven by water."],
    ["I doubt whether the granite of the cape is older than the chalk."],
    // A reminder of the text before.
    ["You may remember that the mills of the valley were first driven by water."],
    // No clause after the frame, or no finite verb after the noun phrase.
    ["You will find that."],
    ["You see the harbour light to be brighter than the quay lamps."],
  ])("keeps %j", (text) => {
    expect(last(text)).toBe(text);
  });
});

describe("decontext: the added frames are switchable", () => {
  it("authorFrames deletes them only when asked", async () => {
    const { authorFrames } = await import("@/lib/cards/decontext/author-frames");
    const a = analyse("Orlen Vance came to Marlow in 1889. I shall only observe that the mills of the valley were first driven by water.");
    const s = a.sentences[1];
    const raw = s.context?.before ?? s.text;
    expect(authorFrames(raw, s.tokens, 0, false)).toEqual([]);
    expect(authorFrames(raw, s.tokens, 0, true)).toHaveLength(1);
  });
});
