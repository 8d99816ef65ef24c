// The forms of address a letter's salutation may consist of alone ("Sir,", "Gentlemen:"), one list for
// the two clean-up passes that read salutations: the head of a letter or an essay above its first
// paragraph (lib/chapters/front-lines.ts) and a letter set inside a chapter (letter-furniture.ts).
// Each builds its own pattern (one reads a whole line, the other a paragraph's opening, with the
// words in capitals as printers set them). General English.

/** Title case; a caller that also reads them in capitals adds `toUpperCase()`. */
export const ADDRESS_WORDS: readonly string[] = ["Sir", "Madam", "Gentlemen"];

// A letter's close with no signer (letter-furniture.ts): its opening formula ("I am", "I remain",
// "Yours", "With great respect", …), then only the words such closes are made of ("Sir", "your
// obedient servant", "very truly", "etc."), so that a sentence that opens alike and goes on about
// something else ("We are short of nails, rope, tar, etc.") is no close.
export const CLOSE_OPENERS = String.raw`I\s+(?:am|remain|have\s+the\s+hono(?:u)?r\s+to\s+be)|We\s+(?:are|remain)|Believe\s+me|Yours|Ever\s+yours|With\s+(?:all|great|much|the\s+greatest|sincere)\s+(?:respect|esteem|regard)|Your\s+(?:most\s+)?(?:humble|obedient|faithful)\s+servant`;
export const CLOSE_FORMULA_WORDS: readonly string[] = [
  "sir", "sirs", "madam", "gentlemen", "dear", "my", "your", "yours", "ever", "always", "still", "very", "most", "truly", "sincerely",
  "faithfully", "respectfully", "affectionately", "obedient", "humble", "faithful", "servant", "servants", "friend", "with", "respect", "etc.", "&c.",
];
