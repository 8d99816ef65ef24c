// A context line cut from an earlier sentence: the clause that names the referent, free of pointers
// of its own and of the card's answer. Short beats complete: the raters of the naive line (the whole
// previous sentence) rejected lines with loose ends, long lines and lines that gave the answer away.
import type { AnalysedSentence } from "../analyse/types";
import type { Candidate } from "../candidates";
import { unresolvedReference } from "../gates/referring";
import { SPEAKER } from "../gates/speaker";
import { monthWithoutYear } from "../gates/standalone";
import { shownSceneNouns } from "../gates/scene-anchor";
import { dropsCard, shownDependences } from "../decontext";
import { capitalize, contentTokens, tokens } from "../text";

export const MAX_WORDS = 25;
const MIN_WORDS = 3;
// Clause boundaries inside a sentence: a semicolon, colon or dash, and a comma before a conjunction
// that opens a clause of its own.
const HARD = /\s*(?:[;:]|\s[—–]\s|—)\s*/g;
const SOFT = /,\s+(?:and|but|yet|so|for|while|whereas|although|though)\s+/gi;
// Connectives that tie the clause to the one before; dropped from the front of a line.
const LEAD = /^(?:(?:and|but|yet|so|for|or|nor|however|moreover|thus|therefore|then|also|indeed|now|still|hence|accordingly|besides)\b,?\s*)+/i;
// A clause opened by these is a fragment, or one that points back.
const FRAGMENT = /^(?:which|who|whom|whose|that|when|where|as|because|if|unless|since|after|before|until|till|although|though|while|whereas|to|of)\b/i;
const POINTING = /\b(?:this|these|those|such|former|latter|aforesaid|aforementioned|above|same|here|there|then|thus|hence|he|him|his|she|her|they|them|their|it|its|one another|each other)\b|\b(?:last|first|just|already)[- ](?:named|mentioned|described)\b/i;

export type Chunk = { start: number; end: number };

function split(text: string, re: RegExp, from: number, to: number): Chunk[] {
  const out: Chunk[] = [];
  let at = from;
  for (const m of text.slice(from, to).matchAll(re)) {
    out.push({ start: at, end: from + m.index! });
    at = from + m.index! + m[0].length;
  }
  out.push({ start: at, end: to });
  return out.filter((c) => c.end > c.start);
}

/**
 * The clauses of a sentence around character `at`, smallest first: the clause's opening up to its
 * first comma (when that holds a verb: "A ridge intervened, called …"), the part between commas and
 * a conjunction, the part between semicolons, colons or dashes.
 */
export function clausesAround(s: Pick<AnalysedSentence, "text" | "tokens">, at: number): Chunk[] {
  const hard = split(s.text, HARD, 0, s.text.length).find((c) => c.start <= at && at < c.end);
  if (!hard) return [];
  const soft = split(s.text, SOFT, hard.start, hard.end).find((c) => c.start <= at && at < c.end);
  const out: Chunk[] = [];
  if (soft) {
    const comma = s.text.indexOf(",", soft.start);
    const head = { start: soft.start, end: comma };
    const hasVerb = s.tokens.some((t) => t.start >= head.start && t.end <= head.end && (t.pos === "VERB" || t.pos === "AUX"));
    if (comma > at && comma < soft.end && hasVerb) out.push(head);
    out.push(soft);
  }
  if (!out.some((c) => c.start === hard.start && c.end === hard.end)) out.push(hard);
  return out;
}

/** The chunk's text as a line: connectives off the front, capitalised, one full stop. */
export function asLine(s: Pick<AnalysedSentence, "text">, c: Chunk): string {
  const text = s.text.slice(c.start, c.end).replace(/\s+/g, " ").trim().replace(LEAD, "").replace(/[\s,;:.!?—–-]+$/, "");
  return text ? `${capitalize(text)}.` : "";
}

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
// A crude stem: the inflection off ("ideas" → "idea", "reformed" → "reform"), then five letters.
const stem = (w: string) => {
  const bare = w.length > 4 ? w.replace(/(?:ies|es|s|ed|ing)$/, "") : w;
  return bare.slice(0, 5);
};

// Lower case, accents off, every run of non-letters one space, padded: " the po " for a whole-word search.
const padded = (t: string) => ` ${tokens(t).join(" ")} `;

/**
 * True when the line shows the answer or a near form of it: the whole answer as whole words, at any
 * length ("Po" in "This river, the Po, …"), a shared word of any length, or for words of three letters
 * or more a shared stem of five letters. Short words are matched whole, never by stem, so "Po" does not
 * hit "pole"; the one check serves the context line and the previous-sentence context alike.
 */
export function givesAway(line: string, answer: string): boolean {
  const whole = padded(answer);
  // (fixgen21) Only an answer with a content word: an answer of stop words alone ("A" of "grade A",
  // "it") is found inside any ordinary line.
  const content = contentTokens(answer);
  if (content.length > 0 && whole.trim() && padded(line).includes(whole)) return true;
  const shown = contentTokens(line);
  const lineWords = new Set(shown.map(stem));
  const exact = new Set(shown);
  return content.some((w) => (w.length >= 3 || /^\d+$/.test(w) ? lineWords.has(stem(w)) : exact.has(w)));
}

/** Why the line cannot stand above the card (null when it can). */
/** `minWords`: 1 for a name line ("Orlen Vance"). */
export function lineFault(line: string, from: AnalysedSentence, c: Candidate, card: string, minWords = MIN_WORDS): string | null {
  const n = words(line);
  if (n < minWords) return "too short";
  if (n > MAX_WORDS) return "too long";
  if (FRAGMENT.test(line)) return "a fragment";
  if (SPEAKER.test(line)) return "first or second person";
  if (POINTING.test(line)) return "points elsewhere itself";
  if (monthWithoutYear(line)) return "month without a year";
  // The gates' own readings of the source sentence, on the words the line shows.
  const body = line.replace(/\.$/, "");
  if (unresolvedReference({ kind: "cloze", type: "cloze", front: body, back: "", sentence: from.sentence.id, extra: [], answer: null, answerKind: "phrase" }, from)) return "a reference of its own";
  if (shownDependences(from, body).some((d) => dropsCard(d) || d.op === "definite")) return "depends on the text before it";
  if (shownSceneNouns(from, body).length) return "needs the story's scene";
  if (givesAway(line, c.back)) return "gives the answer away";
  const shownWords = new Set(contentTokens(card));
  if (contentTokens(line).filter((w) => !shownWords.has(w)).length < Math.min(2, minWords)) return "adds nothing the card lacks";
  return null;
}
