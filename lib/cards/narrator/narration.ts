// Is a chapter told in the first person singular by its author (an autobiography, memoir, journal,
// travel narrative)? Read from the narration only: the first-person singular words ("I", "me", "my",
// "mine", "myself") outside quotation marks and outside block quotations, per thousand words of
// narration, and the share of sentences that have one. A quotation's "I" is its speaker's, who may be
// anyone; an essay's occasional "I think that …" frames a claim (the claims pass reads those).
import type { CleanChapter } from "@/lib/chapters/types";
import { inside, quotedRanges } from "./quotes";

// "I" is the pronoun; before a full stop only after a small word ("as poor as I."), since "Part I." and
// "I. The …" are numerals.
const FIRST_PERSON = /\bI\b(?![.])|(?<=\p{Ll} )I(?=\.)|\b(?:[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b/gu;
// "mine" is the pronoun after "of" or a form of "be" ("a friend of mine", "the fault was mine"); else
// the noun ("the mine", "a coal-mine").
const MINE_PRONOUN = /\b(?:of|is|was|are|were|be|been|than|as)\s+$/i;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

export type NarrationStats = { words: number; firstPerson: number; perThousand: number; sentences: number; sentencesWithI: number; sentenceShare: number };

/** Offsets (into `text`) of the first-person singular words outside the given quoted ranges. */
export function firstPersonWords(text: string, quoted: [number, number][] = quotedRanges(text)): { start: number; end: number; word: string }[] {
  const out: { start: number; end: number; word: string }[] = [];
  for (const m of text.matchAll(FIRST_PERSON)) {
    if (/^mine$/i.test(m[0]) && !MINE_PRONOUN.test(text.slice(Math.max(0, m.index! - 8), m.index))) continue;
    if (!inside(quoted, m.index!)) out.push({ start: m.index!, end: m.index! + m[0].length, word: m[0] });
  }
  return out;
}

/** The counts the rule reads, over the chapter's body paragraphs (headings and block quotations left out). */
export function narrationStats(chapter: Pick<CleanChapter, "text" | "paragraphs" | "sentences">): NarrationStats {
  let words = 0, firstPerson = 0;
  const hits: number[] = [];
  for (const p of chapter.paragraphs) {
    if (p.kind !== "body" && p.kind !== "list") continue;
    const text = chapter.text.slice(p.start, p.end);
    const quoted = quotedRanges(text);
    for (const m of text.matchAll(WORD)) if (!inside(quoted, m.index!)) words++;
    for (const w of firstPersonWords(text, quoted)) { firstPerson++; hits.push(p.start + w.start); }
  }
  const body = new Set(chapter.paragraphs.filter((p) => p.kind === "body" || p.kind === "list").map((p) => p.id));
  const sentences = chapter.sentences.filter((s) => body.has(s.paragraph));
  const sentencesWithI = sentences.filter((s) => hits.some((h) => h >= s.start && h < s.end)).length;
  return {
    words, firstPerson, perThousand: words ? (1000 * firstPerson) / words : 0,
    sentences: sentences.length, sentencesWithI, sentenceShare: sentences.length ? sentencesWithI / sentences.length : 0,
  };
}

// The rule, chosen from the rates of every chapter fixture (scripts/narrator-rates.ts; docs/card-generator.md,
// "Session 13: a first-person narrator named") before any card was made with it: the two autobiographies
// have 58 and 71 first-person words per thousand and one in more than every second sentence; the essays
// and lectures that say "I" most (a lecturer's "I show you here", an essayist's "I think") stay at
// or under 20 a thousand and a third of their sentences; histories, textbooks and third-person lives
// under 5. The thresholds sit in the gap, and both must hold; a chapter too short to count is not read.
export const NARRATION_MIN_WORDS = 300;
export const NARRATION_PER_THOUSAND = 35;
export const NARRATION_SENTENCE_SHARE = 0.4;

/** True when the chapter is told in the first person singular (its narration, not its quotations). */
export function isFirstPersonNarrative(chapter: Pick<CleanChapter, "text" | "paragraphs" | "sentences">): boolean {
  const s = narrationStats(chapter);
  return s.words >= NARRATION_MIN_WORDS && s.perThousand >= NARRATION_PER_THOUSAND && s.sentenceShare >= NARRATION_SENTENCE_SHARE;
}
