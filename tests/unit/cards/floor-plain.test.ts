// The plain floor at session 16's pre-registered threshold (lib/cards/floor/plain.ts): its switch,
// the cut at PLAIN_FLOOR_AT, and the pipeline step behind the switch, on invented text.
import { describe, expect, it } from "vitest";
import { plainFloor, plainFloorSwitch, PLAIN_FLOOR_AT } from "@/lib/cards/floor";
import { generateCards } from "@/lib/cards/pipeline";
import { cleanDocument } from "@/lib/chapters";

describe("plain floor", () => {
  it("reads LECTERN_PLAIN_FLOOR as 1 / 0 / default", () => {
    expect(plainFloorSwitch({ LECTERN_PLAIN_FLOOR: "1" })).toBe(true);
    expect(plainFloorSwitch({ LECTERN_PLAIN_FLOOR: "0" }, true)).toBe(false);
    expect(plainFloorSwitch({}, true)).toBe(true);
    expect(plainFloorSwitch(undefined)).toBe(true); // on since session 17 (pre-registered rule passed)
  });

  it("drops cards at or above the pre-registered threshold and keeps the rest in order", () => {
    expect(PLAIN_FLOOR_AT).toBe(0.65);
    const cards = [{ id: 1, p: 0.2 }, { id: 2, p: 0.65 }, { id: 3, p: 0.64 }, { id: 4, p: 0.9 }];
    expect(plainFloor(cards, (c) => c.p).map((c) => c.id)).toEqual([1, 3]);
  });

  it("never empties a chapter: when every card is at or above the threshold, all stay", () => {
    const cards = [{ id: 1, p: 0.7 }, { id: 2, p: 0.9 }];
    expect(plainFloor(cards, (c) => c.p)).toEqual(cards);
    expect(plainFloor([{ id: 1, p: 0.3 }, { id: 2, p: 0.8 }], (c) => c.p).map((c) => c.id)).toEqual([1]);
  });

  it("in the pipeline, keeps exactly the unfloored cards whose p(reject) is under the threshold", () => {
    const text = [
      "The Harrowgate Canal was opened in 1794 to carry coal from the upland pits to the port of Selby Mere.",
      "It was built by the engineer Thomas Pell, who had learned his trade on the Severn works.",
      "Barges on the canal were drawn by horses walking along a towpath beside the water.",
      "A lock is a chamber with gates at both ends, in which the water level can be raised or lowered.",
      "The canal lost its trade after the railway reached Selby Mere in 1841, because trains were faster and cheaper.",
    ].join(" ");
    const chapter = cleanDocument(text, { title: "Canals" }).chapters[0];
    const all = generateCards(chapter, { plainFloor: false });
    const kept = generateCards(chapter, { plainFloor: true });
    expect(all.length).toBeGreaterThan(0);
    const expected = all.filter((c) => (c.reject ?? 0) < PLAIN_FLOOR_AT);
    expect(kept.map((c) => c.front)).toEqual((expected.length ? expected : all).map((c) => c.front));
  });
});
