// A chapter's analysis depends on its own text alone: wink learns unseen tokens into its lexicon,
// and a learned token holding a split point ("man's" learned before a comma) used to be kept whole
// in every later chapter of the process. Each chapter now gets a fresh instance, built from shared
// model parts; it must read exactly as an instance built from the package does. Text is invented.
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { freshTokenizer, tokenize } from "@/lib/cards/analyse/toolkit";
import { analyse } from "./helpers";

const tokensOf = (text: string) => analyse(text).sentences.flatMap((s) => s.tokens.map((t) => `${t.text}/${t.pos}`));
const LATER = "No man's labour could drain the whole of the Marlow fen in one season.";
const TEACHES = "The judge weighed the evidence more carefully than the practical man's, and the court agreed with her.";

describe("NLP toolkit isolation between chapters", () => {
  it("tokenizes a chapter the same whether or not another chapter was read before it", () => {
    const alone = tokensOf(LATER);
    tokensOf(TEACHES);
    expect(tokensOf(LATER)).toEqual(alone);
    expect(alone).toContain("man/NOUN");
  });

  it("reads a sentence as an instance built from the package does, build after build", () => {
    const fresh = winkNLP(model);
    const text = `${TEACHES} Mr. Orlen Vance paid $4,800 on 3 May 1924 to the U.S. Harbour Co. ${LATER}`;
    const d = fresh.readDoc(text);
    const pos = d.tokens().out(fresh.its.pos);
    const expected = d.tokens().out().map((t, i) => `${t}/${pos[i]}`).filter((_, i) => pos[i] !== "SPACE");
    for (let i = 0; i < 40; i++) {
      freshTokenizer();
      const got = tokenize(text).tokens.map((t) => `${t.text}/${t.pos}`);
      expect(got).toEqual(expected);
    }
  });
});
