// A head of one line between paragraphs is short (ten words at most, assemble.ts). An e-text that
// prints a book's marginal notes as lines of their own sets some longer ones in title case, every word
// capitalised but the small ones ("The Second Promise To One, Makes Void The First To Another"): no
// sentence of prose is written so, however long, and with no stop after it the line is no sentence.
import { titleLike } from "./summary";

const MAX_WORDS = 16;
const MAX_CHARS = 110;

/** A line of eleven to sixteen words in title case, no stop closing it: a head however long. */
export function longTitleLine(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  return words > 10 && words <= MAX_WORDS && t.length <= MAX_CHARS && !/[.!?:;,]$/.test(t) && titleLike(t);
}
