// Mechanism and process: "A by doing B" / "A through B" / "A by means of B" → "How A?" → "By B".
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { cap, clean, inverted, sentenceEnd, textOf } from "./phrase";

export function mechanismCandidates(s: AnalysedSentence): Candidate[] {
  const c = s.clause;
  if (!c) return [];
  const end = sentenceEnd(s);
  for (let i = c.verb + 2; i < end - 1; i++) {
    const t = s.tokens[i], next = s.tokens[i + 1];
    const byDoing = t.lower === "by" && next.pos === "VERB" && /ing$/.test(next.lower);
    const byMeans = t.lower === "by" && next.lower === "means" && s.tokens[i + 2]?.lower === "of";
    const through = t.lower === "through" && /^(?:DET|NOUN|ADJ)$/.test(next.pos) && !s.entities.some((e) => e.a === i + 1 && (e.kind === "place" || e.kind === "date"));
    if (!byDoing && !byMeans && !through) continue;
    const main = inverted(s, null, i);
    const means = clean(textOf(s, i, end));
    if (!main || means.split(" ").length < 3) return [];
    return [{ kind: "qa", type: "mechanism", front: `How ${main}?`, back: cap(means), sentence: s.sentence.id, extra: [], answer: { start: t.start, end: s.tokens[end - 1].end }, answerKind: "clause" }];
  }
  return [];
}
