// A chapter's first letter set as a drop capital (a large initial two or three lines high) that OCR
// or a layout-keeping reader gives as a letter on a line of its own above the rest of the word
// ("T" / "   HE first and most obvious…"), or as a letter apart on the same line ("T HE first…").
// Joined back when the letter and the word after it make a dictionary word: "THE", "ALL", "IT".
// On one line only a letter that is no word by itself ("T", not "A" or "I": "A MAN came" is two
// words) and only before a word in capitals, as the rest of an opening word is set.
import { isEnglishWord } from "./english-words";

const LONE_LETTER = /^[ \t]*(\p{Lu})[ \t]*$/u;
const CAPITALS_NEXT = /^([ \t]*)(\p{Lu}+)(?=[\s,;:.!?'’]|$)/u;
const SAME_LINE = /^([ \t]*)([B-HJ-Z]) {1,2}(\p{Lu}+)(?=[\s,;:.!?'’])/u;
// A line a paragraph may open after: a title or a heading in capitals, figures and stops.
const OPENER_BEFORE = /^\s*[\p{Lu}\d\s.,:;'’-]+$/u;

/** Whether line i begins a paragraph: at the start, after a blank line or after a title. */
const opensParagraph = (lines: string[], i: number) => i === 0 || !lines[i - 1].trim() || OPENER_BEFORE.test(lines[i - 1]);

export type JoinedCapitals = { text: string; count: number };

/** The text with its drop capitals joined to the words they begin. */
export function joinDropCapitals(text: string): JoinedCapitals {
  const lines = text.split("\n");
  const out: string[] = [];
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const letter = LONE_LETTER.exec(lines[i])?.[1];
    const rest = letter && i + 1 < lines.length ? CAPITALS_NEXT.exec(lines[i + 1]) : null;
    if (letter && rest && isEnglishWord((letter + rest[2]).toLowerCase())) {
      out.push(rest[1] + letter + lines[i + 1].slice(rest[1].length));
      count++;
      i++;
      continue;
    }
    const same = SAME_LINE.exec(lines[i]);
    if (same && opensParagraph(lines, i) && isEnglishWord((same[2] + same[3]).toLowerCase()) && !isEnglishWord(same[2].toLowerCase())) {
      out.push(same[1] + same[2] + lines[i].slice(same[0].length - same[3].length));
      count++;
      continue;
    }
    out.push(lines[i]);
  }
  return count ? { text: out.join("\n"), count } : { text, count: 0 };
}
