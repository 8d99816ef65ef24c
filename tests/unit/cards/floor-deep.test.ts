// The deeper plain floor pre-registered in session 18 (lib/cards/floor/deep.ts; on since it passed its
// blind bar): its switch, its cut at DEEP_FLOOR_AT of the shipped floor's p(reject) on the plain floor's
// list, and that with it off the pipeline's list is the plain floor's, on invented text. The
// sentence-choice model (on since session 24, ./choice/use.test.ts) is held off: these chapters of four
// sentences test the floors alone.
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyFloor, deepFloorSwitch, DEEP_FLOOR_AT, PLAIN_FLOOR_AT } from "@/lib/cards/floor";
import { generateCards } from "@/lib/cards/pipeline";
import { cleanDocument } from "@/lib/chapters";

// Invented: four cards, one of them a bare "X argue about …" blank the shipped floor weights score over the deep cut.
const chapter = () => cleanDocument("# The Salt Roads of Vennor\n\nThe salt roads of Vennor ran from the marshes of Oskel to the inland markets. In 1614 the council of Vennor imposed a toll on every cart of salt. Economists argue about the causes of the decline. A salter is a person who makes or deals in salt.\n").chapters[0];
// Invented: one card at or above the plain cut.
const plainChapter = () => cleanDocument("# The Marl\n\nThe river Marl floods every spring and carries silt to the plain. The farmers of the valley built three dams in 1820 to hold the water. A lock is a chamber with gates at both ends, in which the water level can be raised or lowered.\n").chapters[0];

// A fresh pipeline module read under LECTERN_DEEP_FLOOR=<value>: the switch is read once, at import.
async function pipelineUnder(value: string) {
  vi.stubEnv("LECTERN_DEEP_FLOOR", value);
  vi.stubEnv("LECTERN_SENTENCE_CHOICE", "0");
  vi.resetModules();
  const floor = await import("@/lib/cards/floor");
  const pipeline = await import("@/lib/cards/pipeline");
  return { on: floor.DEEP_FLOOR_ON, generate: pipeline.generateCards };
}

describe("deep floor", () => {
  afterEach(() => { vi.unstubAllEnvs(); vi.resetModules(); });
  it("reads LECTERN_DEEP_FLOOR as 1 / 0 / default (on)", () => {
    expect(deepFloorSwitch({ LECTERN_DEEP_FLOOR: "1" })).toBe(true);
    expect(deepFloorSwitch({ LECTERN_DEEP_FLOOR: "0" }, true)).toBe(false);
    expect(deepFloorSwitch({}, true)).toBe(true);
    expect(deepFloorSwitch(undefined)).toBe(true);
    expect(deepFloorSwitch({}, false)).toBe(false);
  });

  it("reads the environment at import: LECTERN_DEEP_FLOOR=0 turns it off, 1 on", async () => {
    expect((await pipelineUnder("0")).on).toBe(false);
    expect((await pipelineUnder("1")).on).toBe(true);
  });

  it("cuts deeper than the plain floor, on the same shipped score the cards carry", () => {
    expect(DEEP_FLOOR_AT).toBe(0.55);
    expect(DEEP_FLOOR_AT).toBeLessThan(PLAIN_FLOOR_AT);
    const plain = generateCards(chapter(), { choice: null, deepFloor: false });
    const deep = generateCards(chapter(), { choice: null, deepFloor: true });
    // Every card it drops carries a p(reject) in [DEEP_FLOOR_AT, PLAIN_FLOOR_AT); every card it keeps is under the cut.
    for (const c of plain.filter((c) => !deep.some((d) => d.front === c.front))) {
      expect(c.reject).toBeGreaterThanOrEqual(DEEP_FLOOR_AT);
      expect(c.reject).toBeLessThan(PLAIN_FLOOR_AT);
    }
    for (const c of deep) expect(c.reject).toBeLessThan(DEEP_FLOOR_AT);
  });

  it("on, drops the weak card and keeps the rest in their order", () => {
    const plain = generateCards(chapter(), { choice: null, deepFloor: false }).map((c) => c.front);
    const deep = generateCards(chapter(), { choice: null, deepFloor: true }).map((c) => c.front);
    expect(plain.some((f) => f.startsWith("{{c1::Economists}} argue"))).toBe(true);
    expect(deep.some((f) => f.startsWith("{{c1::Economists}} argue"))).toBe(false);
    expect(deep.length).toBe(plain.length - 1);
    expect(deep).toEqual(plain.filter((f) => deep.includes(f)));
  });

  it("off, the list is the plain floor's, card for card", async () => {
    for (const ch of [chapter, plainChapter]) {
      const off = generateCards(ch(), { choice: null, deepFloor: false });
      // The plain floor applied by hand to the list before the plain and deep floors.
      const before = generateCards(ch(), { choice: null, plainFloor: false, deepFloor: false });
      expect(off).toEqual(applyFloor(before, (c) => c.reject ?? 0, PLAIN_FLOOR_AT, "all"));
      // With the switch off in the environment, the default list is the {deepFloor: false} one.
      const { generate } = await pipelineUnder("0");
      expect(generate(ch())).toEqual(off);
    }
    // The option is not ignored: on this chapter the deep floor's list differs from the plain floor's.
    expect(generateCards(chapter(), { choice: null, deepFloor: true })).not.toEqual(generateCards(chapter(), { choice: null, deepFloor: false }));
  });

  it("works on the plain floor's list: never brings back a card it dropped, never empties a chapter", () => {
    for (const ch of [chapter, plainChapter]) {
      const plain = generateCards(ch(), { choice: null, deepFloor: false }).map((c) => c.front);
      const deep = generateCards(ch(), { choice: null, deepFloor: true }).map((c) => c.front);
      expect(deep.every((f) => plain.includes(f))).toBe(true);
      expect(deep.length).toBeGreaterThan(0);
    }
    // On invented scores: every plain-floor survivor at or above the deep cut → the plain floor's list stays.
    const plainKept = applyFloor([{ id: 1, p: 0.6, q: 0.6 }, { id: 2, p: 0.7, q: 0.2 }, { id: 3, p: 0.58, q: 0.9 }], (c) => c.p, PLAIN_FLOOR_AT, "all");
    expect(applyFloor(plainKept, (c) => c.q, DEEP_FLOOR_AT, "all").map((c) => c.id)).toEqual([1, 3]);
  });
});

describe("deep floor threshold for a blind arm (LECTERN_DEEP_FLOOR_AT)", () => {
  it("reads a number between 0 and the plain floor's 0.65, and ignores anything else", async () => {
    const { deepFloorAt } = await import("@/lib/cards/floor");
    expect(deepFloorAt({ LECTERN_DEEP_FLOOR_AT: "0.46" })).toBe(0.46);
    expect(deepFloorAt({ LECTERN_DEEP_FLOOR_AT: ".5" })).toBe(0.5);
    expect(deepFloorAt({})).toBe(DEEP_FLOOR_AT);
    expect(deepFloorAt(undefined)).toBe(DEEP_FLOOR_AT);
    for (const bad of ["0.7", "0", "1", "abc", "0.46x", "-0.4", ""]) expect(deepFloorAt({ LECTERN_DEEP_FLOOR_AT: bad })).toBe(DEEP_FLOOR_AT);
  });
  it("cuts the plain floor's list at the given threshold, never emptying it", async () => {
    const under = async (env: Record<string, string>) => {
      for (const [k, v] of Object.entries({ LECTERN_SENTENCE_CHOICE: "0", ...env })) vi.stubEnv(k, v);
      vi.resetModules();
      const cards = (await import("@/lib/cards/pipeline")).generateCards(chapter());
      vi.unstubAllEnvs();
      vi.resetModules();
      return cards;
    };
    const plain = await under({ LECTERN_DEEP_FLOOR: "0" });
    expect(plain.length).toBeGreaterThan(1);
    const rejects = plain.map((c) => c.reject ?? 1).sort((x, y) => x - y);
    // A threshold between the two lowest p(reject) of the plain list (far under the shipped 0.55): one card stays.
    const at = Math.round(((rejects[0] + rejects[1]) / 2) * 1000) / 1000;
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(0.65);
    const cut = await under({ LECTERN_DEEP_FLOOR_AT: String(at) });
    const expected = plain.filter((c) => (c.reject ?? 1) < at).map((c) => c.front);
    expect(expected.length).toBe(1);
    expect(plain.filter((c) => (c.reject ?? 1) < DEEP_FLOOR_AT).length).toBeGreaterThan(1);
    expect(cut.map((c) => c.front)).toEqual(expected);
  });
});
