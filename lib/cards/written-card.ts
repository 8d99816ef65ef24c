// Checks for a card a writer (the LLM generator) composed, on top of validateCard's: the offline gates
// are off for written cards (session 21), so what they caught that a written card can still carry is
// checked here. A card must not be vague or point out of itself ("Who?", "Why did they …?"), a cloze
// must blank real words, keep three words of its own and have the blank as its answer, and a number in
// the answer must be printed in the cited sentences (validateCard's support check lets numbers pass).
import type { GeneratedCard } from "./types";
import { wordCount } from "./text";
import { CLOZE_DELETION as DELETION } from "./validate";

const squash = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();

export function writtenCardProblem(card: GeneratedCard, cited: string): string | null {
  if (card.flags.includes("ambiguous")) return "vague or pointing out of the card";
  if (card.kind === "cloze") {
    const blanks = [...card.front.matchAll(DELETION)].map((m) => m[1]);
    if (!blanks.length || blanks.some((b) => !b.trim())) return "cloze with an empty blank";
    if (wordCount(card.front.replace(DELETION, " ")) < 3) return "cloze with too few words of its own";
    if (squash(blanks.join(" ")) !== squash(card.back)) return "cloze whose answer is not its blank";
  }
  const printed = new Set(cited.match(/\d+(?:[.,]\d+)*/g) ?? []);
  if ((card.back.match(/\d+(?:[.,]\d+)*/g) ?? []).some((n) => !printed.has(n))) return "a number the cited sentences do not print";
  return null;
}
