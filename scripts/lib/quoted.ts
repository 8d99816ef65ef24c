// The spans a rater's note quotes ("blank 'X'", "blank the cause \"Y\" instead"), for the label audits.
// A straight or curly single quotation mark opens a quotation only at the note's start or after a
// space or an opening bracket: elsewhere it is an apostrophe ("the author's \"tax\"" quotes "tax", not
// "s "); and one between two letters ("the king's men") closes nothing.
const QUOTED = /(?:["“]|(?<=^|[\s([])['‘])((?:[^"”'’]|(?<=\p{L})['’](?=\p{L})){1,80}?)(?:["”]|['’](?!\p{L}))/gu;

/** The spans the note quotes, in order. */
export function quotedSpans(note: string): string[] {
  return [...note.matchAll(QUOTED)].map((m) => m[1]);
}
