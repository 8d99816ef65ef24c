// The first line of an item of a numbered list set on lines of its own ("   No. 1. Andante in D;",
// "2. The second rule", "IV. The fourth", "(b) the third"), shared by the passes that must not read
// such an item as something else: a quotation set in (block-quotes.ts), lines of verse a lead-in runs
// on into (assemble.ts). A Roman numeral of one letter is "I", "V" or "X": "C. Hale was then the
// clerk" and "L. Brand" open a sentence with a name's initial (as segment.ts ROMAN_TITLE reads them).
// (A lettered item closes on its bracket, "(b) " or "b) ": the copies this replaces asked for a stop
// or a bracket after it too, so that "(b) the third" was never read as an item.)
export const LIST_ITEM_LINE = /^\s*(?:Nos?\.\s*)?(?:(?:\d{1,3}(?:st|nd|rd|th)?|[IVX][IVXLC]{0,6}|[LC][IVXLC]{1,6})[.)]|\(?[a-z]\))\s+\S/;
