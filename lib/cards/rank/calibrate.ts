// From the ranker's score to a probability a strict rater accepts the card (Platt scaling: a
// one-feature logistic fit on the logit of the score, on scores the model gave cards of books it
// was not fitted on), and the cut below which a card is not shown unless the chapter would
// otherwise have fewer than `min` cards.
import { fitLogistic } from "./fit";

export type Calibration = { a: number; b: number };
export type Cut = { p: number; min: number };

const logit = (p: number) => Math.log(Math.max(p, 1e-9) / Math.max(1 - p, 1e-9));

export const calibrated = (p: number, c?: Calibration) => (c ? 1 / (1 + Math.exp(-(c.a * logit(p) + c.b))) : p);

/** Fits a and b so that calibrated(score) matches the observed rate of `positive` (weights optional). */
export function fitCalibration(scores: number[], positive: number[], weights?: number[]): Calibration {
  if (!scores.length) throw new Error("fitCalibration needs at least one score");
  const [b, a] = fitLogistic(scores.map((p) => [1, logit(p)]), positive, { lambda: 1e-3, sampleWeights: weights });
  return { a, b };
}

/**
 * The cards to show: those whose calibrated probability reaches the cut, or, when fewer than
 * `cut.min` do, the `cut.min` most probable (in their original order either way).
 */
export function applyCut<T>(cards: T[], prob: (card: T) => number, cut?: Cut): T[] {
  if (!cut || cut.p <= 0) return cards;
  const kept = cards.filter((c) => prob(c) >= cut.p);
  if (kept.length >= cut.min) return kept;
  const best = new Set([...cards].sort((x, y) => prob(y) - prob(x)).slice(0, cut.min));
  return cards.filter((c) => best.has(c));
}

/** Value of showing a card by its verdict: an accepted card gains one, a rejected one costs one. */
export const SHOW_VALUE = { accept: 1, edit: 0, reject: -1 } as const;

/**
 * Picks the cut with the most value over books the model was not fitted on (each book's shown
 * cards with their calibrated probability and verdict, null when unlabelled). Ties go to the lower
 * cut (show more).
 */
export function chooseCut(books: { prob: number; verdict: keyof typeof SHOW_VALUE | null }[][], ps: number[], mins: number[]): { cut: Cut; value: number }[] {
  const out: { cut: Cut; value: number }[] = [];
  for (const min of mins) for (const p of ps) {
    const cut = { p, min };
    let value = 0;
    for (const cards of books) for (const c of applyCut(cards, (x) => x.prob, cut)) if (c.verdict) value += SHOW_VALUE[c.verdict];
    out.push({ cut, value });
  }
  return out.sort((x, y) => y.value - x.value || x.cut.p - y.cut.p || y.cut.min - x.cut.min);
}
