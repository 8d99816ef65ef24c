// The forms of address a letter's salutation may consist of alone ("Sir,", "Gentlemen:"), one list for
// the two clean-up passes that read salutations: the head of a letter or an essay above its first
// paragraph (lib/chapters/front-lines.ts) and a letter set inside a chapter (letter-furniture.ts).
// Each builds its own pattern (one reads a whole line, the other a paragraph's opening, with the
// words in capitals as printers set them). General English.

/** Title case; a caller that also reads them in capitals adds `toUpperCase()`. */
export const ADDRESS_WORDS: readonly string[] = ["Sir", "Madam", "Gentlemen"];
