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
