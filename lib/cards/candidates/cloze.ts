// Cloze deletions: per sentence, the spans the span model (../spans) rates best among its names,
// dates, numbers and noun phrases that pass the blank gates: the best and any within MARGIN of it.
// Which span is blanked is a learned choice; the gates only rule out malformed or trivial blanks.
import type { Analysis, AnalysedSentence } from "../analyse";
import type { AnswerKind, Candidate } from "./types";
import { scoredSpans, type ScoredSpan } from "../spans/model";
import { CONSTITUENT, CONSTITUENT_CLASSES, wholeConstituent } from "../spans/constituent";
import { pointSpan } from "../spans/point";
import { informativeBlank } from "../gates/informative-blank";
import { blankChoiceWith, MIN_SPAN_SCORE } from "../gates/blank-choice";
import { markChosen, SPAN_CHOICE } from "../spans/choice";
import { criticisedClass } from "../spans/criticised";
import { MISPLACED_BLANK, misplacedBlank } from "../spans/misplaced-blank";
import { claimFallback } from "../spans/claim-fallback";
import { endFocusFor } from "../spans/end-focus";
import { parse } from "../gates/parse";

// The blank gates' verdicts on how a span is worded (common words, one word, a piece of a longer
// phrase) rather than on what it is (the topic, given away, a name's part, a list item).
const WORDING = new Set(["common words only", "one common word", "adjective + noun piece, neither defined nor repeated", "the object of an of-phrase after the main verb", "passing description"]);

// At most PER_SENTENCE spans per sentence, each within MARGIN of the sentence's best (chosen on
// the train books' top 40: one span alone lost recall, a wider margin added no accepted card).
export const MARGIN = 0.2;
export const PER_SENTENCE = 3;

export function blank(s: AnalysedSentence, start: number, end: number): string {
  return `${s.text.slice(0, start)}{{c1::${s.text.slice(start, end)}}}${s.text.slice(end)}`;
}

/** The cloze of sentence `s` that blanks `span`. */
function spanCloze(s: AnalysedSentence, span: { start: number; end: number }, answerKind: AnswerKind): Candidate {
  const { start, end } = span;
  return { kind: "cloze", type: "cloze", front: blank(s, start, end), back: s.text.slice(start, end), sentence: s.sentence.id, extra: [], answer: { start, end }, answerKind };
}

/**
 * The best blank inside characters [start, end) of the sentence that passes the blank gates, or
 * null: for a card that shows more of the sentence than the part it asks (a concession shown with
 * the clause that answers it, ./clause-cloze), the blank goes in the answering part.
 */
export function clozeWithin(s: AnalysedSentence, a: Analysis, start: number, end: number): Candidate | null {
  for (const c of scoredSpans(s, a)) {
    if (c.start < start || c.end > end) continue;
    const cand = spanCloze(s, c, c.kind);
    if (!informativeBlank(cand, a) && !blankChoiceWith(cand, a, true)) return cand;
  }
  return null;
}

export function clozeCandidates(s: AnalysedSentence, a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  let best = -1;
  // When the sentence states a present-tense claim (../spans/point), a blank on an incidental word
  // (outside the subject and the point: a detail, a modifier, an adjunct's name) leaves the point
  // visible: such spans are not offered beside it.
  const point = pointSpan(s);
  const subject = s.clause?.subject;
  const incidental = (c: { start: number; end: number }) => !!point && !(c.start >= point.start && c.end <= point.end) && !(subject && c.start >= subject.start && c.end <= subject.end);
  // Best first; a malformed span (part of a name or word, one item of a list, the chapter's own
  // topic...) is skipped here rather than left to take a slot and be dropped later.
  let passes: boolean | undefined;
  const pointPasses = () => {
    if (passes === undefined) {
      const cand = spanCloze(s, point!, "term");
      passes = !informativeBlank(cand, a) && !blankChoiceWith(cand, a, true);
    }
    return passes;
  };
  for (const c of scoredSpans(s, a)) {
    if (out.length >= PER_SENTENCE || (best >= 0 && c.p < best - MARGIN)) break;
    let cand = spanCloze(s, c, c.kind);
    const why = informativeBlank(cand, a) ?? blankChoiceWith(cand, a, true);
    if (why) {
      // A blank refused only for not being a whole constituent (../spans/constituent) extends to
      // the whole one, in its own place in the ranking, when that passes the blank gates (the
      // floor aside: the span it extends was scored over it).
      const whole = CONSTITUENT_CLASSES.has(why) ? constituentInstead(s, a, c, out) : null;
      if (!whole) continue;
      cand = whole;
    }
    if (incidental(cand.answer!) && pointPasses()) continue;
    if (best < 0) best = c.p;
    out.push(cand);
  }
  // A blank on a detail inside the subject gives its place to the clause's closing phrase, the
  // claim (../spans/end-focus), when that phrase passes the blank gates (the floor aside: the
  // sentence was admitted) and is not blanked already.
  if (MISPLACED_BLANK.on) {
    let moved: { start: number } | null = null;
    for (let i = 0; i < out.length; i++) {
      const at = out[i].answer!;
      const focus = endFocusFor(s, at.start, at.end);
      if (!focus || out.some((o) => o.answer!.start === focus.start && o.answer!.end === focus.end)) continue;
      const cand = spanCloze(s, focus, "term");
      // The claim is often said in common words: like the point of a present-tense claim
      // (../spans/point), it is exempt from the checks on how a blank is worded, not from the rest.
      const why = informativeBlank(cand, a) ?? blankChoiceWith(cand, a, false);
      // (and it must read as a phrase: the parse gate's checks, which the final gate pass applies too)
      if ((!why || WORDING.has(why)) && !parse({ ...cand, answerKind: "clause" }, a)) {
        out[i] = { ...cand, answerKind: "clause" };
        moved = focus;
      }
    }
    // The sentence's other blanks inside its subject ask for what it is about, not what it says:
    // once the claim is blanked they give way to it.
    if (moved) {
      const claimAt = moved.start;
      const kept = out.filter((o) => o.answerKind === "clause" && o.answer!.start === claimAt || o.answer!.start >= claimAt);
      out.splice(0, out.length, ...kept);
    }
  }
  // The sentence's best span was misplaced (../spans/misplaced-blank) and nothing else passed: the
  // sentence was worth a card, so its main clause's claim is blanked instead (../spans/claim-fallback).
  if (!out.length && MISPLACED_BLANK.on) {
    const fallback = claimInstead(s, a);
    if (fallback) out.push(fallback);
  }
  // Two roles (../spans/choice): the admission model above says whether the sentence gets clozes
  // and how many; a choice model, when one is in force, says which of its spans they blank (only in
  // place of blanks of a class the raters criticise, ../spans/criticised, when `onlyCriticised`).
  const choice = SPAN_CHOICE.weights;
  if (!choice || !out.length) return out;
  const only = SPAN_CHOICE.onlyCriticised;
  const keep = out.map((c) => !only || !criticisedClass(s, a, c.answer!.start, c.answer!.end));
  if (keep.every(Boolean) && only) return out;
  const taken = (c: { start: number; end: number }) => out.some((o, i) => keep[i] && o.answer!.start === c.start && o.answer!.end === c.end);
  const chosen: Candidate[] = [];
  const want = keep.filter((k) => !k).length || out.length;
  for (const c of scoredSpans(s, a, choice)) {
    if (chosen.length >= (only ? want : out.length)) break;
    if (only && (taken(c) || criticisedClass(s, a, c.start, c.end))) continue;
    const cand = spanCloze(s, c, c.kind);
    if (informativeBlank(cand, a) || blankChoiceWith(cand, a, SPAN_CHOICE.floor)) continue;
    if (incidental(c) && pointPasses()) continue;
    if (!SPAN_CHOICE.floor) markChosen(s, c.start, c.end);
    chosen.push(cand);
  }
  if (!only) return chosen.length ? chosen : out;
  // Each criticised blank gives its place to the next chosen span; with none left it stays.
  return out.map((c, i) => (keep[i] ? c : chosen.shift() ?? c));
}

/**
 * The cloze of the whole constituent of span `c` (refused only for cutting one, and over the score
 * floor): a noun phrase with its complement, a whole name (../spans/constituent); or null. Not when
 * the whole is blanked already.
 */
function constituentInstead(s: AnalysedSentence, a: Analysis, c: ScoredSpan, out: Candidate[]): Candidate | null {
  if (!CONSTITUENT.on || c.p < MIN_SPAN_SCORE) return null;
  const whole = wholeConstituent(s, c.start, c.end);
  if (!whole || out.some((o) => o.answer!.start === whole.start && o.answer!.end === whole.end)) return null;
  const cand = spanCloze(s, whole, c.kind);
  return informativeBlank(cand, a) || blankChoiceWith(cand, a, false) ? null : cand;
}

/**
 * The claim cloze of a sentence whose admitted blank (the best span, over the score floor, passing
 * the informative-blank gate) is misplaced: null when the best span is not, or the sentence has no
 * claim of the shapes ../spans/claim-fallback reads.
 */
function claimInstead(s: AnalysedSentence, a: Analysis): Candidate | null {
  const best = scoredSpans(s, a).find((c) => c.p >= MIN_SPAN_SCORE && misplacedBlank(s, c.start, c.end));
  if (!best) return null;
  const probe = spanCloze(s, best, best.kind);
  if (informativeBlank(probe, a)) return null;
  const claim = claimFallback(s);
  if (!claim) return null;
  return spanCloze(s, claim, "clause");
}
