// Why the floor thinks a card is a likely reject, in plain words for the instructor's review screen.
// A card's reasons are the floor's features that push its p(reject) up most compared with the other
// cards of its kind (cloze or question) shown for the same chapter: weight × (value − their mean).
// Against the mean, not against zero, because most of the floor's weight is on features whose
// ABSENCE is the risk (a sentence off the chapter's thread, a short answer) and the bias alone is
// p ≈ 0.73. Within its kind, because a cloze's front is its whole sentence and a question's is not:
// against all cards every question would have "a short front". Features of the answer's words exist
// only for a short answer (lib/cards/rank/features.ts `short`) and are compared among those.
// Only features with a phrase (./flag.ts) can be named; the others still count in the probability.
import { FLOOR_FEATURE_NAMES, FLOOR_WEIGHTS, type FloorWeights } from "./model";
import { reasonPhrase, type ReasonKey } from "./flag";

/** A contribution smaller than this (in log-odds) is not worth naming. */
const MIN_CONTRIBUTION = 0.1;

// Zero unless the answer is a few words (not a clause, not a bare number): "an everyday word" would be wrong of a clause.
const SHORT_ANSWER_ONLY = new Set(["answer-rarity", "answer-recurs", "answer-salience", "answer-propn", "answer-after-preposition", "answer-dominance"]);

// A cloze shows its whole sentence, so its coverage of the sentence's names only says whether it has any.
const QUESTION_ONLY = new Set(["entity-coverage"]);

const mean = (rows: number[][], i: number) => (rows.length ? rows.reduce((s, v) => s + v[i], 0) / rows.length : 0);

/**
 * For each card (floor vectors of one chapter's shown cards, in FLOOR_FEATURE_NAMES order), the
 * `top` nameable features that raise its p(reject) most against the mean of its like cards, largest first.
 */
export function rejectReasons(vectors: number[][], w: FloorWeights = FLOOR_WEIGHTS, top = 2): ReasonKey[][] {
  const cloze = FLOOR_FEATURE_NAMES.indexOf("type:cloze"), rarity = FLOOR_FEATURE_NAMES.indexOf("answer-rarity");
  const isShort = (v: number[]) => v[rarity] > 0;
  const kinds = [vectors.filter((v) => v[cloze] === 1), vectors.filter((v) => v[cloze] !== 1)];
  const means = kinds.map((rows) => {
    const short = rows.filter(isShort);
    return { all: FLOOR_FEATURE_NAMES.map((_, i) => mean(rows, i)), short: FLOOR_FEATURE_NAMES.map((_, i) => mean(short, i)) };
  });
  // What each feature would say does not depend on the card: its weight, its key and whether it has a phrase.
  const features = FLOOR_FEATURE_NAMES.map((f, i) => {
    const weight = w.weights[f] ?? 0;
    const key: ReasonKey = `${weight >= 0 ? "high" : "low"}:${f}`;
    return { i, weight, key, named: reasonPhrase(key) !== null, answerWord: SHORT_ANSWER_ONLY.has(f), questionOnly: QUESTION_ONLY.has(f) };
  });
  return vectors.map((v) => {
    const m = means[v[cloze] === 1 ? 0 : 1];
    return features
      .map(({ i, weight, key, named, answerWord, questionOnly }) => {
        const c = (answerWord && !isShort(v)) || (questionOnly && v[cloze] === 1) ? 0 : weight * (v[i] - (answerWord ? m.short[i] : m.all[i]));
        return { key, named, c };
      })
      .filter((e) => e.named && e.c >= MIN_CONTRIBUTION)
      .sort((a, b) => b.c - a.c || a.key.localeCompare(b.key))
      .slice(0, top)
      .map((e) => e.key);
  });
}
