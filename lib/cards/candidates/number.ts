// How-many questions on a number with its referent: "Nineteen members of the council met in a
// three-day session" → "How many members of the council met in a three-day session?"; "In 1890
// Vance built forty lighthouses" → "How many lighthouses did Vance build in 1890?" A number alone
// ("{{forty}}") is no fact; its noun says what was counted.
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { clean, inverted, predicate, textOf } from "./phrase";

export function numberCandidates(s: AnalysedSentence): Candidate[] {
  const c = s.clause;
  if (!c) return [];
  const out: Candidate[] = [];
  for (const e of s.entities) {
    if (e.kind !== "number" || s.tokens[e.b]?.pos !== "NOUN" || /[%$£]/.test(e.text)) continue;
    const np = s.phrases.find((p) => p.a <= e.b && p.b > e.b);
    if (!np) continue;
    // The counted phrase runs on through "of …" ("members of the central council").
    let b = np.b;
    while (s.tokens[b]?.lower === "of") {
      const next = s.phrases.find((p) => p.a === b + 1);
      if (!next) break;
      b = next.b;
    }
    const counted = clean(textOf(s, e.b, b));
    const answer = { start: e.start, end: e.end };
    if (e.a === c.subject.a && c.aside === undefined) {
      const pred = predicate(s);
      if (pred && b === c.subject.b) out.push({ kind: "qa", type: "what", front: `How many ${counted} ${pred}?`, back: e.text, sentence: s.sentence.id, extra: [], answer, answerKind: "number" });
    } else if (e.a === c.verb + 1 && !c.aux) {
      const body = inverted(s, [e.a, b]);
      if (body) out.push({ kind: "qa", type: "what", front: `How many ${counted} ${body}?`, back: e.text, sentence: s.sentence.id, extra: [], answer, answerKind: "number" });
    }
  }
  return out;
}
