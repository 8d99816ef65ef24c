// An e-text's credits set after the chapter's last paragraph: "This chapter has been put on-line as
// part of … Initial text entry and proof-reading … were the work of volunteer …". They are the
// transcriber's words about the file, not the author's: furniture, dropped (and reported) like the
// editor's bracketed lines around them. A paragraph is a credit only at the chapter's end and only with
// two of the credits' own words at least; one ("volunteer", "transcribed") may be the author's.
import type { RawParagraph } from "./assemble";

const CREDIT_WORD = /\b(?:(?:put|placed|made available) on-?line|on-?line edition|text entry|proof-?read(?:ing|er|ers)?|transcri(?:bed|ption|ber)|volunteers?|e-?texts?|e-?books?|digiti[sz](?:ed|ation)|scanned|produced by|project gutenberg|distributed proofreaders)\b/gi;
const MIN_WORDS = 2;
const MAX_CHARS = 600;

/** Drops the credit paragraphs closing a chapter; returns how many. */
export function dropCreditParagraphs(paragraphs: RawParagraph[]): number {
  let count = 0;
  while (paragraphs.length > 1) {
    const p = paragraphs[paragraphs.length - 1];
    if (p.kind !== "body" || p.text.length > MAX_CHARS) break;
    const words = new Set([...p.text.matchAll(CREDIT_WORD)].map((m) => m[0].toLowerCase().replace(/-/g, "")));
    if (words.size < MIN_WORDS) break;
    paragraphs.pop();
    count++;
  }
  return count;
}
