// Run-in side heads closed by a dash alone, with no full stop before it, as some handbooks and
// their e-texts set them: "Absolute Zero—Experiments show that…", "Specific Heat--The specific
// heat of a substance is…". A dash after a paragraph's first words is also how prose breaks off
// ("Yes—I know", "Napoleon—the man himself—came"), so such an opening is a head only when it is
// a title (few words, capitalised but the small ones), the text after the dash opens a sentence
// with a capital, and the chapter sets at least three paragraphs so: one is a mannerism of style,
// three are the book's way of setting heads.
import type { RawParagraph } from "./assemble";
import { ENUMERATOR_WORD } from "@/lib/language/enumerators";

const BARE_DASH_HEAD = /^(\p{Lu}[^.—–\n,;:!?"“”()]{0,70}?)\s?(?:—|–|--)\s*(?=\p{Lu})/u;
export const MIN_BARE_DASH_HEADS = 3;
// Words that open a sentence of prose, never a head of their own: a reply, a pronoun, a conjunction.
const PROSE_OPENING = /^(?:yes|no|nay|oh|ah|well|but|and|or|so|then|now|here|there|this|that|these|those|it|he|she|they|we|you|i|my|his|her|our|their|the|a|an|what|which|who|when|where|why|how|if|alas|sir|madam)$/i;
// An ordinal or an adverb as the only word ("Secondly—", "Finally—"): a count of points, not a head.
const ENUMERATION = new RegExp(`^(?:${ENUMERATOR_WORD}|\\p{L}+ly)$`, "iu");

export type BareDashHead = { i: number; text: string; length: number };

/**
 * The paragraphs opening with a head closed by a dash alone, when the chapter sets at least three;
 * `isHeadWords` says whether words are a title's. Returns nothing when the chapter sets fewer.
 */
export function bareDashHeads(paragraphs: RawParagraph[], isHeadWords: (head: string) => boolean): BareDashHead[] {
  const found: BareDashHead[] = [];
  paragraphs.forEach((p, i) => {
    if (p.kind !== "body") return;
    const m = BARE_DASH_HEAD.exec(p.text);
    if (!m) return;
    const head = m[1].trim();
    const words = head.split(/\s+/);
    if (!isHeadWords(head) || ENUMERATION.test(head)) return;
    if (words.length === 1 && (PROSE_OPENING.test(head) || head.length < 4)) return;
    if (PROSE_OPENING.test(words[0]) && words.length > 1 && !/^(?:The|A|An)$/.test(words[0])) return;
    // Some text after the head: a paragraph that is all head and a dash is a list line.
    if (p.text.length - m[0].length < 20) return;
    found.push({ i, text: head, length: m[0].length });
  });
  return found.length >= MIN_BARE_DASH_HEADS ? found : [];
}
