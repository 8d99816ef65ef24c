// Session 18 (genfixF): blanks that are a piece of the text's apparatus or a piece of a phrase, never
// what the sentence says. Strict raters reject all three kinds on sight:
// - a numbering label: "{{XIV}}. No tenant shall …", "{{3}}) The court …", "Section {{4}}. The …" — the
//   number a clause or item is printed under tells nothing about what it says;
// - a piece of a formula or a figure's lettering: "{{5y}} + 2 = 7", "the line AB meets {{CD}} at E" —
//   one term of an equation or one letter-pair of a drawing, meaningless without the rest;
// - one conjunct split from the determiner it shares: "The height and {{width of the door}} …" — the
//   blank starts inside the noun phrase "the height and width of the door".
// Switch: LECTERN_BLANK_PIECE ("0" restores the old output of ALL the genfixF rules it gates: this file,
// ./echo-answer, the "others" and "numbered-statement" rules and the opening that-noun reading in
// ./referring, and the promise/decree rule in ./generic-we).
import type { AnalysedSentence } from "../analyse";
import { envSwitch, processEnv, type Env } from "../switch";
import { romanValue } from "../../chapters/roman";

export const blankPieceSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_BLANK_PIECE", true);
export const BLANK_PIECE = { on: blankPieceSwitch(processEnv()) };

// A roman numeral in standard form (lib/chapters/roman.ts: not "CIVIL", "mild", "did"), a number of up to
// three digits or one letter: what a clause or item is printed under. (fixgf) One letter only in brackets,
// after a heading word or before ")" — "{{A}}. Smith wrote …" is an initial.
const DIGITS = /^\d{1,3}$/, LETTER = /^[A-Za-z]$/;
const isLabel = (answer: string, before: string, after: string): boolean =>
  DIGITS.test(answer) || (LETTER.test(answer) ? /\S/.test(before) || /^[)\]]/.test(after) : romanValue(answer) !== null);
// What may stand before a label at the sentence's start: nothing, a bracket, a section sign or a heading word.
const LABEL_LEAD = /^\s*(?:[(\[]|§\s*|(?:article|art\.|section|sect\.|clause|chapter|part|book|title|no\.)\s+)?$/i;
// What follows a label: its full stop or bracket, then the clause's text.
const LABEL_TAIL = /^[.)\]]\s*(?:[-–—:]\s*)?\S/;

const OPERATOR = /[+=×÷<>^/−]/;
// (fixgf) "/", "<", ">" and "^" also write "cart/wagon", "1642/43": a sign of a formula only in a sentence
// with "=", or between single letters or digits ("a/b").
const WEAK_OPERATOR = /[<>^/]/;
const SINGLE = /^[\p{L}\d]$/u;
// (fixgf) Capital-letter words are a figure's lettering only where the sentence speaks of a figure.
const GEOMETRY = /\b(?:lines?|angles?|points?|meets?|meeting|drawn|draw|triangles?|circles?|sides?|chords?|arcs?|perpendicular|parallel|produced|bisects?|bisected|figure|diagram|planes?|squares?|radius|diameter|segments?|intersects?|vertex|base)\b/i;
const ALGEBRAIC_TERM = /^\d+[a-z]$/;
const CAPITAL_LETTERS = /^\p{Lu}{1,4}$/u;
const HAS_LOWER = /\p{Ll}/u;
const DETERMINER_START = /^(?:the|a|an|its|his|her|their|our|this|these|those)\b/i;
// "The height and {{…}}": determiner, one lower-case word, "and".
// (Lower-case words and "and" only: "the Levellers or {{Diggers}}" gives a second name, not a conjunct.)
// (fixgf) No /i: under it \p{Ll} took capitals ("The Crown and {{parliament}}"); the determiner's capital spelled out.
const SHARED_DETERMINER = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hese|[Tt]hose)\s+\p{Ll}[\p{Ll}-]*\s+and\s+$/u;

/** The reason the blank at [start, end) of the sentence is a piece, not a fact; null when it is not. */
export function blankPiece(s: Pick<AnalysedSentence, "text" | "tokens">, start: number, end: number): string | null {
  const text = s.text;
  const answer = text.slice(start, end).trim();
  const before = text.slice(0, start), after = text.slice(end);
  if (LABEL_LEAD.test(before) && LABEL_TAIL.test(after) && isLabel(answer, before, after)) return "a numbering label";
  // The nearest character on either side, spaces passed over, is an arithmetic sign; or "6x" itself.
  const prev = before.trimEnd().slice(-1), next = after.trimStart().charAt(0);
  const sign = (op: string, across: string) => !!op && OPERATOR.test(op) && (!WEAK_OPERATOR.test(op) || text.includes("=") || (SINGLE.test(answer) && SINGLE.test(across)));
  const wordBefore = before.trimEnd().slice(0, -1).trimEnd().match(/[\p{L}\d]+$/u)?.[0] ?? "", wordAfter = after.trimStart().slice(1).trimStart().match(/^[\p{L}\d]+/u)?.[0] ?? "";
  if ((ALGEBRAIC_TERM.test(answer) && text.includes("=")) || sign(prev, wordBefore) || sign(next, wordAfter)) return "a piece of a formula";
  // A figure's lettering: a short all-capital blank beside two or more other short all-capital words
  // that share a letter with it ("OA", "OB", "AB"), not words of the sentence written in capitals.
  if (CAPITAL_LETTERS.test(answer) && answer.length <= 3 && GEOMETRY.test(text)) {
    const letters = new Set(answer);
    const others = s.tokens.filter((t) => (t.start < start || t.start >= end) && CAPITAL_LETTERS.test(t.text) && t.text !== answer && [...t.text].some((ch) => letters.has(ch)) && t.text.length <= 4);
    const lower = s.tokens.filter((t) => HAS_LOWER.test(t.text)).length;
    if (new Set(others.map((t) => t.text)).size >= 2 && lower > 2 * others.length) return "a letter of a figure";
  }
  // ("the church and {{the state}}" opens its own noun phrase: no split.)
  // (fixgf) The blank must open on a noun or adjective ("{{width of the door}}"), not a verb phrase
  // ("raised the toll and {{closed the gate}}"); with no tagger (pos absent) the shape alone decides.
  const first = s.tokens.find((t) => t.start >= start && t.start < end);
  const nominal = !first?.pos || first.pos === "NOUN" || first.pos === "ADJ";
  if (SHARED_DETERMINER.test(before) && HAS_LOWER.test(answer.charAt(0)) && !DETERMINER_START.test(answer) && nominal) return "one conjunct split from its determiner";
  return null;
}
