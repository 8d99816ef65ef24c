// The thesis as a card's text, without adding a word. The analysis has already deleted what ties a
// sentence to the one before (decontext: leading connectives "But," "Hence", author frames "I think
// that", "It is evident that", comment asides ", as we have seen,"); here a bracketed or dashed aside
// is left out too (compress/parenthesis, which keeps a hedge), and a "the truth is" frame. Nothing
// else is cut: a concession ("although …, X") and a reversal ("X, but Y") stay whole, so the card never
// loses the clause that turns the point. A thesis whose remaining text still points back (an
// unresolved pronoun, a demonstrative subject, the speaker or reader, a dependence the
// decontextualisation could not repair) gives no card.
import { UPPER_INITIAL } from "@/lib/cards/letters";
import type { AnalysedSentence } from "../analyse";
import { cutsOf, type Cut } from "../compress";
import { completeClause } from "../compress/clause-check";
import { withoutCuts } from "../compress/without-cuts";
import { dropsCard, shownDependences } from "../decontext";
import { anticipatoryIt } from "../gates/referring";
import { SPEAKER } from "../gates/speaker";
import { part } from "../candidates/voice";
import { shortenClaim, SHORTEN_ON } from "./shorten";
import { capitalize, letterWordCount } from "../text";

export const MIN_WORDS = 6;
export const MAX_WORDS = 35;

// "The truth is, X" / "The fact is that X": the author's announcement, not part of the claim.
const TRUTH_FRAME = /^(?:The (?:truth|fact|point) (?:is|was),?\s+(?:that\s+)?|In truth,\s+)(?=\p{L})/u;
// A subject that points out of the sentence: a demonstrative or a personal pronoun, "the former".
const POINTING_SUBJECT = /^(?:this|that|these|those|such|it|its|they|them|their|he|she|his|her|him|here|there(?! (?:is|are|was|were|be|can|may|must|will|would|seems?|appears?)\b)|the (?:former|latter|same|above|one|other))\b/i;
// A demonstrative anywhere that names something only the chapter shows ("this principle", "such a step").
const DEMONSTRATIVE = /\b(?:this|these|those|such an?|the (?:former|latter|above|aforesaid|foregoing))\s+\p{L}/iu;

export type Stripped = { text: string; cuts: Cut[]; shortened?: boolean };


/** The cuts to leave out of the sentence: asides and a leading "the truth is" frame. */
export function claimCuts(s: Pick<AnalysedSentence, "text" | "tokens">): Cut[] {
  const cuts = cutsOf(s, ["parenthesis"]);
  const m = TRUTH_FRAME.exec(s.text);
  if (m && !cuts.some((c) => c.start < m[0].length)) cuts.unshift({ op: "lead", start: 0, end: m[0].length });
  return cuts;
}

/** The sentence less `cuts`, with the first letter capitalised when the start was cut. */
export function applyCuts(text: string, cuts: Cut[]): string {
  return capitalize(withoutCuts(text, cuts).replace(/\s+/g, " ").trim());
}

/** Why a stripped claim cannot stand alone (null when it can). */
export function pointsBack(s: AnalysedSentence, text: string): string | null {
  if (s.pronoun && !s.pronoun.resolved && !(/^it$/i.test(s.pronoun.word) && anticipatoryIt(text))) return "unresolved leading pronoun";
  if (POINTING_SUBJECT.test(text) && !anticipatoryIt(text)) return "subject points back";
  if (DEMONSTRATIVE.test(text)) return "demonstrative";
  if (SPEAKER.test(text)) return "speaker or reader";
  if (shownDependences(s, text).some(dropsCard)) return "dependence on the text before";
  return null;
}

// A chunk that turns the point of the one before it: the card must keep it (alone or with the first).
const REVERSAL = /^(?:but|yet|however|nevertheless|nonetheless|though|although|still|whereas|while)\b/i;
// Connectives that only join a second claim to the first: "X; and Y" asks Y as a claim of its own.
const JOINING = /^(?:and|but|yet|nor|so)\s+/i;
// A clause that carries on the one before it ("Insomuch that …", "So that …", "whereby …") is not a claim alone.
const CARRIES_ON = /^(?:insomuch|so that|such that|as|which|whereby|whence|wherefore|whereas|while|if|when|unless)\b/i;

/** Token ranges [a, b) of the sentence's top-level clauses, split at ";" and ":". */
export function clauseChunks(s: Pick<AnalysedSentence, "tokens">): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  s.tokens.forEach((t, k) => { if (t.text === ";" || t.text === ":") { out.push([from, k]); from = k + 1; } });
  out.push([from, s.tokens.length]);
  return out.filter(([a, b]) => b > a);
}

/**
 * The sentence's texts to try as the claim, with the cuts that leave everything else out: the whole
 * sentence first, then each top-level clause of a long one (a ";" or ":" joins claims in older prose).
 * A clause followed by one that reverses it ("X; but Y") is never shown alone; the reversing clause is
 * (less its "but"), and so is a clause joined by "and".
 */
export function claimTexts(s: AnalysedSentence): Stripped[] {
  const base = claimCuts(s);
  const out: Stripped[] = [{ text: applyCuts(s.text, base), cuts: base }];
  const chunks = clauseChunks(s);
  if (chunks.length < 2) return out;
  const t = s.tokens;
  chunks.forEach(([a, b], i) => {
    const next = chunks[i + 1];
    if (next && REVERSAL.test(t[next[0]]?.text ?? "")) return;
    const first = t[a].start;
    const lead = JOINING.exec(s.text.slice(first));
    const start = lead ? first + lead[0].length : first;
    const end = b < t.length ? t[b - 1].end : s.text.length;
    const cuts: Cut[] = [...(start > 0 ? [{ op: "lead" as const, start: 0, end: start }] : []), ...base.filter((c) => c.start >= start && c.end <= end), ...(end < s.text.length ? [{ op: "trailing" as const, start: end, end: s.text.length }] : [])];
    // The clause must be a sentence of its own: a subject and a finite verb outside any bracket, and no
    // opening that carries on the clause before ("; and on application of X, or of Y (when …)").
    const own = part(s, t.findIndex((x) => x.start >= start), b);
    const inBrackets = (k: number) => own!.tokens.slice(0, k).filter((x) => x.text === "(").length > own!.tokens.slice(0, k).filter((x) => x.text === ")").length;
    if (!own?.clause || own.clause.opening || inBrackets(own.clause.verb) || CARRIES_ON.test(s.text.slice(start))) return;
    let text = applyCuts(s.text, cuts);
    if (!/[.!?]["”’')]*$/.test(text)) text += ".";
    out.push({ text, cuts });
  });
  return out;
}

/**
 * The thesis sentence as a standalone claim (its first text that stands alone), or why not. With
 * `shorten`, a text over MAX_WORDS is tried again less its side material (./shorten), after every
 * text that fits as written (so a claim that fits whole is never shortened).
 */
export function stripClaim(s: AnalysedSentence, shorten = SHORTEN_ON): Stripped | { why: string } {
  const trimmed = s.text.trim();
  if (/\?["”’)]*$/.test(trimmed)) return { why: "a question" };
  if (/["“”]/.test(trimmed)) return { why: "a quotation" };
  if (!UPPER_INITIAL.test(trimmed)) return { why: "starts mid-sentence" };
  let why = "no clause";
  const long: Stripped[] = [];
  const stands = (c: Stripped): boolean => {
    const back = pointsBack(s, c.text);
    if (back) why = back;
    return !back;
  };
  for (const c of claimTexts(s)) {
    const kept = s.tokens.filter((t) => !c.cuts.some((x) => t.start >= x.start && t.end <= x.end));
    if (c.cuts.length && !completeClause(kept)) { why = "no clause left"; continue; }
    const n = letterWordCount(c.text);
    if (n > MAX_WORDS) long.push(c);
    if (n < MIN_WORDS || n > MAX_WORDS) { why = `length ${n}`; continue; }
    if (stands(c)) return c;
  }
  if (shorten) {
    for (const c of long) {
      const short = shortenClaim(s, c.cuts, MAX_WORDS, applyCuts);
      if (short && letterWordCount(short.text) >= MIN_WORDS && stands(short)) return { ...short, shortened: true };
    }
  }
  return { why };
}
