// Raters' edit notes often name the blank they wanted ("blank 'X' instead", "blank X not Y"): the
// span model's fit script takes that span as a positive example and the edited one as a negative.
/** The blank an edit note asks for: `blank "X"`, `blank 'X' instead`, `blank X not Y`. */
export function namedBlank(note: string | undefined): string | null {
  const m = note?.match(/\bblank (?:the whole )?["“'‘]([^"”'’]{2,80})["”'’]/i) ?? note?.match(/\bblank ([\p{L}\d -]{2,60}?) (?:not|instead)\b/iu);
  return m ? m[1].trim() : null;
}

export type Offsets = { start: number; end: number };
type Quote = { at: number; end: number; text: string; cloze?: boolean };

// Double quotes anywhere (a one-letter quote, "I" -> "James", is a quote too, so the pairs stay
// aligned); single quotes only as quotes, not as apostrophes ("the people's 'X'"), but a quoted phrase
// may hold an apostrophe between letters ('Stefan's law'). A rater's card in cloze markup
// ("-> 'wrote {{c1::regular treatises}}'") names its blank too.
const DOUBLE = /["“]([^"”]{1,100})["”]/g;
const SINGLE = /(?<![\p{L}\d])['‘]((?:[^'’]|(?<=\p{L})['’](?=\p{L})){2,100}?)['’](?![\p{L}\d])/gu;
const CLOZE = /\{\{c\d+::([^}]{1,100})\}\}/g;
// What a rater writes just before the blank they want: "blank 'X'", "blank only 'X'", "blank the
// whole 'X'", "better blank: 'X'", "the blank should be 'X'"; not "blanks 'X'", "blank on 'X'".
// Also "blank the cause 'X'", "blank the point: 'X'", "blank could be just 'X'", and a claim the
// note names before asking for it ("the claim is 'X'; blank that", "point is 'X'; blank that instead").
const WANT_BEFORE = /\b(?:blank(?:ing)? (?:only |just |the whole |instead |rather |out )?|blank the (?:point|claim|cause|result|answer|fact|term|name)\s*:?\s*|blank (?:should|could|ought to|would) be (?:just |only )?|should blank |blank:\s*)$/i;
const NAMED_THEN_WANTED = /^\s*[;,.]?\s*(?:blank|the blank should be) (?:that|this|it)\b(?! is)/i;
const CLAIM_BEFORE = /\b(?:the )?(?:claim|point) is\s*$/i;
// "… 'X' (the point) instead of …", "'X' would be the better blank".
const WANT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:instead\b|rather than\b|would be (?:the )?better|is the (?:point|better blank)|as the blank)/i;
const NOT_BEFORE = /(?:\binstead of|\brather than|\bnot|\bblanks|\bblanked|\bblank (?:is|on|of)|\bon)\s*(?:the )?$/i;
const ALTERNATIVE = /\(?\s*\bor\s*$/i;
const EXTEND = /\b(?:extend|widen|lengthen)\w* (?:the )?blank (?:through|to|over|into)(?: the whole)?\s*$/i;

function quotesOf(note: string): Quote[] {
  const out: Quote[] = [];
  for (const re of [DOUBLE, SINGLE, CLOZE]) for (const m of note.matchAll(re)) out.push({ at: m.index, end: m.index + m[0].length, text: m[1].trim().replace(/[,.;:]+$/, ""), cloze: re === CLOZE });
  // A quote inside another is dropped, unless the outer one is a rater's instruction that itself says
  // which blank to take (`"this country -> Britain; blank 'cable' instead"`): then the outer goes.
  const instruction = (q: Quote) => /\bblank\b|\{\{c\d+::/.test(q.text);
  const sorted = out.sort((x, y) => x.at - y.at);
  const inside = (q: Quote, o: Quote) => o !== q && o.at <= q.at && o.end >= q.end && (o.at < q.at || o.end > q.end);
  return sorted.filter((q) => {
    if (instruction(q) && sorted.some((o) => inside(o, q))) return false;
    return !sorted.some((o) => inside(q, o) && !instruction(o));
  });
}

const bare = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/^(?:the|a|an) /, "").trim();

/** Where a quoted phrase stands in the sentence (case-insensitive; "A ... B" spans from A to B), or null. */
export function findQuoted(sentence: string, quoted: string): Offsets | null {
  const parts = quoted.split(/\s*(?:\.\.\.|…)\s*/).filter(Boolean);
  if (!parts.length) return null;
  const lower = sentence.toLowerCase();
  const start = lower.indexOf(parts[0].toLowerCase());
  if (start < 0) return null;
  let end = start + parts[0].length;
  for (const p of parts.slice(1)) {
    const at = lower.indexOf(p.toLowerCase(), end);
    if (at < 0) return null;
    end = at + p.length;
  }
  return { start, end };
}

/**
 * The blanks a rater's note asks for instead of the card's (`rejected`, offsets in `sentence`), best
 * first: a quoted phrase the note asks to blank ("blank 'X' instead", "'X' (or 'Y') instead of the
 * date", "extend blank through 'X'") that occurs in the sentence and is not the card's own blank.
 */
export function preferredBlanks(note: string | undefined, sentence: string, rejected: Offsets): Offsets[] {
  if (!note) return [];
  const out: Offsets[] = [];
  const own = bare(sentence.slice(rejected.start, rejected.end));
  let previousWanted = false;
  for (const q of quotesOf(note)) {
    const before = note.slice(Math.max(0, q.at - 40), q.at), after = note.slice(q.end, q.end + 40);
    const extend = EXTEND.test(before);
    const wanted: boolean = !!q.cloze || extend || WANT_BEFORE.test(before) || (previousWanted && ALTERNATIVE.test(before)) || (WANT_AFTER.test(after) && !NOT_BEFORE.test(before)) || (CLAIM_BEFORE.test(before) && NAMED_THEN_WANTED.test(after));
    previousWanted = wanted;
    if (!wanted || bare(q.text) === own) continue;
    const at = findQuoted(sentence, q.text);
    if (!at) continue;
    const span = extend ? { start: Math.min(at.start, rejected.start), end: Math.max(at.end, rejected.end) } : at;
    if (!out.some((o) => o.start === span.start && o.end === span.end)) out.push(span);
  }
  return out;
}
