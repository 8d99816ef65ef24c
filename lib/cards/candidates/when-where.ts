// When and where questions: the date (or place after "in/at/…") is cut out with its preposition
// and the rest of the clause asked in question order: "When did Vance build …?" → "1890".
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { coordinationHead, inverted, sentenceEnd, withPreposition } from "./phrase";

export function whenWhereCandidates(s: AnalysedSentence): Candidate[] {
  const out: Candidate[] = [];
  for (const e of s.entities) {
    if (e.kind !== "date" && e.kind !== "place") continue;
    if (e.kind === "place" && !/^(?:in|at|near)$/.test(s.tokens[e.a - 1]?.lower ?? "")) continue;
    // The date or place must belong to the main clause (its opening or its predicate), not to a clause after it.
    if (!s.clause || e.b > sentenceEnd(s) || (e.a > s.clause.subject.a && e.a < s.clause.verb)) continue;
    // "In A, B, and C, …": the first item of a list is not where (or when) the clause happened.
    if (coordinationHead(s, e.b)) continue;
    const between = s.tokens.slice(s.clause.verb, e.a);
    if (between.some((t) => /^(?:which|who|whom|whose|when|where|while|that)$/.test(t.lower))) continue;
    const body = inverted(s, withPreposition(s, e));
    if (!body) continue;
    const word = e.kind === "date" ? "When" : "Where";
    out.push({ kind: "qa", type: e.kind === "date" ? "when" : "where", front: `${word} ${body}?`, back: e.text, sentence: s.sentence.id, extra: [], answer: { start: e.start, end: e.end }, answerKind: e.kind });
  }
  return out;
}
