// How the pipeline uses the sentence-choice model (./model.ts), behind LECTERN_SENTENCE_CHOICE:
//   drop  — a sentence whose choice probability is under `drop` gives no card (its candidates leave the
//           pool before selection); at least `min` sentences of a chapter stay (its likeliest);
//   floor — the floor's reject logit is lowered by `floor` × (the sentence's choice logit − the
//           chapter's mean), so the plain and deep floors (../floor) drop more cards of sentences a
//           strong model passes over and fewer of those it would choose;
//   rank  — the ranker's logit raised the same way (order and the section and type shares of selection).
// 0 turns a use off. The setting and the default were chosen on training chapters the model was not
// fitted on (docs/card-generator.md, "Session 23: which sentences deserve a card").

import { sigmoid } from "../rank/model";

export type ChoiceUse = { drop: number; min: number; floor: number; rank: number };

const logit = (p: number) => Math.log(Math.max(1e-6, p) / Math.max(1e-6, 1 - p));

/** Each sentence's choice logit less the chapter's mean: > 0 for a sentence likelier chosen than its chapter's average. */
export function relativeChoice(q: number[]): number[] {
  const z = q.map(logit);
  const mean = z.reduce((s, x) => s + x, 0) / (z.length || 1);
  return z.map((x) => x - mean);
}

/** The pool without the candidates of sentences under `drop`; when fewer than `min` sentences reach it, those of the `min` likeliest. */
export function keepChosen<T extends { c: { sentence: number } }>(pool: T[], q: number[], { drop, min }: Pick<ChoiceUse, "drop" | "min">): T[] {
  if (drop <= 0) return pool;
  const sentences = [...new Set(pool.map((r) => r.c.sentence))];
  let keep = new Set(sentences.filter((s) => (q[s] ?? 0) >= drop));
  if (keep.size < min) keep = new Set([...sentences].sort((x, y) => (q[y] ?? 0) - (q[x] ?? 0) || x - y).slice(0, min));
  return pool.filter((r) => keep.has(r.c.sentence));
}

/** A probability moved by `weight` × the sentence's relative choice logit (`sign` −1 for a reject probability). */
export const shifted = (p: number, relative: number, weight: number, sign: 1 | -1 = 1) => (weight ? sigmoid(logit(p) + sign * weight * relative) : p);
