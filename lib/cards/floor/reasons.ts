// Why the floor thinks a card is a likely reject, in plain words for the instructor's review screen.
// A card's reasons are the floor's features that push its p(reject) up most compared with the other
// cards shown for the same chapter: weight × (value − the chapter's mean value). Against the mean,
// not against zero, because most of the floor's weight is on features whose ABSENCE is the risk (a
// sentence off the chapter's thread, a short question) and the bias alone is p ≈ 0.73.
// Only features with a phrase (./flag.ts) can be named; the others still count in the probability.
import { FLOOR_FEATURE_NAMES, FLOOR_WEIGHTS, type FloorWeights } from "./model";
import { reasonPhrase, type ReasonKey } from "./flag";

/** A contribution smaller than this (in log-odds) is not worth naming. */
const MIN_CONTRIBUTION = 0.1;

/**
 * For each card (floor vectors of one chapter's shown cards, in FLOOR_FEATURE_NAMES order), the
 * `top` nameable features that raise its p(reject) most against the chapter's mean, largest first.
 */
export function rejectReasons(vectors: number[][], w: FloorWeights = FLOOR_WEIGHTS, top = 2): ReasonKey[][] {
  if (!vectors.length) return [];
  const mean = FLOOR_FEATURE_NAMES.map((_, i) => vectors.reduce((s, v) => s + v[i], 0) / vectors.length);
  return vectors.map((v) => FLOOR_FEATURE_NAMES
    .map((f, i) => {
      const weight = w.weights[f] ?? 0;
      const key: ReasonKey = `${weight >= 0 ? "high" : "low"}:${f}`;
      return { key, named: reasonPhrase(key) !== null, c: weight * (v[i] - mean[i]) };
    })
    .filter((e) => e.named && e.c >= MIN_CONTRIBUTION)
    .sort((a, b) => b.c - a.c || a.key.localeCompare(b.key))
    .slice(0, top)
    .map((e) => e.key));
}
