// Session 18 (genfixF): blanks that are a piece of the text's apparatus or a piece of a phrase, never
// what the sentence says. Strict raters reject all three kinds on sight:
// - a numbering label: "{{XIV}}. No tenant shall …", "{{3}}) The court …", "Section {{4}}. The …" — the
//   number a clause or item is printed under tells nothing about what it says;
// - a piece of a formula or a figure's lettering: "{{5y}} + 2 = 7", "the line AB meets {{CD}} at E" —
//   one term of an equation or one letter-pair of a drawing, meaningless without the rest;
// - one conjunct split from the determiner it shares: "The height and {{width of the door}} …" — the
//   blank starts inside the noun phrase "the height and width of the door".
// Switch: LECTERN_BLANK_PIECE ("0" restores the old output).
import type { AnalysedSentence } from "../analyse";
import { envSwitch, processEnv, type Env } from "../switch";

export const blankPieceSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_BLANK_PIECE", true);
export const BLANK_PIECE = { on: blankPieceSwitch(processEnv()) };

// A roman numeral, a number of up to three digits or one letter: what a clause or item is printed under.
const LABEL = /^(?:[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|\d{1,3}|[A-Za-z])$/;
// What may stand before a label at the sentence's start: nothing, a bracket, a section sign or a heading word.
const LABEL_LEAD = /^\s*(?:[(\[]|§\s*|(?:article|art\.|section|sect\.|clause|chapter|part|book|title|no\.)\s+)?$/i;
// What follows a label: its full stop or bracket, then the clause's text.
const LABEL_TAIL = /^[.)\]]\s*(?:[-–—:]\s*)?\S/;

const OPERATOR = /[+=×÷<>^/−]/;
const ALGEBRAIC_TERM = /^\d+[a-z]$/;
const CAPITAL_LETTERS = /^\p{Lu}{1,4}$/u;
const HAS_LOWER = /\p{Ll}/u;
const DETERMINER_START = /^(?:the|a|an|its|his|her|their|our|this|these|those)\b/i;
// "The height and {{…}}": determiner, one lower-case word, "and".
// (Lower-case words and "and" only: "the Levellers or {{Diggers}}" gives a second name, not a conjunct.)
const SHARED_DETERMINER = /\b(?:the|a|an|its|his|her|their|our|this|these|those)\s+\p{Ll}[\p{Ll}-]*\s+and\s+$/iu;

/** The reason the blank at [start, end) of the sentence is a piece, not a fact; null when it is not. */
export function blankPiece(s: Pick<AnalysedSentence, "text" | "tokens">, start: number, end: number): string | null {
  const text = s.text;
  const answer = text.slice(start, end).trim();
  const before = text.slice(0, start), after = text.slice(end);
  if (LABEL.test(answer) && LABEL_LEAD.test(before) && LABEL_TAIL.test(after)) return "a numbering label";
  // The nearest character on either side, spaces passed over, is an arithmetic sign; or "6x" itself.
  const prev = before.trimEnd().slice(-1), next = after.trimStart().charAt(0);
  if ((ALGEBRAIC_TERM.test(answer) && text.includes("=")) || (prev && OPERATOR.test(prev)) || (next && OPERATOR.test(next))) return "a piece of a formula";
  // A figure's lettering: a short all-capital blank beside two or more other short all-capital words
  // that share a letter with it ("OA", "OB", "AB"), not words of the sentence written in capitals.
  if (CAPITAL_LETTERS.test(answer)) {
    const letters = new Set(answer);
    const others = s.tokens.filter((t) => (t.start < start || t.start >= end) && CAPITAL_LETTERS.test(t.text) && t.text !== answer && [...t.text].some((ch) => letters.has(ch)) && t.text.length <= 4);
    const lower = s.tokens.filter((t) => HAS_LOWER.test(t.text)).length;
    if (new Set(others.map((t) => t.text)).size >= 2 && lower > 2 * others.length) return "a letter of a figure";
  }
  // ("the church and {{the state}}" opens its own noun phrase: no split.)
  if (SHARED_DETERMINER.test(before) && HAS_LOWER.test(answer.charAt(0)) && !DETERMINER_START.test(answer)) return "one conjunct split from its determiner";
  return null;
}
