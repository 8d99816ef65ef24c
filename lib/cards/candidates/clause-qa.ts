// Questions from one independent clause of a long sentence. The question generators read a
// sentence's first clause (its subject and main verb), so the second and third statements of
// "X is A; Y is B" never became questions, and a question on the first carried the rest of the
// sentence (often a referring word) with it. Here each clause that reads as a sentence of its own
// is analysed as one (its tokens, entities and noun phrases, with its own subject and verb) and
// the ordinary question generators run on it; the card's source stays the whole sentence, and its
// answer offsets point into it, so the highlight falls on the clause.
import type { AnalysedSentence, Analysis } from "../analyse";
import type { Candidate } from "./types";
import { clauseOf } from "../analyse/clause";
import { clauses, standsAlone, verbOf, type ClauseSpan } from "./clause-cloze";
import { subjectCandidates } from "./subject";
import { whenWhereCandidates } from "./when-where";
import { objectCandidates } from "./object";
import { comparisonCandidates } from "./comparison";
import { complementCandidates } from "./complement";
import { identityCandidates } from "./identity";
import { numberCandidates } from "./number";
import { sourceCandidates } from "./source";

// A clause whose subject is a pronoun or a demonstrative needs the clause before it ("X is A; it
// is also B", "…; this rule …"). (An existential "there" is no reference.)
const POINTER_SUBJECT = /^(?:he|she|it|they|this|these|those|that|such|its|his|her|their|the same|the former|the latter|which|we|you|i|one)$/;

// A word anywhere in the clause that points at the other one ("in the same month", "this rule",
// "the latter"): a question can hide it in its answer ("When …? → the same month").
const POINTER = /\b(?:the (?:same|former|latter|above|said)|(?:this|these|those|such) \p{L}+|thereof|therein|thereby|hence)\b/iu;

/** Whether the clause opens on a word that only the other clause can give a meaning to, or points at it. */
export function leansOnOtherClause(s: AnalysedSentence, p: ClauseSpan): boolean {
  const t = s.tokens;
  const first = t[p.a]?.lower ?? "";
  const two = `${first} ${t[p.a + 1]?.lower ?? ""}`;
  return POINTER_SUBJECT.test(first) || POINTER_SUBJECT.test(two) || POINTER.test(s.text.slice(t[p.a].start, t[p.b - 1].end));
}

/** The clause [p.a, p.b) as a sentence of its own, offsets relative to its first character. */
export function clauseAsSentence(s: AnalysedSentence, p: ClauseSpan): AnalysedSentence {
  const start = s.tokens[p.a].start, end = s.tokens[p.b - 1].end;
  const shift = <T extends { a: number; b: number; start: number; end: number }>(x: T): T => ({ ...x, a: x.a - p.a, b: x.b - p.a, start: x.start - start, end: x.end - start });
  const inside = (x: { a: number; b: number }) => x.a >= p.a && x.b <= p.b;
  const tokens = s.tokens.slice(p.a, p.b).map((t) => ({ ...t, start: t.start - start, end: t.end - start }));
  const text = `${s.text.slice(start, end)}.`;
  tokens.push({ text: ".", lower: ".", lemma: ".", pos: "PUNCT", start: text.length - 1, end: text.length, stop: false });
  const entities = s.entities.filter(inside).map(shift);
  const dates = entities.filter((e) => e.kind === "date");
  return {
    ...s,
    text,
    tokens,
    entities,
    phrases: s.phrases.filter(inside).map(shift),
    clause: clauseOf(tokens, text, dates),
    // The leading pronoun of the sentence belongs to the clause that starts it.
    pronoun: p.a === 0 ? s.pronoun : null,
  };
}

export const GENERATORS: ((s: AnalysedSentence, a: Analysis) => Candidate[])[] = [
  subjectCandidates, whenWhereCandidates, objectCandidates, comparisonCandidates,
  complementCandidates, identityCandidates, numberCandidates, sourceCandidates,
];

/** Questions from each independent clause that stands alone; `seen`: fronts already asked of the whole sentence. */
export function clauseQaCandidates(s: AnalysedSentence, a: Analysis, seen: Set<string> = new Set()): Candidate[] {
  // A question needs something specific to ask about: a clause with no name, date or number in it
  // ("the new bridge carries the heavy carts") asks about a description only its context fills in.
  const named = (p: ClauseSpan) => s.entities.some((e) => e.a >= p.a && e.b <= p.b);
  const parts = clauses(s).filter((p) => named(p) && !leansOnOtherClause(s, p) && standsAlone(s, p, verbOf(s, p)));
  const out: Candidate[] = [];
  for (const p of parts) {
    const start = s.tokens[p.a].start;
    // A question or an exclamation is not a statement to ask about.
    if (/^[\s"”’)]*[?!]/.test(s.text.slice(s.tokens[p.b - 1].end))) continue;
    const sub = clauseAsSentence(s, p);
    for (const gen of GENERATORS) {
      for (const c of gen(sub, a)) {
        if (c.kind !== "qa" || seen.has(c.front)) continue;
        seen.add(c.front);
        out.push({ ...c, sentence: s.sentence.id, answer: c.answer && { start: c.answer.start + start, end: c.answer.end + start }, compressed: ["clause"] });
      }
    }
  }
  return out;
}
