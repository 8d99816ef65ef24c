// A short quotation in another language (a line or two of Latin verse) set as a paragraph of its own
// under the sentence that leads into it ("…and so she did in the poet's time:"), not set in, so the
// verse pass (verse.ts) does not take it. Read as prose it makes sentences no English reader can be
// asked about. It is marked "apparatus" when few of its words are English (SUBTLEX knows them): it
// stays in the chapter's text, as printed, but makes no sentences. Also under words that lead into it
// without a colon ("…the carters could say of it" / a couplet set in, "…these words:—"), which the
// assembler does not run into a quotation in another language (assemble.ts).
import { LEAD_IN, type RawParagraph } from "./assemble";
import { englishLexicon } from "./english-lexicon";

const MAX_WORDS = 40; // a couplet or a few lines; a longer passage may be one the reader needs
const MIN_WORDS = 3; // words of three letters or more
const MIN_LOWER_WORDS = 2; // of them in lower case, to judge the language by
const MAX_ENGLISH_SHARE = 0.4; // Latin shares "ante" with English, "quam" not at all; English prose is nearly all known
export const MIN_ENGLISH_COUNT = 50; // SUBTLEX uses for a word to count as English; "harbour" has 127
const LEADS_IN = /:\s*$/;
// After words that lead into it ("…the carters could say of it" / '"Quod fuit…"', "…replies the old mason," /
// "Vetera viam…", "…these words:—"), which the assembler leaves apart when the quotation is in another
// language (its LEAD_IN, and a closing quotation mark after the words): set apart as after a colon.
const OPEN_LEAD_IN = /[\p{L},]["”’]?\s*$/u;
const leadsIn = (text: string) => LEADS_IN.test(text) || OPEN_LEAD_IN.test(text) || LEAD_IN.test(text.slice(-200));

/** Marks short foreign-language quotations led into by a colon (or unfinished words) as apparatus; returns how many. */
export function markForeignQuotations(paragraphs: RawParagraph[]): number {
  let count = 0;
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const before = paragraphs[i - 1];
    if (p.kind !== "body" || before.kind !== "body" || !leadsIn(before.text)) continue;
    if (p.text.trim().split(/\s+/).length > MAX_WORDS) continue;
    // A sentence that goes on in English after the quotation keeps it (its middle would go).
    if (/^\s*\p{Ll}/u.test(paragraphs[i + 1]?.text ?? "")) continue;
    if (!mostlyForeign(p.text)) continue;
    p.kind = "apparatus";
    count++;
  }
  return count;
}

/**
 * Few of the text's words are English: three words at least, and of its lower-case words (two at
 * least) at most 40 % known to SUBTLEX, as an English word is (50 uses at least, MIN_ENGLISH_COUNT:
 * a few German function words stand in a few subtitles too). The share is taken over lower-case words
 * only: a list of names ("Kettleby, Wrandon and Oxcombe") is English however few of its names SUBTLEX
 * counts; a verse's capitals ("Aurea messis, / Rustica et alta") leave it lower-case words
 * enough to judge by.
 */
export function mostlyForeign(text: string): boolean {
  if ((text.match(/\p{L}{3,}/gu) ?? []).length < MIN_WORDS) return false;
  const words = text.match(/(?<!\p{L})\p{Ll}{3,}(?!\p{L})/gu) ?? [];
  if (words.length < MIN_LOWER_WORDS) return false;
  const counts = englishLexicon().counts;
  return words.filter((w) => (counts.get(w) ?? 0) >= MIN_ENGLISH_COUNT).length <= words.length * MAX_ENGLISH_SHARE;
}
