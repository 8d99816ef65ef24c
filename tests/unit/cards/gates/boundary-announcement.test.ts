// The boundary gate (lib/cards/gates/boundary.ts) lets a list card's announcing sentence end where its
// list begins ("… were kept:—"), and nothing else: any other card on such a sentence was cut. Invented text.
import { describe, expect, it } from "vitest";
import { boundary } from "@/lib/cards/gates/boundary";
import { analyse, cand } from "../pipeline/helpers";

describe("boundary gate and a list's announcing sentence", () => {
  // The clean-up ends a sentence at the dash before "1."; the analysis here gets the same split from
  // a paragraph break.
  const a = analyse("Four tolls were paid at the bridge:—\n\n1. A penny for a cart. 2. A farthing for a sheep.");
  const announcing = a.sentences.findIndex((s) => /^Four tolls/.test(s.text));

  it("passes an enumeration card sourced on it", () => {
    expect(announcing).toBeGreaterThanOrEqual(0);
    expect(a.chapter.sentences[announcing].text.trim()).toMatch(/:—$/);
    expect(boundary(cand({ kind: "qa", type: "enumeration", front: "What are the four tolls paid at the bridge?", back: "a penny; a farthing", sentence: announcing }), a)).toBeNull();
  });

  it("still refuses any other card on it", () => {
    expect(boundary(cand({ kind: "qa", type: "what", front: "What were paid at the bridge?", back: "Four tolls", sentence: announcing }), a)).toBe("stops mid-sentence");
  });
});
