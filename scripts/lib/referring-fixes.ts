// Session 24 (refer24): the strict raters' "not standalone" fix notes as supervision for resolving
// referring expressions. Pure helpers for scripts/referring-fixes.ts: parse a free-text note into
// (expression → replacement) pairs, class the expression, find where the replacement stands in the
// chapter, and score a resolver's answer against the rater's.

export type Pair = { expr: string; repl: string };
export type ParsedNote = { pairs: Pair[]; unresolved: string[]; addition: boolean };

const ARROW = /\s*(?:->|→|=>)\s*/;
const QUOTED = /"([^"]+)"|“([^”]+)”|'([^']+(?:'s)?)'(?![a-z])|‘([^’]+)’/g;

const quotedIn = (s: string): string[] => [...s.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4]).trim());
const unquote = (s: string) => s.trim().replace(/^["'“‘]+|["'”’]+$/g, "").trim();

const DOUBLE = /"([^"]+)"|“([^”]+)”/g;
const doubleQuoted = (s: string): string[] => [...s.matchAll(DOUBLE)].map((m) => (m[1] ?? m[2]).trim());
/** Text wrapped in single quotes from the first quote to the last ("'the miller's wife'" keeps its inner apostrophe). */
const singleWrapped = (s: string): string | null => s.match(/^[^']*?['‘](.+)['’]\s*$/)?.[1].trim() ?? null;

/** The expression side of "…: "X" -> …" or "context 'X' -> …": the last double-quoted text, else single-quoted, else the words after any lead-in. */
function leftSide(s: string): string {
  const t = s.replace(/[\s:]+$/, "").replace(/\s*\bunresolved\b.*$/i, "");
  const q = doubleQuoted(t);
  if (q.length) return q[q.length - 1];
  const single = singleWrapped(t);
  if (single) return single;
  return unquote((t.split(/:\s*/).pop() ?? t).replace(/^(?:fix|replace|change|rewrite|read|context)\s+/i, ""));
}

/** The replacement side: the quoted text when it opens the side, else the side up to a clause break. */
function rightSide(s: string): string {
  const t = s.trim();
  if (/^["“]/.test(t)) return doubleQuoted(t)[0] ?? unquote(t);
  if (/^['‘]/.test(t)) return t.match(/^['‘](.+)['’]/)?.[1].trim() ?? unquote(t);
  return unquote(t.split(/\s+(?:and blank|blank|but|or)\s+/)[0].replace(/[.,]+$/, ""));
}

/** A free-text fix note read as pairs (X -> Y), expressions named unresolved, and whether it asks to add words instead. */
export function parseFixNote(note: string | undefined | null): ParsedNote {
  const out: ParsedNote = { pairs: [], unresolved: [], addition: false };
  if (!note) return out;
  for (const seg of note.split(/\s*;\s*/)) {
    const parts = seg.split(ARROW);
    if (parts.length === 2 && parts[0].trim() && parts[1].trim()) {
      const expr = leftSide(parts[0]);
      const repl = rightSide(parts[1]);
      if (expr && repl && expr.toLowerCase() !== repl.toLowerCase()) out.pairs.push({ expr, repl });
      continue;
    }
    const un = seg.match(/^(.*?)\s+(?:(?:are|is|left)\s+)?unresolved\b/i);
    if (un) {
      const q = quotedIn(un[1]);
      const words = unquote(un[1]).split(/\s+/);
      if (q.length) out.unresolved.push(...q);
      else if (words.length <= 4 && words[0]) out.unresolved.push(words.join(" "));
    }
    if (/^(?:add|prefix|insert|name)\b|\bprefix\b|\bat start\b/i.test(seg)) out.addition = true;
  }
  return out;
}

export const EXPR_CLASSES = ["personal", "first-person", "demonstrative", "definite", "such", "former-latter", "partial-name", "phrase-with-pronoun", "time-place", "other"] as const;
export type ExprClass = (typeof EXPR_CLASSES)[number];

const PERSONAL = /^(?:he|she|it|they|him|her|them|his|its|their|hers|theirs|himself|herself|itself|themselves)$/i;
const FIRST = /^(?:i|we|me|us|my|our|mine|ours|myself|ourselves)$/i;

const TIME_PLACE = /^(?:there|here|then|now|meanwhile|later|afterwards|at (?:the|this|that) (?:time|moment|date|period|place|point)|(?:at|in|by) that (?:time|date|period)|of the time|at first|at last|the same year|that year)$/i;
const INNER_REFERENT = /\b(?:he|she|it|they|him|her|them|his|its|their|this|that|these|those|such|we|our|us|i|my)\b/i;

/**
 * The kind of referring expression a rater replaced. A capitalised expression is a partial name only
 * when the replacement spells it out ("Smith" → "Adam Smith"); otherwise it is a sentence opener.
 */
export function classifyExpression(expr: string, repl?: string): ExprClass {
  const e = expr.trim().replace(/[.,:;!?]+$/, "");
  const w = e.split(/\s+/);
  if (/\b(?:the\s+)?(?:former|latter)\b/i.test(e)) return "former-latter";
  if (w.length === 1 && PERSONAL.test(w[0])) return "personal";
  if (w.length === 1 && FIRST.test(w[0])) return "first-person";
  if (/^(?:this|that|these|those)\b/i.test(e)) return "demonstrative";
  if (/^such\b/i.test(e)) return "such";
  if (TIME_PLACE.test(e)) return "time-place";
  if (/^the\s+\S/i.test(e)) return "definite";
  const capitalised = w.length <= 4 && /^\p{Lu}/u.test(w[0]) && w.every((x) => /^(?:\p{Lu}[\p{L}'’.-]*|of|de|von|the)$/u.test(x));
  const spelt = (r: string) => ` ${r.replace(/[^\p{L}\p{N}\s'’.-]/gu, " ")} `.includes(` ${e} `);
  if (capitalised && repl !== undefined && spelt(repl) && norm(repl) !== norm(e)) return "partial-name";
  if (w.length > 1 && INNER_REFERENT.test(e)) return "phrase-with-pronoun";
  return "other";
}

/** Number a referring expression asks of its antecedent, when it says. */
export function numberOf(expr: string): "sg" | "pl" | null {
  const e = expr.trim().toLowerCase();
  if (/^(?:they|them|their|these|those|we|us|our)$/.test(e)) return "pl";
  if (/^(?:he|she|it|him|her|his|its|this|that|i|me|my)$/.test(e)) return "sg";
  if (/^(?:these|those)\s/.test(e)) return "pl";
  if (/^(?:this|that)\s/.test(e)) return "sg";
  if (/^the\s/.test(e)) return /[^s]s$/.test(e) ? "pl" : "sg";
  return null;
}

const STOP = new Set(["the", "a", "an", "of", "in", "on", "at", "to", "and", "by", "for", "with", "from", "as", "his", "her", "its", "their", "this", "that", "these", "those"]);
/** Lower case, quotes and punctuation out, a trailing parenthetical and leading articles dropped. */
export function norm(s: string): string {
  return s.replace(/\s*\([^)]*\)\s*$/, "").toLowerCase().replace(/[’']s\b/g, "").replace(/[^\p{L}\p{N}\s-]/gu, " ").replace(/\s+/g, " ").trim().replace(/^(?:the|a|an)\s+/, "");
}
const stem = (w: string) => w.replace(/(?:ies)$/, "y").replace(/(?<=[^s])s$/, "");
/** The head word of a phrase: its last content word, before any "of"/"in" tail ("the king of France" → king). */
export function headOf(s: string): string | null {
  const w = norm(s).split(" ").filter(Boolean);
  const cut = w.findIndex((x, i) => i > 0 && /^(?:of|in|at|on|from|who|which|that|with|for)$/.test(x));
  const body = (cut > 0 ? w.slice(0, cut) : w).filter((x) => !STOP.has(x));
  return body.length ? stem(body[body.length - 1]) : null;
}

const content = (s: string) => norm(s).split(" ").filter((x) => x && !STOP.has(x)).map(stem);

export type Agreement = { exact: boolean; head: boolean; adds: boolean; covers: boolean };

/**
 * How a resolver's answer agrees with the rater's replacement, or null when it gave none. exact:
 * equal once normalised; head: the answer's head word is the replacement's head or one of its words;
 * adds: the answer brings in at least one content word of the replacement that the expression lacked;
 * covers: it brings in all of them. A rater often keeps the head and adds modifiers ("the action" →
 * "the first naval action"), so head agreement alone says little; adds and covers say the answer
 * carries what the rater supplied.
 */
export function agreement(answer: string | null, rater: string, expr = ""): Agreement | null {
  if (answer === null || !answer.trim()) return null;
  const exact = norm(answer) === norm(rater);
  const h = headOf(answer);
  const words = new Set(content(rater));
  const own = new Set(content(expr));
  const fresh = [...words].filter((w) => !own.has(w));
  const mine = new Set(content(answer));
  const added = fresh.filter((w) => mine.has(w));
  return { exact, head: exact || (!!h && (h === headOf(rater) || words.has(h))), adds: exact || added.length > 0, covers: exact || (fresh.length > 0 && added.length === fresh.length) };
}

/**
 * Whether the rater kept the expression's head and added to it ("the action" → "the first naval
 * action": an expansion, the description narrowed) or wrote another referent in its place ("it" →
 * "the kettle": a substitution).
 */
export function fixKind(expr: string, repl: string): "expansion" | "substitution" {
  const h = headOf(expr);
  return h && content(repl).includes(h) ? "expansion" : "substitution";
}

export const SOURCES = ["same-sentence", "previous-subject", "previous-other", "2-5-back", "earlier-paragraph", "earlier-chapter", "heading", "author", "book-title", "later", "words-nearby", "head-word-nearby", "head-word-earlier", "nowhere"] as const;
export type Source = (typeof SOURCES)[number];

export type Context = {
  sentences: string[];
  paragraphOf: number[];
  at: number; // the card's sentence
  prevSubject: string | null; // subject noun phrase of the sentence before, when parsed
  headings: string[]; // chapter title, part, and section headings before the sentence
  author: string;
  title: string;
};

const has = (hay: string, needle: string) => needle.length > 0 && ` ${norm(hay)} `.includes(` ${needle} `);

/** Where the rater's replacement stands verbatim (normalised), nearest first; else whether its head word is within five sentences back. */
export function sourceOf(repl: string, c: Context): Source {
  const r = norm(repl);
  if (!r) return "nowhere";
  const s = c.sentences;
  if (has(s[c.at], r)) return "same-sentence";
  if (c.at > 0 && has(s[c.at - 1], r)) return c.prevSubject && norm(c.prevSubject).includes(headOf(repl) ?? "\u0000") ? "previous-subject" : "previous-other";
  for (let k = c.at - 2; k >= Math.max(0, c.at - 5); k--) if (has(s[k], r)) return "2-5-back";
  for (let k = c.at - 6; k >= 0; k--) if (has(s[k], r)) return c.paragraphOf[k] === c.paragraphOf[c.at] ? "earlier-paragraph" : "earlier-chapter";
  if (c.headings.some((h) => has(h, r))) return "heading";
  const surname = norm(c.author).split(" ").pop() ?? "";
  if (has(c.author, r) || (surname && r.split(" ").includes(surname))) return "author";
  if (has(c.title, r)) return "book-title";
  for (let k = c.at + 1; k < s.length; k++) if (has(s[k], r)) return "later";
  const near = new Set(s.slice(Math.max(0, c.at - 5), c.at + 1).flatMap(content));
  const words = content(repl);
  if (words.length && words.every((w) => near.has(w))) return "words-nearby";
  const h = headOf(repl);
  if (h && near.has(h)) return "head-word-nearby";
  if (h && s.slice(0, c.at).some((x) => content(x).includes(h))) return "head-word-earlier";
  return "nowhere";
}
