// Session 23 (narr23) on INVENTED text: a sentence that ends by closing a quotation in straight single
// quotes ("… a paper 'on two new salts.'") ends like a sentence; the boundary gate had read only
// double and curly quotes after the stop, and dropped every card of such a sentence as cut.
import { describe, expect, it } from "vitest";
import { boundary } from "@/lib/cards/gates/boundary";
import { analyse, cand } from "../pipeline/helpers";

describe("boundary gate and a quotation closed after the stop", () => {
  const a = analyse("The assayer worked alone for ten years. In 1841 Orla Venn published a paper 'on two new salts of the marsh.' It was read before the guild in May of that year.");
  const at = a.sentences.findIndex((s) => /^In 1841/.test(s.text));

  it("passes a card on a sentence ending in .'", () => {
    expect(at).toBeGreaterThanOrEqual(0);
    expect(a.chapter.sentences[at].text.trim()).toMatch(/\.'$/);
    expect(boundary(cand({ kind: "qa", type: "when", front: "When did Orla Venn publish a paper 'on two new salts of the marsh'?", back: "1841", sentence: at }), a)).toBeNull();
  });

  it("still refuses a sentence cut without a stop", () => {
    const b = analyse("The assayer worked alone for ten years and published a paper 'on two new salts'");
    expect(boundary(cand({ kind: "qa", type: "what", front: "What did the assayer publish?", back: "a paper", sentence: 0 }), b)).toBe("stops mid-sentence");
  });
});
