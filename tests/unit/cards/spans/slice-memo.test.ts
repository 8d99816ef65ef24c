import { describe, expect, it } from "vitest";
import { sliceMemo } from "@/lib/cards/spans/slice-memo";
import { givenAway, pairMember } from "@/lib/cards/spans/weak-blank";
import { listItem } from "@/lib/cards/spans/list";

describe("sliceMemo", () => {
  it("answers for the part before or after the offset, once per offset of the latest text", () => {
    const seen: string[] = [];
    const before = sliceMemo("before", (p) => { seen.push(p); return p.length; });
    const after = sliceMemo("after", (p) => p.toUpperCase());
    expect(before("the ferry sails", 4)).toBe(4);
    expect(before("the ferry sails", 4)).toBe(4);
    expect(seen).toEqual(["the "]);
    expect(after("the ferry sails", 10)).toBe("SAILS");
    // Another text with the same offset is read afresh, never answered from the last one.
    expect(before("a canal", 4)).toBe(4);
    expect(seen).toEqual(["the ", "a ca"]);
    expect(after("a canal opens", 10)).toBe("ENS");
  });

  it("keeps the span tests' answers when texts alternate", () => {
    const a = "Corvin and Malet drew the new canal, and the canal drained the marsh.";
    const b = "The ferrymen of Olsk, Varn and Tesk kept the tolls.";
    for (let round = 0; round < 2; round++) {
      expect(pairMember(a, 11, 16)).toBe(true);
      expect(listItem(b, 22, 26)).toBe(true);
      expect(givenAway(a, 30, 35)).toBe(true);
      expect(givenAway(a, 63, 68)).toBe(false);
      expect(listItem(b, 0, 13)).toBe(false);
    }
  });
});
