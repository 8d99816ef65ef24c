// Facts about the whole chapter that rules need per sentence, computed once so generation stays
// linear in the chapter's length (a per-sentence scan of chapter.text would be quadratic).
import type { CleanChapter } from "@/lib/chapters/types";
import { entities } from "./text";

export type ChapterIndex = {
  /** How often a capitalised name occurs in the chapter (at most: the count of its rarest word). */
  mentions(name: string): number;
  /** How many times a word occurs in the chapter (case-insensitive). */
  frequency(word: string): number;
  /** The first sentence in which a word occurs, or -1. */
  firstUse(word: string): number;
  /** True when the word occurs capitalised mid-sentence somewhere, i.e. it is (part of) a name. */
  isNameWord(word: string): boolean;
  /** True when the word follows "a" or "an" somewhere, i.e. it is used as a count noun. */
  afterIndefinite(word: string): boolean;
  /** How many times a lower-case word follows a capitalised word or an initial ("Thermus aquaticus", "T. aquaticus"). */
  afterCapital(word: string): number;
  /** The latest capitalised name before a sentence containing `word` ("Center" for "the center"). */
  nameBefore(sentenceId: number, word: string): string | null;
  /** The same, with the sentence it was found in. */
  nameBeforeAt(sentenceId: number, word: string): { name: string; sentence: number } | null;
};

const cache = new WeakMap<CleanChapter, ChapterIndex>();

export function chapterIndex(chapter: CleanChapter): ChapterIndex {
  const hit = cache.get(chapter);
  if (hit) return hit;
  const counts = new Map<string, number>();
  const first = new Map<string, number>();
  const freq = new Map<string, number>();
  const named = new Set<string>();
  const counted = new Set<string>();
  const epithets = new Map<string, number>();
  // Names in reading order with the sentence they occur in, grouped by each of their words.
  const byWord = new Map<string, { sentence: number; name: string }[]>();
  for (const s of chapter.sentences) {
    // Overlapping: in ", William Thirsk," both words are names; after a count too ("25 Cepheids").
    for (const m of s.text.matchAll(/(?<=[\p{Ll}\p{N},;] )\p{Lu}[\p{L}'’-]*/gu)) named.add(m[0]);
    for (const m of s.text.matchAll(/\b[Aa]n? ["“]?([\p{L}'’-]+)/gu)) counted.add(m[1].toLowerCase());
    for (const m of s.text.matchAll(/(?<=(?:^|\s)\p{Lu}\p{L}*\.? )\p{Ll}{4,}\b/gu)) epithets.set(m[0], (epithets.get(m[0]) ?? 0) + 1);
    for (const m of s.text.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
      const w = m[0];
      if (/^\p{Lu}/u.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
      const lower = w.toLowerCase();
      if (!first.has(lower)) first.set(lower, s.id);
      freq.set(lower, (freq.get(lower) ?? 0) + 1);
    }
    for (const e of entities(s.text)) {
      for (const w of e.text.split(/\s+/)) {
        const list = byWord.get(w.toLowerCase()) ?? [];
        list.push({ sentence: s.id, name: e.text });
        byWord.set(w.toLowerCase(), list);
      }
    }
  }
  const index: ChapterIndex = {
    mentions: (name) => Math.min(...name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => counts.get(w) ?? 0), Number.MAX_SAFE_INTEGER) % Number.MAX_SAFE_INTEGER,
    frequency: (word) => freq.get(word.toLowerCase()) ?? 0,
    firstUse: (word) => first.get(word.toLowerCase()) ?? -1,
    isNameWord: (word) => named.has(word),
    afterIndefinite: (word) => counted.has(word.toLowerCase()),
    afterCapital: (word) => epithets.get(word) ?? 0,
    nameBefore(sentenceId, word) {
      return index.nameBeforeAt(sentenceId, word)?.name ?? null;
    },
    nameBeforeAt(sentenceId, word) {
      const list = byWord.get(word.toLowerCase()) ?? [];
      let best: { name: string; sentence: number } | null = null;
      for (const e of list) if (e.sentence < sentenceId && e.name.includes(" ")) best = { name: e.name, sentence: e.sentence };
      return best;
    },
  };
  cache.set(chapter, index);
  return index;
}
