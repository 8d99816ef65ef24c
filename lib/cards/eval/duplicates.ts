// Near-duplicates in a ranked list, by the rubric's definition (the same fact twice): a card is a
// duplicate of an earlier one when both come from the same source sentence and test the same
// span (same answer, or one card's answer shows in the other card's text), when both are clozes of
// that sentence, or when their visible words overlap almost entirely (Jaccard >= 0.8).
import type { EvalCard } from "./types";
import { normalise } from "./normalise";

const visible = (c: EvalCard) => normalise(`${c.front} ${c.back}`).replace(/[{}]/g, "");
const words = (s: string) => new Set(s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
const answer = (c: EvalCard) => normalise(c.kind === "cloze" ? (c.front.match(/\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/)?.[1] ?? c.back) : c.back);

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return both / (a.size + b.size - both || 1);
}

export function isDuplicateOf(card: EvalCard, earlier: EvalCard): boolean {
  if (normalise(card.sentence) === normalise(earlier.sentence)) {
    if (card.kind === "cloze" && earlier.kind === "cloze") return true;
    const a = answer(card), b = answer(earlier);
    if (a && (a === b || visible(earlier).includes(a) || visible(card).includes(b))) return true;
  }
  return jaccard(words(visible(card)), words(visible(earlier))) >= 0.8;
}

/** Indexes (into `cards`) of every card that repeats an earlier one. */
export function duplicateIndexes(cards: EvalCard[]): number[] {
  return cards.flatMap((c, i) => (cards.slice(0, i).some((e) => isDuplicateOf(c, e)) ? [i] : []));
}
