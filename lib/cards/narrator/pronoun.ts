// The narrator's pronoun, read from the chapter's own narration: a first-person narrator who says what
// he or she is ("I was then a girl of ten", "as a boy I …", "more time than other girls", "I am an old
// man"). Never guessed from the name. Both kinds of evidence, or none, leave it unknown, and the
// rewrite keeps the name (./rewrite.ts).
import type { CleanChapter } from "@/lib/chapters/types";
import { inside, quotedRanges } from "./quotes";

export type Pronoun = "he" | "she";

const SHE = "girls?|wom[ae]n|lady|ladies|daughters?|wife|widow|maid(?:en)?s?|schoolgirls?|mother";
const HE = "boys?|m[ae]n|gentlem[ae]n|sons?|husband|widower|lads?|schoolboys?|father";
const NOUN = `(?:(${SHE})|(${HE}))(?![\\p{L}'’-])`;
// "I was a girl", "I am now an old man", "I had been the only woman": the narrator's own copula.
const COPULA = new RegExp(`\\bI\\s+(?:was|am|had\\s+been|have\\s+been|became|remained)\\s+(?:\\p{Ll}+ly\\s+|then\\s+|still\\s+|now\\s+|but\\s+|not\\s+)?(?:a|an|the\\s+only|the\\s+first|the\\s+youngest|the\\s+eldest|the\\s+oldest)\\s+(?:\\p{Ll}+\\s+){0,2}?${NOUN}`, "gu");
// "As a boy, I …", "When I was a girl".
const AS_A = new RegExp(`\\b(?:[Aa]s|[Ww]hen\\s+I\\s+was)\\s+a\\s+(?:\\p{Ll}+\\s+)?${NOUN},?\\s+I\\b`, "gu");
// "I need more time than other girls", "I played like other boys": the narrator counted among them.
const OTHER = new RegExp(`\\b(?:than|like|with|among|unlike)\\s+(?:the\\s+|any\\s+|most\\s+|all\\s+)?other\\s+${NOUN}`, "gu");
const HAS_I = /\bI\b/;

/** "she" or "he" when the chapter's narration says which, one way only; else null. */
export function narratorPronoun(chapter: Pick<CleanChapter, "text" | "paragraphs">): Pronoun | null {
  let she = 0, he = 0;
  for (const p of chapter.paragraphs) {
    if (p.kind !== "body" && p.kind !== "list") continue;
    const text = chapter.text.slice(p.start, p.end);
    const quoted = quotedRanges(text);
    const count = (m: RegExpMatchArray) => {
      if (inside(quoted, m.index!)) return;
      if (m[1]) she++;
      else if (m[2]) he++;
    };
    for (const m of text.matchAll(COPULA)) count(m);
    for (const m of text.matchAll(AS_A)) count(m);
    // "than other girls" only in a sentence of the narrator's own "I".
    for (const m of text.matchAll(OTHER)) {
      const from = Math.max(text.lastIndexOf(".", m.index!), 0);
      if (HAS_I.test(text.slice(from, m.index!))) count(m);
    }
  }
  if (she && !he) return "she";
  if (he && !she) return "he";
  return null;
}

/** The pronoun's forms for a subject, an object, a possessive determiner and "mine". */
export const PRONOUN_FORMS: Record<Pronoun, { subject: string; object: string; possessive: string; mine: string; same: RegExp }> = {
  she: { subject: "she", object: "her", possessive: "her", mine: "hers", same: /\b(?:she|her|hers|herself)\b/i },
  he: { subject: "he", object: "him", possessive: "his", mine: "his", same: /\b(?:he|him|his|himself)\b/i },
};

// Nouns of someone else of the same sex between the name and the pronoun make "her" / "his" read as theirs.
export const SAME_SEX_NOUN: Record<Pronoun, RegExp> = {
  she: new RegExp(`\\b(?:${SHE}|sisters?|aunts?|nieces?|grandmothers?|queens?|mistress|governess|nurse|Miss|Mrs|Madame|Lady)\\b`, "iu"),
  he: new RegExp(`\\b(?:${HE}|brothers?|uncles?|nephews?|grandfathers?|kings?|master|Mr|Sir|Lord)\\b`, "iu"),
};
