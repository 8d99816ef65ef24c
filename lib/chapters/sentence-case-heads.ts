// A run-in side head in ordinary sentence case: "Procedure when no will is made.—If there is no
// will, …". Its words are no title's ("when", "no", "is" are small), so the title test of
// textbook-heads.ts misses it, and the head is read into the paragraph's first sentence. In a chapter
// that sets its side heads so (two title-like run-in heads at least, closed by a stop and a dash), an
// opening of the same shape is a head too: up to eight words, no comma or colon, closed by a stop and
// a dash. A letter's "Sir.—" or a reply's "Yes.—" is one word and stands in no such chapter.
const MAX_WORDS = 8;
const MIN_WORDS = 2;

/** Words that may be a side head in sentence case, where the chapter sets side heads. */
export function isSentenceCaseHead(words: string): boolean {
  const list = words.trim().split(/\s+/);
  return list.length >= MIN_WORDS && list.length <= MAX_WORDS && /^\p{Lu}\p{Ll}/u.test(words) && !/[,;:!?"“”()]/.test(words);
}
