// When and where questions: the date (or place after "in/at/…") is cut out with its preposition
// and the rest of the clause asked in question order: "When did Vance build …?" → "1890".
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
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

export function whenWhereCandidates(s: AnalysedSentence): Candidate[] {
  const out: Candidate[] = [];
  for (const e of s.entities) {
    if (e.kind !== "date" && e.kind !== "place") continue;
    if (e.kind === "place" && !/^(?:in|at|near)$/.test(s.tokens[e.a - 1]?.lower ?? "")) continue;
    // The date or place must belong to the main clause (its opening or its predicate), not to a clause after it.
    if (!s.clause || e.b > sentenceEnd(s) || (e.a > s.clause.subject.a && e.a < s.clause.verb)) continue;
    // "In A, B, and C, …": the first item of a list is not where (or when) the clause happened.
    if (coordinationHead(s, e.b)) continue;
    if (e.kind === "place" && !whereOfClause(s, e)) continue;
    const between = s.tokens.slice(s.clause.verb, e.a);
    if (between.some((t) => /^(?:which|who|whom|whose|when|where|while|that)$/.test(t.lower))) continue;
    const body = inverted(s, withPreposition(s, e));
    if (!body) continue;
    const word = e.kind === "date" ? "When" : "Where";
    out.push({ kind: "qa", type: e.kind === "date" ? "when" : "where", front: `${word} ${body}?`, back: e.text, sentence: s.sentence.id, extra: [], answer: { start: e.start, end: e.end }, answerKind: e.kind });
  }
  return out;
}
