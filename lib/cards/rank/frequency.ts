// How common a word is in general English: SUBTLEX-US counts (lib/chapters/english-lexicon.ts,
// loaded once and shared with the OCR repair). Returned as rarity in 0..1: 0 for "the", 1 for a word
// the list does not know.
import { englishLexicon } from "@/lib/chapters/english-lexicon";

let maxLog: number | null = null;

export function rarity(word: string): number {
  const { counts, topCount } = englishLexicon();
  maxLog ??= Math.log10(topCount + 1);
  const n = counts.get(word.toLowerCase()) ?? 0;
  return 1 - Math.log10(n + 1) / maxLog;
}

/** True when the word is in the general-English list at all (used to tell names from words). */
export function isEnglishWord(word: string): boolean {
  return englishLexicon().counts.has(word.toLowerCase());
}

let total = 0;
/** The word's share of all words in general English (add-one smoothed, so an unknown word is not 0). */
export function englishShare(word: string): number {
  const { counts } = englishLexicon();
  if (!total) for (const n of counts.values()) total += n;
  return ((counts.get(word.toLowerCase()) ?? 0) + 1) / total;
}
