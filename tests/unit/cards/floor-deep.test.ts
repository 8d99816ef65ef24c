// The deeper plain floor pre-registered in session 18 (lib/cards/floor/deep.ts; off): its switch, its
// cut at DEEP_FLOOR_AT of a refitted floor's p(reject) on the plain floor's list, and that with it off
// the pipeline's list is the plain floor's, on invented text.
import { describe, expect, it } from "vitest";
import { applyFloor, deepFloorSwitch, DEEP_FLOOR_AT, DEEP_FLOOR_ON, DEEP_WEIGHTS, FLOOR_WEIGHTS, PLAIN_FLOOR_AT } from "@/lib/cards/floor";
import { generateCards } from "@/lib/cards/pipeline";
import { cleanDocument } from "@/lib/chapters";

// Invented: four cards, one of them a bare "X argue about …" blank the refitted floor scores over the deep cut.
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

  it("cuts deeper than the plain floor, on a refit with the shipped floor's features", () => {
    expect(DEEP_FLOOR_AT).toBe(0.55);
    expect(DEEP_FLOOR_AT).toBeLessThan(PLAIN_FLOOR_AT);
    expect(DEEP_WEIGHTS.threshold).toBe(DEEP_FLOOR_AT);
    expect(DEEP_WEIGHTS.features).toEqual(FLOOR_WEIGHTS.features);
    expect(DEEP_WEIGHTS.weights).not.toEqual(FLOOR_WEIGHTS.weights);
  });

  it("on, drops the weak card and keeps the rest in their order", () => {
    const plain = generateCards(chapter(), { deepFloor: false }).map((c) => c.front);
    const deep = generateCards(chapter(), { deepFloor: true }).map((c) => c.front);
    expect(plain.some((f) => f.startsWith("{{c1::Economists}} argue"))).toBe(true);
    expect(deep.some((f) => f.startsWith("{{c1::Economists}} argue"))).toBe(false);
    expect(deep.length).toBe(plain.length - 1);
    expect(deep).toEqual(plain.filter((f) => deep.includes(f)));
  });

  it("off, the list is the plain floor's, card for card", () => {
    for (const ch of [chapter, plainChapter]) {
      expect(generateCards(ch(), { deepFloor: false })).toEqual(generateCards(ch(), { plainFloor: true, deepFloor: false }));
      if (!DEEP_FLOOR_ON) expect(generateCards(ch())).toEqual(generateCards(ch(), { deepFloor: false }));
    }
  });

  it("works on the plain floor's list: never brings back a card it dropped, never empties a chapter", () => {
    for (const ch of [chapter, plainChapter]) {
      const plain = generateCards(ch(), { deepFloor: false }).map((c) => c.front);
      const deep = generateCards(ch(), { deepFloor: true }).map((c) => c.front);
      expect(deep.every((f) => plain.includes(f))).toBe(true);
      expect(deep.length).toBeGreaterThan(0);
    }
    // On invented scores: every plain-floor survivor at or above the deep cut → the plain floor's list stays.
    const plainKept = applyFloor([{ id: 1, p: 0.6, q: 0.6 }, { id: 2, p: 0.7, q: 0.2 }, { id: 3, p: 0.58, q: 0.9 }], (c) => c.p, PLAIN_FLOOR_AT, "all");
    expect(applyFloor(plainKept, (c) => c.q, DEEP_FLOOR_AT, "all").map((c) => c.id)).toEqual([1, 3]);
  });
});
