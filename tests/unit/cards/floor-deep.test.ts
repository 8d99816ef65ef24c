// The deeper plain floor pre-registered in session 18 (lib/cards/floor/deep.ts; off): its switch, its
// cut at DEEP_FLOOR_AT on the plain floor's list, and that with it off the pipeline's list is the
// plain floor's, on invented text.
import { describe, expect, it } from "vitest";
import { applyFloor, deepFloorSwitch, DEEP_FLOOR_AT, DEEP_FLOOR_ON, PLAIN_FLOOR_AT } from "@/lib/cards/floor";
import { generateCards } from "@/lib/cards/pipeline";
import { cleanDocument } from "@/lib/chapters";

// Invented: four cards, one of them (a bare "X argue about …" blank) scored between the two cuts.
const chapter = () => cleanDocument("# The Salt Roads of Vennor\n\nThe salt roads of Vennor ran from the marshes of Oskel to the inland markets. In 1614 the council of Vennor imposed a toll on every cart of salt. Economists argue about the causes of the decline. A salter is a person who makes or deals in salt.\n").chapters[0];
// Invented: one card at or above the plain cut.
const plainChapter = () => cleanDocument("# The Marl\n\nThe river Marl floods every spring and carries silt to the plain. The farmers of the valley built three dams in 1820 to hold the water. A lock is a chamber with gates at both ends, in which the water level can be raised or lowered.\n").chapters[0];

describe("deep floor", () => {
  it("reads LECTERN_DEEP_FLOOR as 1 / 0 / default (off)", () => {
    expect(deepFloorSwitch({ LECTERN_DEEP_FLOOR: "1" })).toBe(true);
    expect(deepFloorSwitch({ LECTERN_DEEP_FLOOR: "0" }, true)).toBe(false);
    expect(deepFloorSwitch({}, true)).toBe(true);
    expect(deepFloorSwitch(undefined)).toBe(false);
    expect(DEEP_FLOOR_ON).toBe(deepFloorSwitch(process.env));
  });

  it("cuts deeper than the plain floor", () => {
    expect(DEEP_FLOOR_AT).toBe(0.55);
    expect(DEEP_FLOOR_AT).toBeLessThan(PLAIN_FLOOR_AT);
  });

  it("on, drops the card between the two cuts and keeps the rest in order", () => {
    const plain = generateCards(chapter(), { deepFloor: false });
    const between = plain.filter((c) => (c.reject ?? 0) >= DEEP_FLOOR_AT);
    expect(between.length).toBeGreaterThan(0);
    expect(between.every((c) => (c.reject ?? 1) < PLAIN_FLOOR_AT)).toBe(true);
    const deep = generateCards(chapter(), { deepFloor: true });
    expect(deep.map((c) => c.front)).toEqual(plain.filter((c) => (c.reject ?? 0) < DEEP_FLOOR_AT).map((c) => c.front));
  });

  it("off, the list is the plain floor's, card for card", () => {
    for (const ch of [chapter, plainChapter]) {
      expect(generateCards(ch(), { deepFloor: false })).toEqual(generateCards(ch(), { plainFloor: true, deepFloor: false }));
      if (!DEEP_FLOOR_ON) expect(generateCards(ch())).toEqual(generateCards(ch(), { deepFloor: false }));
    }
  });

  it("works on the plain floor's list: never brings back a card it dropped, never empties a chapter", () => {
    const noPlain = generateCards(plainChapter(), { plainFloor: false, deepFloor: false });
    expect(noPlain.some((c) => (c.reject ?? 0) >= PLAIN_FLOOR_AT)).toBe(true);
    const deep = generateCards(plainChapter(), { deepFloor: true });
    expect(deep.every((c) => (c.reject ?? 1) < DEEP_FLOOR_AT)).toBe(true);
    // On invented scores: every plain-floor survivor at or above the deep cut → the plain floor's list stays.
    const plainKept = applyFloor([{ id: 1, p: 0.6 }, { id: 2, p: 0.7 }, { id: 3, p: 0.58 }], (c) => c.p, PLAIN_FLOOR_AT, "all");
    expect(applyFloor(plainKept, (c) => c.p, DEEP_FLOOR_AT, "all").map((c) => c.id)).toEqual([1, 3]);
  });
});
