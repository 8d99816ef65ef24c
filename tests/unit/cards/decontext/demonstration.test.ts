// The demonstration frames (LECTERN_DEMONSTRATION): the writer's "I have shown that X" is deleted and X
// carded (on by default since session 26; forced on here); with it off nothing changes. Invented sentences.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => { process.env.LECTERN_DEMONSTRATION = "1"; });

import { gate } from "@/lib/cards/gates";
import { overgenerate } from "@/lib/cards/candidates";
import { authorFrames } from "@/lib/cards/decontext/author-frames";
import { DEMONSTRATION_ON, demonstrationFrame, demonstrationSwitch } from "@/lib/cards/decontext/demonstration";
import { analyse } from "../pipeline/helpers";

const last = (text: string) => {
  const a = analyse(`Orlen Vance came to Marlow in 1889. ${text}`);
  return a.sentences[a.sentences.length - 1].text;
};

describe("decontext: the author's frame of a demonstration (LECTERN_DEMONSTRATION)", () => {
  it("reads the switch once, on unless set to 0 (since session 26)", () => {
    expect(DEMONSTRATION_ON).toBe(true);
    expect(demonstrationSwitch({})).toBe(true);
    expect(demonstrationSwitch({}, false)).toBe(false);
    expect(demonstrationSwitch({ LECTERN_DEMONSTRATION: "0" })).toBe(false);
    expect(demonstrationSwitch({ LECTERN_DEMONSTRATION: "1" })).toBe(true);
  });

  it.each([
    ["I have shown that the sap of the reed rises fastest in the warm hours.", "The sap of the reed rises fastest in the warm hours."],
    ["I have now proved, that the weight of the wet clay is twice that of the dry.", "The weight of the wet clay is twice that of the dry."],
    ["We have seen that the tides of the Lisk estuary follow the moon.", "The tides of the Lisk estuary follow the moon."],
    ["I afterwards found that the water of the cistern passes into the lower pipe through a valve.", "The water of the cistern passes into the lower pipe through a valve."],
    ["And I finally saw that the spring of the clock drives the wheel by a chain.", "The spring of the clock drives the wheel by a chain."],
    ["We may confidently assert, that every mill on the river was driven by water before the engine came.", "Every mill on the river was driven by water before the engine came."],
    ["I affirm that the tallow of the northern farms burns with a clearer flame.", "The tallow of the northern farms burns with a clearer flame."],
    ["I conceive it will be manifest that the wheel turns faster when the sluice is opened.", "The wheel turns faster when the sluice is opened."],
    ["It has been shown that salt water freezes at a lower heat than fresh water.", "Salt water freezes at a lower heat than fresh water."],
    ["These points proved, I conceive it will be manifest that the wheel turns faster when the sluice is opened.", "The wheel turns faster when the sluice is opened."],
    ["This I found to be so; and I finally saw that the spring of the clock drives the wheel by a chain.", "The spring of the clock drives the wheel by a chain."],
    ["We have seen that the mill grinds rye by water; and that the kiln dries it by peat.", "The mill grinds rye by water; and the kiln dries it by peat."],
  ])("deletes the frame of %j", (text, want) => {
    expect(last(text)).toBe(want);
  });

  it.each([
    // the past "we": a group that acted, not the writer and reader
    ["We found that the ford of the river was too deep for the carts."],
    ["We soon saw that the marsh road had been flooded in the night."],
    ["The carts were loaded at dawn; and we found that the ford of the river was too deep for them."],
    // doubt, supposition, someone else's view
    ["I do not think that the wheel turns faster when the sluice is opened."],
    ["I hoped that the wheel would turn faster when the sluice was opened."],
    ["It has been argued that salt water freezes at a lower heat than fresh water."],
    // no clause after the frame
    ["I have shown that."],
  ])("keeps %j", (text) => {
    expect(last(text)).toBe(text);
  });

  it("is off with the switch off (LECTERN_DEMONSTRATION=0: the frame stays, and the gates judge the sentence as before)", () => {
    const text = "I have shown that the sap of the reed rises fastest in the warm hours.";
    // The analysis (switch on here) has already deleted the frame; the tokens of the clause are what authorFrames reads.
    const tokens = analyse(text).sentences[0].tokens;
    expect(authorFrames(text, tokens, 0, true, false)).toEqual([]);
    expect(demonstrationFrame(text, false)).toBe(0);
    expect(demonstrationFrame(text, true)).toBe("I have shown that ".length);
  });

  it("lets the claim's card through the first-person gates once the frame is gone", () => {
    const a = analyse("Orlen Vance came to Marlow in 1889. I have shown that the sap of the Tarrow reed rises fastest in the warm hours.");
    const kept = overgenerate(a).filter((c) => c.sentence === 1 && !gate(c, a));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((c) => !/\bI\b|shown/.test(`${c.front} ${c.back}`))).toBe(true);
  });
});
