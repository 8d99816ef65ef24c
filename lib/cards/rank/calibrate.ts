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

/** A shown card as the cut sees it: calibrated probability, verdict (null: unlabelled), gold facts it covers. */
export type CutCard = { prob: number; verdict: keyof typeof SHOW_VALUE | null; facts?: string[] };
/** One chapter's shown cards, and how many gold key facts it has (0 when it has no gold list). */
export type CutBook = { cards: CutCard[]; gold: number };
export type CutOption = { cut: Cut; value: number; shown: number; recall: number; feasible: boolean };

const recallOf = (b: CutBook, kept: CutCard[]) => (b.gold ? new Set(kept.flatMap((c) => c.facts ?? [])).size / b.gold : 1);

/** Value, shown count, pooled gold-fact recall and each chapter's recall of one cut over the chapters. */
export function cutFigures(books: CutBook[], cut: Cut): Omit<CutOption, "feasible"> & { recalls: number[] } {
  let value = 0, shown = 0, covered = 0, gold = 0;
  const recalls: number[] = [];
  for (const b of books) {
    const kept = applyCut(b.cards, (x) => x.prob, cut);
    shown += kept.length;
    for (const c of kept) if (c.verdict) value += SHOW_VALUE[c.verdict];
    recalls.push(recallOf(b, kept));
    covered += recallOf(b, kept) * b.gold;
    gold += b.gold;
  }
  return { cut, value, shown, recall: gold ? covered / gold : 1, recalls };
}

/**
 * Every cut tried, best first: the most value (accepted minus rejected shown cards) among cuts
 * under which no chapter loses more than `maxRecallLoss` of the gold key facts its uncut cards
 * reach (the cut must not buy precision with the facts a chapter is about); ties go to the lower
 * cut and the larger floor.
 */
export function chooseCut(books: CutBook[], ps: number[], mins: number[], maxRecallLoss = 0.05): CutOption[] {
  const base = cutFigures(books, { p: 0, min: 0 }).recalls;
  const out = mins.flatMap((min) => ps.map((p) => {
    const { recalls, ...f } = cutFigures(books, { p, min });
    return { ...f, feasible: recalls.every((r, i) => r >= base[i] - maxRecallLoss - 1e-9) };
  }));
  return out.sort((x, y) => Number(y.feasible) - Number(x.feasible) || y.value - x.value || x.cut.p - y.cut.p || y.cut.min - x.cut.min);
}
