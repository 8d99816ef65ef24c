// Comparison and contrast: "A …, whereas B …", "Unlike X, Y …", "In contrast to X, Y …",
// "X differs from Y in …" → "How did A differ from B?" with the contrasting statement as the answer.
import type { AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { clean, textOf } from "./phrase";

const subjectText = (s: AnalysedSentence, a: number, b: number) => clean(textOf(s, a, b)).replace(/^(?:The|A|An) /, (m) => m.toLowerCase());

export function comparisonCandidates(s: AnalysedSentence): Candidate[] {
  const c = s.clause;
  let end = s.tokens.length;
  while (end > 0 && /^[.!?"”’)]$/.test(s.tokens[end - 1].text)) end--;
  const id = s.sentence.id;
  const all = { start: 0, end: s.tokens[end - 1]?.end ?? s.text.length };
  const back = clean(textOf(s, 0, end));
  if (back.split(" ").length > 45) return [];
  // "Unlike X, Y …" / "In contrast to X, Y …"
  const first = s.tokens[0]?.lower;
  if (c?.opening && (first === "unlike" || (first === "in" && s.tokens[1]?.lower === "contrast"))) {
    const other = s.phrases.find((p) => p.a >= 1 && p.b <= c.opening!.b);
    if (other) return [{ kind: "qa", type: "comparison", front: `How did ${subjectText(s, c.subject.a, c.subject.b)} differ from ${subjectText(s, other.a, other.b)}?`, back, sentence: id, extra: [], answer: all, answerKind: "clause" }];
  }
  // "A …, whereas B …"
  // Only "whereas": ", while …" is as often a time as a contrast ("…, while both sides prepared").
  const at = s.tokens.findIndex((t, i) => i > 2 && t.lower === "whereas");
  if (c && at > c.verb) {
    const other = s.phrases.find((p) => p.a === at + 1 || (p.a === at + 2 && s.tokens[at + 1].pos === "DET"));
    if (other) return [{ kind: "qa", type: "comparison", front: `How did ${subjectText(s, c.subject.a, c.subject.b)} and ${subjectText(s, other.a, other.b)} differ?`, back, sentence: id, extra: [], answer: all, answerKind: "clause" }];
  }
  // "X differs from Y" / "X, unlike Y, …"
  if (c && s.tokens[c.verb].lemma === "differ" && s.tokens[c.verb + 1]?.lower === "from") {
    const rest = clean(textOf(s, c.verb + 2, end));
    return [{ kind: "qa", type: "comparison", front: `How does ${subjectText(s, c.subject.a, c.subject.b)} differ from ${rest.split(/ in | by /)[0]}?`, back, sentence: id, extra: [], answer: all, answerKind: "clause" }];
  }
  return [];
}
