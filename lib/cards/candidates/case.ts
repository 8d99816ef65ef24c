// The case of a word a question moved. A sentence's first word is capitalised because it opens the
// sentence; put inside a question ("Drink sends more persons …" → "What does Drink send …?") it
// keeps a capital it has no right to, and a name the parse took for a common noun loses one ("What
// was jim?"). The evidence is the chapter's own spelling of the word where nothing forces a capital:
// in the middle of a sentence. A word the chapter writes only in lower case there is a common word;
// one it writes only with a capital there is a name. A word it never writes mid-sentence (only where
// a sentence opens) is lowered when general English knows it and the analysis typed no name with it.
import type { Analysis } from "../analyse";
import { isEnglishWord } from "../rank/frequency";

type Spelling = { lower: number; upper: number };
const cache = new WeakMap<Analysis, Map<string, Spelling>>();
// A word after one of these starts a sentence, a quotation or a heading: its capital is no evidence.
const OPENER = /^(?:[“"‘'(\[:;.!?—–-]|\.\.\.)$/;
// Module constants: tsx compiles a \p{…} literal to `new RegExp` where it stands, so one inside a
// function would be rebuilt on every call (this runs per token of a chapter and per word of a card).
const WORD = /^\p{L}[\p{L}'’-]*$/u;
const CAPITAL = /^\p{Lu}/u;
const WORDS_OR_QUOTES = /[“”"]|\p{L}[\p{L}'’-]*/gu;
const QUOTE = /^[“”"]$/;
const AFTER_BREAK = /(?:[.!?:;]\s*|[(“"‘'—–]\s*)$/;
const CAPITAL_WORD_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+$/u;
const CAPITAL_AFTER = /^\s+\p{Lu}/u;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const NAME_KIND = /^(?:person|place|org|group)$/;

/** How the chapter spells each word mid-sentence: with a lower-case or a capital first letter. */
export function midSentenceSpelling(a: Analysis): Map<string, Spelling> {
  const known = cache.get(a);
  if (known) return known;
  const out = new Map<string, Spelling>();
  for (const s of a.sentences) {
    for (let i = 1; i < s.tokens.length; i++) {
      const w = s.tokens[i].text;
      if (!WORD.test(w) || OPENER.test(s.tokens[i - 1].text) || (w.length > 1 && w === w.toUpperCase())) continue;
      const key = w.toLowerCase();
      const e = out.get(key) ?? { lower: 0, upper: 0 };
      if (CAPITAL.test(w)) e.upper++;
      else e.lower++;
      out.set(key, e);
    }
  }
  cache.set(a, out);
  return out;
}

/**
 * The word as the chapter would write it inside a sentence, or null to leave it as it is. `common`:
 * capitalised words known to be common words, the evidence for a word the chapter never writes mid-sentence.
 */
export function caseInside(word: string, spelling: ReadonlyMap<string, Spelling>, common: ReadonlySet<string> = new Set()): string | null {
  if (word.length < 2 || word === word.toUpperCase()) return null; // "I", "NATO", "X"
  const key = word.toLowerCase();
  const seen = spelling.get(key);
  if (CAPITAL.test(word)) {
    if (seen ? seen.upper === 0 && seen.lower > 0 : common.has(word)) return key;
    return null;
  }
  // A name the parse lowered ("jim"): the chapter capitalises it every time it is written mid-sentence.
  if (seen && seen.lower === 0 && seen.upper >= 2) return word.charAt(0).toUpperCase() + word.slice(1);
  return null;
}

/**
 * `text` with each word after the first put in the case the chapter gives it mid-sentence. Words
 * after a sentence break (a lead-in sentence before the question) and inside quotation marks (a
 * title) are left alone, and so is everything up to `from` (the card's own capital, "Because").
 */
export function recase(text: string, a: Analysis, from = 1, common: ReadonlySet<string> = new Set()): string {
  const spelling = midSentenceSpelling(a);
  let quoted = false;
  let out = "";
  let last = 0;
  for (const m of text.matchAll(WORDS_OR_QUOTES)) {
    const w = m[0];
    if (QUOTE.test(w)) {
      quoted = w === "“" ? true : w === "”" ? false : !quoted;
      continue;
    }
    const at = m.index!;
    if (quoted || at < from || (at > 0 && AFTER_BREAK.test(text.slice(Math.max(0, at - 3), at)))) continue;
    // A capital next to another capital is part of a name ("Antoinette Brown", "Christian Scientist").
    if (CAPITAL.test(w) && (CAPITAL_WORD_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || CAPITAL_AFTER.test(text.slice(at + w.length)))) continue;
    const fixed = caseInside(w, spelling, common);
    if (fixed === null || fixed === w) continue;
    out += text.slice(last, at) + fixed;
    last = at + w.length;
  }
  return out + text.slice(last);
}

const commons = new WeakMap<Analysis, Set<string>>();
/**
 * Capitalised words the chapter writes only where a sentence opens and that are no typed name
 * (person, place, organisation, people): general English words ("Honor is venerable …").
 */
function commonWords(a: Analysis): Set<string> {
  let out = commons.get(a);
  if (out) return out;
  const named = new Set<string>();
  for (const s of a.sentences) for (const e of s.entities) if (NAME_KIND.test(e.kind)) for (const w of e.text.split(/\s+/)) named.add(w);
  out = new Set();
  for (const s of a.sentences) {
    const w = s.tokens[0]?.text ?? "";
    // ("Antoinette Brown …": a capital followed by another is a name.)
    if (TITLE_CASE_WORD.test(w) && !CAPITAL.test(s.tokens[1]?.text ?? "") && !named.has(w) && isEnglishWord(w)) out.add(w);
  }
  commons.set(a, out);
  return out;
}

/** A question card's front and back recased (the back after its opening word or "Because"/"To"). */
export function recaseQuestion<T extends { kind: string; front: string; back: string; sentence: number }>(c: T, a: Analysis): T {
  if (c.kind !== "qa") return c;
  const common = commonWords(a);
  const front = recase(c.front, a, 1, common);
  const lead = /^(?:Because|To|By|Through|Not)\s+/.exec(c.back)?.[0].length ?? 0;
  // The back's first word is capitalised by design ("Some cells of the brain"); after "Because" it is mid-sentence.
  const back = lead ? c.back.slice(0, lead) + recase(c.back.slice(lead), a, 0, common) : recase(c.back, a, 1, common);
  return front === c.front && back === c.back ? c : { ...c, front, back };
}
