// The plain floor at session 16's pre-registered threshold (lib/cards/floor/plain.ts), on since
// session 17: its switch, the cut at PLAIN_FLOOR_AT, the pipeline step, and the app's generator, which
// applies it as part of selection, on invented text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CARD_BUILD21 } from "@/lib/cards/candidates/build-switch";
import { applyFloor, plainFloorSwitch, PLAIN_FLOOR_AT } from "@/lib/cards/floor";
import { offlineGenerator } from "@/lib/cards";
import { generateCards } from "@/lib/cards/pipeline";
import { cleanDocument } from "@/lib/chapters";

// The invented chapter's high-reject card is a blank that runs from a noun through a name into its
// verb ("the {{river Marl floods}} every spring"), which session 21's construction rules refuse
// (lib/cards/candidates/build-switch); the floor is tested on the cards it was written for.
// The value found is restored after (fixgen21: not forced on, so a run with LECTERN_CARD_BUILD21=0
// keeps it off for what follows).
const found = CARD_BUILD21.on;
beforeAll(() => {
  CARD_BUILD21.on = false;
});
afterAll(() => {
  CARD_BUILD21.on = found;
});

// Two cards: one the floor model scores at or above 0.65 (a blank on a clause fragment), one under it.
const chapter = () => cleanDocument("# The Marl\n\nThe river Marl floods every spring and carries silt to the plain. The farmers of the valley built three dams in 1820 to hold the water. The dams were designed by the engineer Osk Varden, who had trained in the northern mills. We think the dams saved the valley's harvests for forty years. A lock is a chamber with gates at both ends, in which the water level can be raised or lowered.\n").chapters[0];

describe("plain floor", () => {
  it("reads LECTERN_PLAIN_FLOOR as 1 / 0 / default (on)", () => {
    expect(plainFloorSwitch({ LECTERN_PLAIN_FLOOR: "1" }, false)).toBe(true);
    expect(plainFloorSwitch({ LECTERN_PLAIN_FLOOR: "0" })).toBe(false);
    expect(plainFloorSwitch({}, false)).toBe(false);
    expect(plainFloorSwitch(undefined)).toBe(true);
  });

  it("drops cards at or above the pre-registered threshold, keeps the rest in order, never empties a chapter", () => {
    expect(PLAIN_FLOOR_AT).toBe(0.65);
    const cards = [{ id: 1, p: 0.2 }, { id: 2, p: 0.65 }, { id: 3, p: 0.64 }, { id: 4, p: 0.9 }];
    expect(applyFloor(cards, (c) => c.p, PLAIN_FLOOR_AT, "all").map((c) => c.id)).toEqual([1, 3]);
    const unsure = [{ id: 1, p: 0.7 }, { id: 2, p: 0.9 }];
    expect(applyFloor(unsure, (c) => c.p, PLAIN_FLOOR_AT, "all")).toEqual(unsure);
    expect(applyFloor(unsure, (c) => c.p, PLAIN_FLOOR_AT)).toEqual([]); // the other floors' "sure" rule
  });

  it("in the pipeline, drops the card at or above the threshold and keeps the one under it", () => {
    // The deeper floor (./floor-deep.test.ts) is held off: this is the plain floor's own cut.
    const all = generateCards(chapter(), { plainFloor: false, deepFloor: false });
    expect(all.some((c) => (c.reject ?? 0) >= PLAIN_FLOOR_AT)).toBe(true);
    expect(all.some((c) => (c.reject ?? 1) < PLAIN_FLOOR_AT)).toBe(true);
    const kept = generateCards(chapter(), { plainFloor: true, deepFloor: false });
    expect(kept.map((c) => c.front)).toEqual(all.filter((c) => (c.reject ?? 0) < PLAIN_FLOOR_AT).map((c) => c.front));
  });

  // (fixg19) The app's generator is generateCards itself now, so comparing the two was a tautology;
  // what matters is that the cards the app stores have been through the floor: the card the floor
  // drops from the unfloored list is not among them, and none of them is at or above the threshold.
  it("is part of selection in the app too: the app stores no card the floor drops", async () => {
    const stored = await offlineGenerator.generate(chapter());
    const unfloored = generateCards(chapter(), { plainFloor: false, deepFloor: false });
    const dropped = unfloored.filter((c) => (c.reject ?? 0) >= PLAIN_FLOOR_AT).map((c) => c.front);
    expect(dropped.length).toBeGreaterThan(0);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((c) => (c.reject ?? 0) < PLAIN_FLOOR_AT)).toBe(true);
    expect(stored.filter((c) => dropped.includes(c.front))).toEqual([]);
  });
});
