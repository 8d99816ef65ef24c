// Overgeneration: every question type on every sentence; gates and the ranker decide later.
import type { Analysis } from "../analyse";
import type { Candidate } from "./types";
import { clozeCandidates } from "./cloze";
import { subjectCandidates } from "./subject";
import { whenWhereCandidates } from "./when-where";
import { objectCandidates } from "./object";
import { causeCandidates } from "./cause";
import { mechanismCandidates } from "./mechanism";
import { definitionCandidates } from "./definition";
import { comparisonCandidates } from "./comparison";
import { enumerationCandidates } from "./enumeration";
import { gistCandidates } from "./gist";
import { clauseClozeCandidates } from "./clause-cloze";
import { clauseQaCandidates } from "./clause-qa";
import { complementCandidates } from "./complement";
import { identityCandidates } from "./identity";
import { numberCandidates } from "./number";
import { claimCandidates } from "./claim";
import { cleftCandidates } from "./cleft";
import { sourceCandidates } from "./source";
import { uniqueClaimCandidates } from "./unique-claim";
import { schemeCandidates } from "./scheme";
import { lawCandidates } from "./law";
import { predicateCandidates } from "./predicate";
import { argumentCandidates } from "./argument";
import { meaningCandidates } from "./meaning";
import { termCandidates } from "./term";
import { experimentCandidates } from "../experiment";
import { claimPassCandidates } from "../claims";
import { conclusionCandidates } from "../conclusions";
import { enumerationListCards } from "../enumeration";
import { compressedClozes, compressedQuestions, ENABLED } from "../compress";
import { recaseQuestion } from "./case";
import { claimCardCandidates } from "../claim-card";
import { CLAIM_CARD_ON } from "../claim-card/switch";

export type { AnswerKind, Candidate, QuestionType } from "./types";
export { QUESTION_TYPES, CORE_QUESTION_TYPES, LATER_QUESTION_TYPES, PREDICATE_QUESTION_TYPES, ARGUMENT_QUESTION_TYPES, ANSWER_KINDS } from "./types";

// Compiled once: tsx (esbuild) turns a \p{…} regex literal into `new RegExp(…)`, rebuilt on every
// call inside a function. (Global, but only used with replace, which starts from the beginning.)
const NOT_LETTER = /[^\p{L}]/gu, NOT_UPPER = /[^\p{Lu}]/gu;

/** `author`: the book's author (GenerateOptions.author), named on the cards of the author's own conclusions (lib/cards/conclusions). */
export function overgenerate(a: Analysis, { author }: { author?: string } = {}): Candidate[] {
  const out: Candidate[] = [];
  // The candidates made so far, by sentence, in the order made: a sentence looks up its own without
  // a scan of every candidate of the chapter (which made one long chapter quadratic).
  const bySentence = new Map<number, Candidate[]>();
  const add = (made: Candidate[]) => {
    for (const c of made) {
      out.push(c);
      const list = bySentence.get(c.sentence);
      if (list) list.push(c);
      else bySentence.set(c.sentence, [c]);
    }
  };
  a.sentences.forEach((s, i) => {
    // A line in capitals is a heading or a synopsis, not a statement.
    const letters = s.text.replace(NOT_LETTER, "");
    if (letters.length >= 12 && letters.replace(NOT_UPPER, "").length > letters.length * 0.6) return;
    const clozes = clozeCandidates(s, a);
    add([
      ...clozes, ...subjectCandidates(s), ...whenWhereCandidates(s), ...objectCandidates(s), ...causeCandidates(s, a.sentences[i - 1]),
      ...mechanismCandidates(s), ...definitionCandidates(s, a), ...comparisonCandidates(s), ...enumerationCandidates(s),
      ...clauseClozeCandidates(s, a, clozes), ...complementCandidates(s), ...identityCandidates(s), ...numberCandidates(s),
      ...claimCandidates(s, a.sentences[i - 1], a.sentences[i + 1], a), ...cleftCandidates(s), ...sourceCandidates(s), ...uniqueClaimCandidates(s), ...predicateCandidates(s, a),
      ...argumentCandidates(s, a.sentences[i + 1], a), ...meaningCandidates(s), ...termCandidates(s), ...experimentCandidates(s, a), ...compressedClozes(s, clozes, a),
    ]);
    // Questions of each independent clause, less those the whole sentence already asks.
    const own = () => bySentence.get(s.sentence.id) ?? [];
    add(clauseQaCandidates(s, a, new Set(own().filter((c) => c.kind === "qa").map((c) => c.front))));
    // Questions of the sentence less its side material, when none of its cards passes the gates.
    add(compressedQuestions(s, a, [...own()], ENABLED));
    // The sentence's claim, its predicate as the blank, when still none of its cards passes (lib/cards/claim-card; switch).
    add(claimCardCandidates(s, a, [...own()], CLAIM_CARD_ON));
  });
  out.push(...gistCandidates(a));
  // Chapter-level shapes: a list of named items, a counted list, ordinal precepts, a named law and its statement.
  out.push(...schemeCandidates(a), ...lawCandidates(a));
  // A list whose items open their own sentences, one card naming them all (lib/cards/enumeration).
  out.push(...enumerationListCards(a));
  // A paragraph's thesis, one card per paragraph of argument (lib/cards/claims).
  out.push(...claimPassCandidates(a));
  // Signposted conclusions and corrective contrasts inside long sentences, as the author's claims (lib/cards/conclusions; switch).
  out.push(...conclusionCandidates(a, author));
  // Cards from a sentence whose pronoun was resolved (or whose description was completed from an
  // earlier mention) also cite the sentence the words came from.
  for (const c of out) {
    const s = a.sentences[c.sentence];
    for (const from of [s.pronoun?.from, ...(s.context?.edits ?? []).map((e) => e.from)]) if (from !== null && from !== undefined && !c.extra.includes(from)) c.extra.push(from);
  }
  // A word a question moved keeps the case the chapter gives it mid-sentence ("What does drink send …?").
  return out.map((c) => recaseQuestion(c, a));
}
