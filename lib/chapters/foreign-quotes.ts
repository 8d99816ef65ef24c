// A short quotation in another language (a line or two of Latin verse) set as a paragraph of its own
// under the sentence that leads into it ("…and so she did in the poet's time:"), not set in, so the
// verse pass (verse.ts) does not take it. Read as prose it makes sentences no English reader can be
// asked about. It is marked "apparatus" when few of its words are English (SUBTLEX knows them): it
// stays in the chapter's text, as printed, but makes no sentences. Session 21 (clean21).
import type { RawParagraph } from "./assemble";
import { englishLexicon } from "./english-lexicon";

const MAX_WORDS = 40; // a couplet or a few lines; a longer passage may be one the reader needs
const MIN_WORDS = 3; // words of three letters or more
const MIN_LOWER_WORDS = 2; // of them in lower case, to judge the language by
const MAX_ENGLISH_SHARE = 0.4; // Latin shares "ante" with English, "quam" not at all; English prose is nearly all known
const LEADS_IN = /:\s*$/;

/** Marks short foreign-language quotations led into by a colon as apparatus; returns how many. */
export function markForeignQuotations(paragraphs: RawParagraph[]): number {
  const counts = englishLexicon().counts;
  let count = 0;
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.kind !== "body" || paragraphs[i - 1].kind !== "body" || !LEADS_IN.test(paragraphs[i - 1].text)) continue;
    if (p.text.trim().split(/\s+/).length > MAX_WORDS) continue;
    // A sentence that goes on in English after the quotation keeps it (its middle would go).
    if (/^\s*\p{Ll}/u.test(paragraphs[i + 1]?.text ?? "")) continue;
    if ((p.text.match(/\p{L}{3,}/gu) ?? []).length < MIN_WORDS) continue;
    // The share is taken over lower-case words only: a list of names ("Kettleby, Wrandon and
    // Oxcombe") is English however few of its names SUBTLEX counts (fixclean21); a verse's capitals
    // ("Aurea messis, / Rustica et alta") leave it lower-case words enough to judge by.
    const words = p.text.match(/(?<!\p{L})\p{Ll}{3,}(?!\p{L})/gu) ?? [];
    if (words.length < MIN_LOWER_WORDS) continue;
    const english = words.filter((w) => counts.has(w)).length;
    if (english > words.length * MAX_ENGLISH_SHARE) continue;
    p.kind = "apparatus";
    count++;
  }
  return count;
}
