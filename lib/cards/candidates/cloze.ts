// Cloze deletions: one per informative span of the sentence (named entities, dates, numbers, and
// noun phrases the chapter defines or repeats). The gates decide which blanks are informative.
import type { Analysis, AnalysedSentence } from "../analyse";
import type { AnswerKind, Candidate } from "./types";
import { rarity } from "../rank/frequency";
import { RARE } from "../gates/informative-blank";

export function blank(s: AnalysedSentence, start: number, end: number): string {
  return `${s.text.slice(0, start)}{{c1::${s.text.slice(start, end)}}}${s.text.slice(end)}`;
}

export function clozeCandidates(s: AnalysedSentence, a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (start: number, end: number, answerKind: AnswerKind) => {
    const k = `${start}:${end}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ kind: "cloze", type: "cloze", front: blank(s, start, end), back: s.text.slice(start, end), sentence: s.sentence.id, extra: [], answer: { start, end }, answerKind });
  };
  for (const e of s.entities) add(e.start, e.end, e.kind);
  for (const p of s.phrases) {
    const body = s.tokens.slice(p.a, p.b).filter((t) => t.pos !== "DET");
    if (!body.length || body.every((t) => t.pos === "PROPN")) continue;
    const head = body[body.length - 1];
    const term = body.map((t) => t.lower).join(" ");
    if (a.defined.has(term) || (a.lemmaCounts.get(head.lemma) ?? 0) >= 3 || rarity(head.lower) >= RARE) add(body[0].start, head.end, "term");
  }
  return out;
}
