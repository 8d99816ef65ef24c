// A claim in the author's voice as a cloze: "Thus we must accept the X …" → "One must accept the
// {{X}} …". Conclusions and modal claims only; the blank is a term of the predicate.
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "./types";
import { cap } from "./phrase";
import { blank } from "./cloze";
import { generic, presentVerbs } from "./voice";
import { written } from "../decontext";
import { rarity } from "../rank/frequency";
import { RARE } from "../gates/informative-blank";

const WORDS = (s: string) => s.split(/\s+/).filter(Boolean).length;

// A thesis: a general statement of what must, cannot or does hold, not a step of the story.
const THESIS_VERB = /^(?:must|cannot|can|ought|is|are|depends|depend|consists|consist|requires|require)$/;
// "we have to consider …", "we must now examine …": the author's plan for the exposition.
export const EXPOSITION = /\b(?:[Ww]e|[Oo]ne) (?:\w+ ){0,2}(?:consider|discuss|examine|ask|turn|begin|return|note|observe|call|mention|tell|told|try|tried|show|shown|see|saw|seen|state|deal|speak|review|go)\b/;
const MODAL_CLAIM = /^(?:must|cannot|ought)$/;
const SPEAKER = /\b(?:I|me|my|you|your)\b|["“”]/;

const LEAD = /^(?:(?:Thus|Hence|Therefore|Consequently|So|But|And|Now|Yet),?\s+)+(?:it follows that\s+)?/;
const CONCLUSION_LEAD = /^(?:(?:Thus|Hence|Therefore|Consequently),?\s+)+(?:it follows that\s+)?/;
// "Piracy, therefore, is …": the connective after the subject marks a conclusion too.
const INNER = /^[^,]{3,60}(,\s*(?:therefore|then|thus|hence),\s*)/;

/**
 * A claim written in the author's voice ("Thus we must accept X", "Hence the real Y is not Z") as a
 * statement that stands alone: the connective dropped, "we" as "one", and a blank on a term of its
 * predicate that the chapter repeats or that is rare in general English. Only when the wording
 * changed: the plain sentence's blanks are the cloze candidates'.
 */
export function claimClozes(s: AnalysedSentence, a: Analysis): Candidate[] {
  const words = WORDS(s.text);
  if (words < 8 || words > 40 || SPEAKER.test(s.text) || EXPOSITION.test(s.text) || /[?!]["”’)]*$/.test(s.text.trim()) || s.pronoun) return [];
  const lead = s.text.match(LEAD);
  const inner = INNER.exec(s.text);
  // Decontextualisation may have deleted the connective already: the sentence as written shows it.
  const as = written(s);
  const deleted = as !== s.text && !lead && !inner && (CONCLUSION_LEAD.test(as) || INNER.test(as));
  let body = lead ? s.text.slice(lead[0].length) : s.text;
  if (inner && !lead) body = body.replace(inner[1], " ");
  if (/^(?:it|this|that|these|those|such|they|he|she|there|here|then|if|when|as)\b/i.test(body)) return [];
  const verb = s.tokens.find((t) => t.start >= (lead?.[0].length ?? 0) && (t.pos === "AUX" || t.pos === "VERB"));
  // A conclusion ("Thus …", "Hence …") or a modal claim ("we must", "X cannot"); a plain "is" after
  // "But" or "And" is as often a step of the story.
  const concluded = (!!lead && /^(?:Thus|Hence|Therefore|Consequently)\b|it follows that/i.test(lead[0])) || !!inner || deleted;
  if (!verb || !THESIS_VERB.test(verb.lower) || (!concluded && !MODAL_CLAIM.test(verb.lower))) return [];
  const text = generic(cap(body), presentVerbs(s))?.replace(/^One's\b/, "The");
  if (!text || (text === s.text && !deleted)) return [];
  const offset = (lead?.[0].length ?? 0);
  const out: Candidate[] = [];
  const terms = s.phrases.filter((p) => p.start >= verb.end).map((p) => {
    const body = s.tokens.slice(p.a, p.b).filter((t) => t.pos !== "DET" && !/^(?:our|one's)$/.test(t.lower));
    const head = body.at(-1);
    if (!head || head.pos !== "NOUN" || body.some((t) => t.pos === "PRON")) return null;
    const count = a.lemmaCounts.get(head.lemma) ?? 0;
    const r = Math.max(...body.map((t) => rarity(t.lower)));
    if (count < 2 && r < RARE) return null;
    return { start: body[0].start, end: head.end, weight: r * Math.log1p(count) };
  }).filter((x) => x !== null).sort((x, y) => y.weight - x.weight).slice(0, 2);
  for (const term of terms) {
    const phrase = s.text.slice(term.start, term.end);
    const at = text.indexOf(phrase);
    if (at < 0 || text.indexOf(phrase, at + 1) >= 0 || term.start < offset) continue;
    const front = blank({ ...s, text }, at, at + phrase.length);
    out.push({ kind: "cloze", type: "cloze", front, back: phrase, sentence: s.sentence.id, extra: [], answer: { start: term.start, end: term.end }, answerKind: "term" });
  }
  return out;
}

