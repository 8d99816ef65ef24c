// The referent op ships off (session 9: its one substitution on unseen books was wrong); by default
// the pipeline leaves a bare role description as printed. Invented sentences, real toolkit.
import { describe, expect, it } from "vitest";
import { REFERENT_ON } from "@/lib/cards/decontext/referent";
import { analyse } from "../pipeline/helpers";

describe("referent op, as shipped", () => {
  it("is off, so 'the Governor' is not written out with the one name the chapter gave the role", () => {
    expect(REFERENT_ON).toBe(false);
    const s = analyse("When Governor Osk left Varden he enjoyed a great reputation. The harbour masters trusted him. The Governor was slow to decide.").sentences.at(-1)!;
    expect(s.text).toBe("The Governor was slow to decide.");
    expect(s.context?.edits.some((e) => e.op === "referent") ?? false).toBe(false);
  });
});
