// "What is X?" asks for a definition or a classification, so it is a card only when the sentence
// says what X is: X the subject of the copula (or the head of an apposition), the answer the class
// it names with its distinguishing words. Strict raters accepted 8 of 30 such questions; the rest
// fell into the shapes checked here, whichever question type made them:
// - X is no term: a quantified phrase ("What is every lamp?"), a bare comparative ("What is greater
//   care?"), a quoted saying ("What is 'Ships float'?");
// - X is not the subject: the predicate or a prepositional object ("… are chiefly river fish" →
//   "What are chiefly river fish?"; "reaching, in some years, a height …" → "What is some years?");
// - the answer is no class of X: a relative clause ("the shells of which lie …"), one member of a
//   set ("one of the aims …"), or a unique description ("the first duty of a pilot"), which puts
//   the question back to front: "What is the first duty of a pilot?" is the card, asked by
//   candidates/unique-claim.ts;
// - X has several right answers: a name followed by a string of appositions ("Vance, a surveyor,
//   the Trust's engineer, and later its director") or a person asked with "What".
import type { AnalysedSentence } from "../analyse";
import type { Gate } from "./types";

const SIMPLE = /^(What|Who) (is|are|was|were) ([^?]+)\?$/;
// Other shapes that open the same way are other questions: a name ("… called?"), a meaning ("meant by …"),
// a complement ("… composed of?"), a claim on a unique description ("the only …", "the real …").
const NOT_DEFINITION = /(?:\b(?:called|termed|named|known as)|\b(?:of|to|on|upon|from|in|for|with|by|about|at))$|^meant\b/i;
const QUANTIFIER = /^(?:every|each|some|any|all|no|many|few|several|most|other|another|either|neither|both)\b/i;
const COMPARATIVE = /^(?:greater|less|lesser|more|better|worse|higher|lower|larger|smaller)\b/i;
const COPULA = /^(?:is|are|was|were|be|been|being)$/;
const RELATIVE_ANSWER = /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}(?:of\s+)?(?:which|whom|whose)\b|^(?:which|who|whom|whose|that)\b/iu;
const MEMBER = /^one of\b/i;
// A unique description in the predicate: the question is its reverse (unique-claim.ts asks that).
// A superlative ("the best remedy for …", "the surest sign of …") is one too (session 13).
const UNIQUE = /^the (?:only|sole|chief|main|principal|first|great|greatest|prime|proper|leading|real|true|essential|ultimate|fundamental|single|best|worst|most|least|last|surest|safest|strongest|largest|highest|commonest|simplest|earliest|oldest|richest|readiest|easiest)\s+\p{Ll}/u;

/** Token index where `part` starts in the sentence (case-insensitive), or -1. */
function tokenAt(s: AnalysedSentence, part: string): number {
  const at = s.text.toLowerCase().indexOf(part.toLowerCase());
  return at < 0 ? -1 : s.tokens.findIndex((t) => t.start === at);
}

/** The sentence's token that opens `part`, if the sentence has it. */
function b0(s: AnalysedSentence, part: string) {
  const k = tokenAt(s, part);
  return k >= 0 ? s.tokens[k] : undefined;
}

/** Why "What is X?" → back is not a definition of X, or null (also null for every other question). */
export function definitionShapeProblem(front: string, back: string, s: AnalysedSentence): string | null {
  const m = SIMPLE.exec(front);
  if (!m) return null;
  const [, word, , x] = m;
  if (NOT_DEFINITION.test(x) || /^the (?:only|sole|real|true)\b/i.test(x) || /^the (?:name|term) (?:given|applied) to\b/i.test(x)) return null;
  // "What is the cost and?", "What are the ships of the?": the parse cut X in the middle of a phrase.
  if (/\b(?:and|or|but|nor|the|a|an|its|their|his|her|our|this|that|these|those)$/i.test(x)) return "X is cut in the middle of a phrase";
  if (QUANTIFIER.test(x)) return "a quantified phrase is no term to define";
  if (COMPARATIVE.test(x)) return "a bare comparative is no term to define";
  if (/^['‘"“]/.test(x)) return "a quoted saying is an example, not a term";
  if (RELATIVE_ANSWER.test(back)) return "the answer is a relative clause, not a class of X";
  if (MEMBER.test(back)) return "one member of a set is no definition";
  // "equally the friends of …", "chiefly a trading town": an adverb opening the answer belongs to a
  // predicate said of something else, not to a class of X.
  const first = b0(s, back);
  if (first && first.pos === "ADV" && !/^(?:not|only)$/.test(first.lower)) return "the answer is no noun phrase";
  const at = tokenAt(s, x);
  const b = tokenAt(s, back);
  // An apposition: the answer right after X and a comma ("Kelmsby, a port on …").
  const afterX = at >= 0 ? s.tokens.findIndex((t) => t.start >= s.tokens[at].start + x.length) : -1;
  const apposition = afterX > 0 && s.tokens[afterX].text === "," && b === afterX + 1;
  // (An apposition "Kelmsby, the only deep harbour of the coast" identifies a name; a copula's
  // "X is the first duty of a pilot" claims something of the description.)
  if (!apposition && UNIQUE.test(back) && !UNIQUE.test(x)) return "back to front: the unique description is the question";
  if (at >= 0) {
    // "What was carried off by …?", "Who is thus led to …?": a question on the subject of a verb, not a definition.
    let v = at;
    while (v < s.tokens.length - 1 && s.tokens[v].pos === "ADV") v++;
    if (/^(?:VERB|AUX)$/.test(s.tokens[v].pos)) return null;
  }
  if (/(?:^|\s)['‘"“]\p{L}/u.test(x) && !/\p{L}['’"”](?:\s|$)/u.test(x)) return "a quotation cut in half";
  if (at >= 0) {
    // "to thrift and Prudence, the ease of his old age": X is one of a pair the predicate shares.
    let k = at - 1;
    while (k >= 0 && s.tokens[k].pos === "ADV") k--;
    if (s.tokens[k]?.pos === "CCONJ" && /^(?:and|or|nor)$/.test(s.tokens[k].lower)) return "X is one of a pair, not a term the sentence defines";
  }
  if (apposition) {
    // "… as at Dunmore, the mill-ponds, and so on": the "apposition" is the next item of a list.
    const end = s.tokens.findIndex((t) => t.start >= s.tokens[b].start + back.length);
    if (end > 0 && s.tokens[end].text === "," && s.tokens[end + 1]?.pos === "CCONJ") return "a list item, not an apposition";
  }
  if (at >= 0) {
    // Only adverbs may stand between a copula and X ("are chiefly river fish"); a prepositional
    // object may be defined only by an apposition right after it ("reached Kelmsby, a port on …").
    let k = at - 1;
    while (k >= 0 && s.tokens[k].pos === "ADV") k--;
    const before = s.tokens[k];
    if (before && !UNIQUE.test(x) && (COPULA.test(before.lower) || (before.pos === "ADP" && !apposition))) return "X is not the subject of the sentence";
  }
  if (apposition) {
    // An apposition: a second one after it ("X, a surveyor, the Trust's engineer, …") means X had
    // several roles and the card keeps one.
    const end = s.tokens.findIndex((t) => t.start >= s.tokens[b].start + back.length);
    const next = s.tokens[end + 1];
    if (end > 0 && s.tokens[end].text === "," && next && /^(?:DET|PROPN|NOUN|ADJ)$/.test(next.pos) && !/^(?:that|this|these|those)$/.test(next.lower)) {
      return "several appositions: X has more than one right answer";
    }
  }
  // A person: a name tagged so, or the antecedent put in for "he" / "she" ("He was the founder of …").
  const person = s.entities.some((e) => e.kind === "person" && e.text === x) || (!!s.pronoun?.resolved && /^(?:he|she)$/i.test(s.pronoun.word) && s.text.startsWith(x));
  if (word === "What" && person) return "a person asked with What: several right answers";
  return null;
}

export const definitionShape: Gate = (c, a) => (c.kind === "qa" ? definitionShapeProblem(c.front, c.back, a.sentences[c.sentence]) : null);
