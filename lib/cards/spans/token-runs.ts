// Two readings of a sentence's tokens that the span shapes (./shapes.ts, ./writer-shapes.ts) and the
// point phrase (./point.ts) share, so a span's length and a complement's opening are judged alike.
import type { Token } from "../analyse";

/** How many words tokens [a, b) hold: tokens opening on a letter or a digit (punctuation is not counted). */
export const wordCount = (tokens: Token[], a: number, b: number): number => tokens.slice(a, b).filter((t) => /^[\p{L}\p{N}]/u.test(t.text)).length;

/** Token k (k ≥ 1) is "as" after a past participle ("classed as", "known as"): a complement follows, as after a copula. */
export const asAfterParticiple = (tokens: Token[], k: number): boolean =>
  tokens[k].lower === "as" && tokens[k - 1].pos === "VERB" && /(?:ed|en|wn)$/.test(tokens[k - 1].lower);
