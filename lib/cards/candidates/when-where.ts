// When and where questions: the date (or place after "in/at/…") is cut out with its preposition
// and the rest of the clause asked in question order: "When did Vance build …?" → "1890".
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { CARD_BUILD21 } from "./build-switch";
import { coordinationHead, inverted, NP_WORD, sentenceEnd, withPreposition } from "./phrase";


/**
 * Whether a place after "in/at/near" says where the clause happened. Not when it belongs to the
 * agent of a passive ("was quickened by events in Europe": the events were in Europe), when the
 * subject already names a place of its own ("Ferment in America … → Europe" asks a question that
 * seems to answer itself), or when the verb is "be" with a noun after it ("Litmus is a vegetable
 * extract obtained from lichens in Southern Europe": the place is inside the description).
 */
export function whereOfClause(s: AnalysedSentence, e: { a: number; b: number }): boolean {
  const c = s.clause;
  if (!c) return false;
  const t = s.tokens;
  let k = e.a - 2;
  while (k > c.verb && NP_WORD.test(t[k].pos)) k--;
  if (k < e.a - 2 && t[k]?.lower === "by") return false;
  if (s.entities.some((x) => x !== e && x.kind === "place" && x.a >= c.subject.a && x.b <= c.subject.b)) return false;
  let v = c.verb + 1;
  while (t[v]?.pos === "ADV") v++;
  if (t[c.verb].lemma === "be" && /^(?:DET|NOUN|PROPN)$/.test(t[v]?.pos ?? "") && v < e.a - 1) return false;
  return true;
}

/**
 * (gen21) Whether the clause the parse found is a relative clause ("After twenty years, during which
 * the world was shaken …, the colony was added …"): a relative pronoun stands before (or opens) its
 * subject with no verb between them. Asked in question order it gives a broken question ("When was during
 * which the world shaken …?"); the main clause is elsewhere.
 */
export function relativeClauseTaken(s: AnalysedSentence): boolean {
  const c = s.clause;
  if (!c) return false;
  // (The parse may take the pronoun and its preposition into the subject: "during which the world".)
  for (let k = c.subject.b - 1; k >= 0; k--) {
    const t = s.tokens[k];
    if (/^(?:VERB|AUX)$/.test(t.pos) || /^[;:]$/.test(t.text)) return false;
    if (/^(?:which|whom|whose)$/.test(t.lower)) return true;
  }
  return false;
}

export function whenWhereCandidates(s: AnalysedSentence): Candidate[] {
  const out: Candidate[] = [];
  if (CARD_BUILD21.on && relativeClauseTaken(s)) return out;
  for (const e of s.entities) {
    if (e.kind !== "date" && e.kind !== "place") continue;
    if (e.kind === "place" && !/^(?:in|at|near)$/.test(s.tokens[e.a - 1]?.lower ?? "")) continue;
    // The date or place must belong to the main clause (its opening or its predicate), not to a clause after it.
    if (!s.clause || e.b > sentenceEnd(s) || (e.a > s.clause.subject.a && e.a < s.clause.verb)) continue;
    // "In A, B, and C, …": the first item of a list is not where (or when) the clause happened.
    if (coordinationHead(s, e.b)) continue;
    if (e.kind === "place" && !whereOfClause(s, e)) continue;
    // A date or place that is the head of a longer noun phrase ("through the long winter"): cutting it
    // with its preposition only would strand the adjectives in the question ("… through the long?"),
    // so no question is asked (late review 3). (fixgen21) "the" alone is cut with the preposition
    // (phrase.ts withPreposition: "in the spring of 1820" → "When did Vance land?"); any other
    // determiner ("that winter") would be stranded.
    const before = s.tokens[e.a - 1];
    if (before?.pos === "ADJ" || (before?.pos === "DET" && before.lower !== "the")) continue;
    const between = s.tokens.slice(s.clause.verb, e.a);
    if (between.some((t) => /^(?:which|who|whom|whose|when|where|while|that)$/.test(t.lower))) continue;
    const body = inverted(s, withPreposition(s, e));
    if (!body) continue;
    const word = e.kind === "date" ? "When" : "Where";
    out.push({ kind: "qa", type: e.kind === "date" ? "when" : "where", front: `${word} ${body}?`, back: e.text, sentence: s.sentence.id, extra: [], answer: { start: e.start, end: e.end }, answerKind: e.kind });
  }
  return out;
}
