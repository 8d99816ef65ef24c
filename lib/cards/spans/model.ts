// The span model: a logistic score of how likely a span is the blank a rater accepts, from
// ./features with the weights in ./weights.json (fitted on TRAIN books' labels by
// scripts/fit-spans.ts). Per sentence, the best span is the one a cloze should blank.
import type { AnalysedSentence, Analysis } from "../analyse";
import { enumerateSpans, type SpanCandidate, type SpanKind } from "./enumerate";
import { SPAN_FEATURES, spanFeatures } from "./features";
import fitted from "./weights.json";
import { pointSpan } from "./point";
import { isDetailBlank, renamingPoint } from "./detail";
import { coversInserted } from "../decontext/offsets";

export type SpanWeights = { source: string; weights: Record<string, number> };
export const SPAN_WEIGHTS = fitted as SpanWeights;

// The weights in SPAN_FEATURES order, per weights record (fit scripts swap in new records; a record
// is never edited in place), so a span's score is a plain dot product.
const vectors = new WeakMap<Record<string, number>, number[]>();
function weightVector(weights: Record<string, number>): number[] {
  let v = vectors.get(weights);
  if (!v) vectors.set(weights, (v = SPAN_FEATURES.map((f) => weights[f] ?? 0)));
  return v;
}

export function spanScore(x: number[], w: SpanWeights = SPAN_WEIGHTS): number {
  const v = weightVector(w.weights);
  let z = 0;
  for (let i = 0; i < v.length; i++) z += v[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

export type ScoredSpan = SpanCandidate & { p: number };
const cache = new WeakMap<SpanWeights, WeakMap<AnalysedSentence, ScoredSpan[]>>();

/** The sentence's candidate spans, best first, under weights `w` (uncached: fit scripts compare weights). */
export function rankSpans(s: AnalysedSentence, a: Analysis, w: SpanWeights = SPAN_WEIGHTS): ScoredSpan[] {
  // A detail (./detail: an alias in brackets after its name, a year inside a name) is never offered.
  const hit = enumerateSpans(s, a).filter((c) => !isDetailBlank(s, c.start, c.end)).map((c) => ({ ...c, p: spanScore(spanFeatures(s, a, c.start, c.end, c.kind), w) })).sort((x, y) => y.p - x.p || x.start - y.start);
  // In a renaming the new name (or the words it adds to the old one) goes first, like the point below.
  const renamed = hit.length ? renamingPoint(s) : null;
  if (renamed) {
    const at = hit.findIndex((c) => c.start === renamed.start && c.end === renamed.end);
    const span = at >= 0 ? hit.splice(at, 1)[0] : { ...renamed, kind: "name" as const, p: 0 };
    // The whole new name around the added words repeats the old one: not offered beside them.
    const rest = hit.filter((c) => !(c.start <= renamed.start && c.end >= renamed.end));
    return [{ ...span, p: hit[0]?.p ?? span.p }, ...rest];
  }
  // The point of a present-tense claim (./point) goes first: the strict raters' commonest fix is
  // a blank moved from the actor or a detail onto it, and the labels hold too few such spans
  // (they were never offered) for the model to learn the preference itself.
  const point = pointSpan(s);
  const at = point ? hit.findIndex((c) => c.start === point.start && c.end === point.end) : -1;
  return at > 0 ? [{ ...hit[at], p: hit[0].p }, ...hit.slice(0, at), ...hit.slice(at + 1)] : hit;
}

// The ops whose written-in words (a name that stands for a pronoun) are never a blank.
const WRITTEN_IN_NAMES = ["narrator", "subject"] as const;

/**
 * The sentence's candidate spans, best first under weights `w` (cached per weights and analysed sentence).
 * The author's name written in for a first-person narrator (../narrator), or a biography's subject's
 * (../subject), is never offered as a blank.
 */
export function scoredSpans(s: AnalysedSentence, a: Analysis, w: SpanWeights = SPAN_WEIGHTS): ScoredSpan[] {
  let byS = cache.get(w);
  if (!byS) cache.set(w, (byS = new WeakMap()));
  let hit = byS.get(s);
  if (!hit) byS.set(s, (hit = rankSpans(s, a, w).filter((c) => !coversInserted(s, c, WRITTEN_IN_NAMES))));
  return hit;
}

/** The score of one span (enumerated or not) of the sentence. */
export function scoreOf(s: AnalysedSentence, a: Analysis, start: number, end: number, kind: SpanKind): number {
  return scoredSpans(s, a).find((c) => c.start === start && c.end === end)?.p ?? spanScore(spanFeatures(s, a, start, end, kind));
}
