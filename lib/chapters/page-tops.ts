// How a scan's page foot and the next page's top look, shared by the passes that drop page furniture
// between them (signatures.ts, catch-words.ts, bare-notes.ts): they must agree on where a page begins.

// The top of a page: a running head with the page number set apart at one end ("84    THE WHITE
// MONKS", "LESSONS OF OCTOBER    37").
export const PAGED_HEAD_LINE = /^\s*\d{1,4}\s{2,}\S|\S\s{2,}\d{1,4}\s*$/;
// The same, of a line no longer than a head (about a hundred characters either side of the number):
// for passes that look at lines of body text, where a long line ending in a number is a sentence.
export const SHORT_PAGED_HEAD_LINE = /^\s*\d{1,4}\s{2,}\S.{0,100}$|^.{0,100}\S\s{2,}\d{1,4}\s*$/;
// A page number alone on its line.
export const NUMBER_LINE = /^\s*\d{1,4}\s*$/;
// The binder's signature mark at a page foot: a capital, perhaps with a number or a star ("C", "C 2", "D*").
export const SIGNATURE_MARK = String.raw`\p{Lu}(?:\s?\d{1,2}|\*)?`;
