// A head set in small capitals with a large initial ("The Factory System" printed THE FACTORY SYSTEM,
// the T taller) is read by OCR in capitals, and now and then the large initial is taken for a small
// letter: "tHE FACTORY SYSTEM", "dECAY OF DOMESTIC MANUFACTURE". A word whose first letter alone is
// small, the rest capitals, standing next to another word in capitals, is such a misreading: its
// first letter is put back in capitals so that the head reads as one set in capitals. A word of that
// shape alone among small letters ("mRNA", "iPHONE") is left: nothing says it is a misread head.
// The text keeps its length (only letters' case changes), so no offset moves.

// First letter small, then two or more capitals (and the hyphens or apostrophes of a word in capitals).
const MISREAD = /(?<![\p{L}\d'’-])(\p{Ll})(\p{Lu}[\p{Lu}'’-]*\p{Lu})(?![\p{L}\d])/gu;
// A neighbouring word set in capitals, after or before on the same line.
const CAPITALS_AFTER = /^[ \t]+[\p{Lu}\d][\p{Lu}\d'’,-]*\p{Lu}/u;
const CAPITALS_BEFORE = /\p{Lu}[\p{Lu}'’,-]*\p{Lu}[ \t]+$/u;

/** Puts back the large initial of each small-capitals word read in small letters; returns the text and how many. */
export function restoreSmallCapitalInitials(text: string): { text: string; count: number } {
  let count = 0;
  const out = text.replace(MISREAD, (word, first: string, rest: string, at: number) => {
    const after = text.slice(at + word.length, at + word.length + 40);
    const before = text.slice(Math.max(0, at - 40), at);
    if (!CAPITALS_AFTER.test(after) && !CAPITALS_BEFORE.test(before)) return word;
    count++;
    return first.toUpperCase() + rest;
  });
  return { text: out, count };
}
