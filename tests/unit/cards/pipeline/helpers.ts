// Small chapters for pipeline tests: plain text through the real clean-up and analysis.
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter, type Analysis } from "@/lib/cards/analyse";
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { blank } from "@/lib/cards/candidates/cloze";
import { wholeConstituent } from "@/lib/cards/spans/constituent";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";

export function analyse(text: string): Analysis {
  const chapter = cleanDocument(`# Chapter 1. Test\n\n${text}\n`, { filename: "test.md" }).chapters[0];
  return analyseChapter(chapter);
}

export function candidates(text: string): { a: Analysis; all: Candidate[] } {
  const a = analyse(text);
  return { a, all: overgenerate(a) };
}

/** A candidate for gate tests, on sentence `sentence` of the analysis. */
export function cand(over: Partial<Candidate>): Candidate {
  return { kind: "qa", type: "what", front: "What is x?", back: "x", sentence: 0, extra: [], answer: null, answerKind: "phrase", ...over };
}

/** A cloze on `span` of sentence `i` (or the last sentence) of an invented chapter. */
export function clozeAt(text: string, i: number | "last", span: string, answerKind: Candidate["answerKind"] = "term"): { a: Analysis; c: Candidate } {
  const a = analyse(text);
  const n = i === "last" ? a.sentences.length - 1 : i;
  const s = a.sentences[n];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return { a, c: cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: n, answer: { start, end: start + span.length }, answerKind }) };
}

export const clozeOn = (text: string, span: string, answerKind: Candidate["answerKind"]) => clozeAt(text, "last", span, answerKind);

/** The first sentence of an invented chapter, with its analysis. */
export const first = (text: string) => { const a = analyse(text); return { a, s: a.sentences[0] }; };

/** The whole constituent `wholeConstituent` makes of `span` in the first sentence, or null. */
export const whole = (text: string, span: string) => {
  const { s } = first(text);
  const at = s.text.indexOf(span);
  const w = wholeConstituent(s, at, at + span.length);
  return w ? s.text.slice(w.start, w.end) : null;
};

/** The informative-blank gate's verdict on a cloze of `span` in the first sentence. */
export function blankGate(text: string, span: string, answerKind: Candidate["answerKind"] = "name") {
  const { a, s } = first(text);
  const start = s.text.indexOf(span);
  const c = { kind: "cloze", type: "cloze", front: "", back: span, sentence: 0, extra: [], answer: { start, end: start + span.length }, answerKind } as Candidate;
  return informativeBlank(c, a);
}
