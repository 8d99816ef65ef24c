// The text a list of cuts leaves, for the places that cut words out of a sentence: the compressed
// cloze's front (./index) and the claim pass's stripped claim (lib/cards/claims/strip). (./sentence
// walks the cuts itself: it keeps each stretch's offsets to map the compressed text back.)
import type { Cut } from "./types";

/**
 * `text` from `from` to `to` less what `cuts` cover. Cuts are read in the order given (text order);
 * one that overlaps the cut before it removes only what is left of it, and one outside the range is skipped.
 */
export function withoutCuts(text: string, cuts: readonly Pick<Cut, "start" | "end">[], from = 0, to = text.length): string {
  let out = "";
  let at = from;
  for (const c of cuts) {
    if (c.end <= from || c.start >= to) continue;
    out += text.slice(at, Math.max(at, c.start));
    at = Math.max(at, c.end);
  }
  return out + text.slice(at, to);
}
