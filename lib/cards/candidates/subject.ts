// Who/what questions on the subject of a clause: "Orlen Vance mapped the estuary" →
// "Who mapped the estuary?" The subject must be one named entity (its kind decides who/what).
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { cap, predicate } from "./phrase";

export function subjectCandidates(s: AnalysedSentence): Candidate[] {
  const c = s.clause;
  if (!c) return [];
  const e = s.entities.find((x) => x.a === c.subject.a && x.b === c.subject.b) ?? s.entities.find((x) => x.a === c.subject.a + 1 && x.b === c.subject.b && s.tokens[c.subject.a].lower === "the");
  // An untyped name could be a person or a thing: "who" or "what" would be a guess; its cloze stays.
  if (!e || e.kind === "date" || e.kind === "number" || e.kind === "name") return [];
  const pred = predicate(s);
  if (!pred) return [];
  const who = e.kind === "person" || e.kind === "group";
  // A bare predicate ("Who broke out?", "Who came near to desperation?") asks nothing worth a card.
  if (pred.split(" ").length < 5) return [];
  return [{
    kind: "qa", type: who ? "who" : "what", front: `${cap(who ? "who" : "what")} ${pred}?`, back: e.text,
    sentence: s.sentence.id, extra: [], answer: { start: e.start, end: e.end }, answerKind: e.kind,
  }];
}
