// Session 15 (genfix): a description swapped for its one fuller earlier mention must not cross a
// sentence that names its own kind of the same noun ("The heat so used is called the latent heat of
// boiling": the earlier "latent heat of melting" is another kind, and the swap made a false card).
// Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { analyse } from "../pipeline/helpers";

const last = (text: string) => {
  const a = analyse(text);
  return a.sentences[a.sentences.length - 1];
};
const MELT = "Heat added to ice at its melting point melts it without warming it. The heat so used is the latent heat, and here it is known as the latent heat of melting. ";

describe("definite description in a sentence that names its own kind of the noun", () => {
  it("does not swap in an earlier kind when the sentence defines its own ('is called the latent heat of boiling')", () => {
    const s = last(`${MELT}Heat added to boiling water turns it to steam. The heat so used is called the latent heat of boiling.`);
    expect(s.text).not.toMatch(/melting/);
    expect((s.context?.unresolved ?? []).some((d) => d.op === "definite" && d.kind === "ambiguous" && /^the heat$/i.test(d.text))).toBe(true);
  });
  it("still swaps when the sentence has no other mention of the noun", () => {
    const s = last("A bell hung in the tower of the Marlow church for a century. Each winter the bell of the Marlow church cracked in the frost. The bell was recast in bronze by the parish.");
    expect(s.text).toMatch(/^The bell of the Marlow church was recast/);
  });
});

describe("a description that says which itself", () => {
  it("is still completed when the sentence names another kind ('the boiling point' beside 'the freezing point')", () => {
    const s = last("Pure water is heated in an open kettle at the harbour. The boiling point of water depends on the pressure of the air. The boiling point is marked 100 on this scale, and the freezing point is marked 0.");
    expect(s.text).toMatch(/^The boiling point of water is marked 100/);
  });
});
