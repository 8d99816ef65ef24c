// gateRemembered (lib/cards/gates/index.ts): a pass the claim pass worked out is not worked out again
// by the pipeline's gate(), unless the card has since cited another sentence (the boundary gate reads
// them). Invented text, analysed by the real toolkit.
import { describe, expect, it } from "vitest";
import { gate, gateRemembered } from "@/lib/cards/gates";
import { candidates } from "../pipeline/helpers";

describe("gateRemembered", () => {
  const { a, all } = candidates("The lighthouse on the point burned whale oil until 1850. The keepers rowed out to the rock every evening");
  const passing = () => all.find((c) => c.sentence === 0 && !gate(c, a))!;

  it("keeps the pass for the same card", () => {
    const c = passing();
    expect(c).toBeDefined();
    expect(gateRemembered(c, a)).toBeNull();
    expect(gate(c, a)).toBeNull();
  });

  it("gates again once the card cites another sentence", () => {
    const c = { ...passing(), extra: [] as number[] };
    expect(gateRemembered(c, a)).toBeNull();
    // The second sentence stops mid-sentence (no full stop): citing it fails the boundary gate.
    c.extra.push(1);
    expect(gate(c, a)).toMatch(/^boundary: stops mid-sentence/);
  });
});
