// Raters' edit notes often name the blank they wanted ("blank 'X' instead", "blank X not Y"): the
// span model's fit script takes that span as a positive example and the edited one as a negative.
/** The blank an edit note asks for: `blank "X"`, `blank 'X' instead`, `blank X not Y`. */
export function namedBlank(note: string | undefined): string | null {
  const m = note?.match(/\bblank (?:the whole )?["“'‘]([^"”'’]{2,80})["”'’]/i) ?? note?.match(/\bblank ([\p{L}\d -]{2,60}?) (?:not|instead)\b/iu);
  return m ? m[1].trim() : null;
}
