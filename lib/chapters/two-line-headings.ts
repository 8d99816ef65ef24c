// A heading printed on two lines (a long title or subtitle broken where the line was full, often
// with a blank line between the halves in an e-text):
//   TRANSITION FROM THE COMMON RATIONAL KNOWLEDGE
//   OF MORALITY TO THE PHILOSOPHICAL
// Each line alone reads as a heading, so the chapter's outline shows two headings, neither of which
// makes sense. They are one when the grammar runs on across the break: the first line is not closed
// (no stop, colon or question mark) and either the second opens with a word that joins it to what
// goes before ("of", "to", "and", "in"…) or the first ends with one ("…THE", "…OF"). Both lines must
// be set alike (both in capitals, or neither) and neither may be a label ("CHAPTER II", "§ 4.", "XII").
import type { RawParagraph } from "./assemble";
import { setInCapitals } from "./title-case";

// Words that cannot open a heading of their own but continue the phrase before them.
const OPENS_CONTINUATION = /^(?:of|to|and|or|nor|in|on|for|with|from|by|at|as|into|upon|between|among|against|towards?|than|through)\s/i;
// Words that leave the line before them unfinished.
const ENDS_OPEN = /\s(?:of|to|and|or|nor|in|on|for|with|from|by|at|as|into|upon|between|among|the|a|an|its|their|his|her)$/i;
const CLOSED = /[.!?:;]["”’)]?$/;
const LABEL = /^(?:chapter|chap\.|book|part|section|sect\.|lecture|letter|article|art\.|§|¶)\b|^[IVXLC\d]+\.?$|\d/i;
const MAX_WORDS = 14;

const words = (s: string) => s.trim().split(/\s+/).length;

/** Joins a heading's second line to its first, in place; the number of headings joined. */
export function joinTwoLineHeadings(paragraphs: RawParagraph[]): number {
  let joined = 0;
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const [a, b] = [paragraphs[i - 1], paragraphs[i]];
    if (a.kind !== "heading" || b.kind !== "heading") continue;
    const [first, second] = [a.text.trim(), b.text.trim()];
    if (CLOSED.test(first) || LABEL.test(first) || LABEL.test(second) || words(first) < 2 || words(first) + words(second) > MAX_WORDS) continue;
    if (setInCapitals(first) !== setInCapitals(second)) continue;
    if (!OPENS_CONTINUATION.test(second) && !ENDS_OPEN.test(first)) continue;
    a.text = `${first} ${second}`;
    paragraphs.splice(i, 1);
    joined++;
  }
  return joined;
}
