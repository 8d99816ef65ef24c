// The deeper plain floor pre-registered in session 18 (lib/cards/floor/deep.ts; on since it passed its
// blind bar): its switch, its cut at DEEP_FLOOR_AT of the shipped floor's p(reject) on the plain floor's
// list, and that with it off the pipeline's list is the plain floor's, on invented text.
import { describe, expect, it } from "vitest";
import { applyFloor, deepFloorSwitch, DEEP_FLOOR_AT, DEEP_FLOOR_ON, PLAIN_FLOOR_AT } from "@/lib/cards/floor";
import { generateCards } from "@/lib/cards/pipeline";
import { cleanDocument } from "@/lib/chapters";

// Invented: four cards, one of them a bare "X argue about …" blank the refitted floor scores over the deep cut.
const chapter = () => cleanDocument("# The Salt Roads of Vennor\n\nThe salt roads of Vennor ran from the marshes of Oskel to the inland markets. In 1614 the council of Vennor imposed a toll on every cart of salt. Economists argue about the causes of the decline. A salter is a person who makes or deals in salt.\n").chapters[0];
// Invented: one card at or above the plain cut.
const plainChapter = () => cleanDocument("# The Marl\n\nThe river Marl floods every spring and carries silt to the plain. The farmers of the valley built three dams in 1820 to hold the water. A lock is a chamber with gates at both ends, in which the water level can be raised or lowered.\n").chapters[0];

describe("deep floor", () => {
  it("reads LECTERN_DEEP_FLOOR as 1 / 0 / default (on)", () => {
    expect(deepFloorSwitch({ LECTERN_DEEP_FLOOR: "1" })).toBe(true);
    expect(deepFloorSwitch({ LECTERN_DEEP_FLOOR: "0" }, true)).toBe(false);
    expect(deepFloorSwitch({}, true)).toBe(true);
    expect(deepFloorSwitch(undefined)).toBe(true);
    expect(deepFloorSwitch({}, false)).toBe(false);
    expect(DEEP_FLOOR_ON).toBe(deepFloorSwitch(process.env));
  });

  it("cuts deeper than the plain floor, on the same shipped score the cards carry", () => {
    expect(DEEP_FLOOR_AT).toBe(0.55);
    expect(DEEP_FLOOR_AT).toBeLessThan(PLAIN_FLOOR_AT);
    const plain = generateCards(chapter(), { deepFloor: false });
    const deep = generateCards(chapter(), { deepFloor: true });
    // Every card it drops carries a p(reject) in [DEEP_FLOOR_AT, PLAIN_FLOOR_AT); every card it keeps is under the cut.
    for (const c of plain.filter((c) => !deep.some((d) => d.front === c.front))) {
      expect(c.reject).toBeGreaterThanOrEqual(DEEP_FLOOR_AT);
      expect(c.reject).toBeLessThan(PLAIN_FLOOR_AT);
    }
    for (const c of deep) expect(c.reject).toBeLessThan(DEEP_FLOOR_AT);
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
