import type { AnalysedSentence, Analysis, Token } from "../analyse";
import type { Candidate } from "../candidates";

/** A hard check: the reason the candidate is dropped, or null when it passes. */
export type Gate = (c: Candidate, a: Analysis) => string | null;

/** The sentence's tokens inside the first place `part` occurs in it (case-insensitive), or null when it does not occur. */
export function tokensWithin(s: Pick<AnalysedSentence, "text" | "tokens">, part: string): Token[] | null {
  const at = s.text.toLowerCase().indexOf(part.toLowerCase());
  return at < 0 ? null : s.tokens.filter((t) => t.start >= at && t.end <= at + part.length);
}

/** What the card shows once answered, deletions filled in. */
export const shown = (c: Candidate) => c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1");
