// Matching labels to the current generator's candidates by what a card tests, not how it is
// worded. The generator rewrites fronts (pronouns resolved, clauses cut), so a label keyed by its
// card text goes stale; its source sentence and its answer do not. In order of trust:
//   1. "card":   the same card (normalised front and back);
//   2. "fact":   the same source sentence (found by word overlap), kind and answer;
//   3. "answer": the same source sentence and answer, the other kind (a cloze's verdict for the
//                Q&A of the same fact); only when asked for (`crossKind`).
// Among several candidates under one key, the one whose front shares most words with the label's;
// none when even that one shares too few (FRONT_OVERLAP): the same answer from the same sentence
// asked about another predicate ("When was X undertaken?" vs "When was Y the order of the day?").
// Every key includes the card's context line (contextKey): a label never crosses between a card
// with a context line and one without (or with another).
import { cardKey, contextKey, normalise } from "./normalise";
import type { CardLabel, EvalCard } from "./types";

export type MatchedBy = "card" | "fact" | "answer";
/** A candidate as the matcher sees it: its card and the index of its source sentence in the chapter. */
export type MatchCandidate = Pick<EvalCard, "kind" | "front" | "back" | "context"> & { sentence: number };
export type LabelMatch<C> = { label: CardLabel; card: C; by: MatchedBy };

const ARTICLE = /^(?:the|a|an)$/;
export const words = (text: string): string[] => normalise(text).replace(/\{\{|\}\}/g, " ").match(/[\p{L}\p{N}]+/gu) ?? [];

/** An answer's key: its words, lower-cased, without a leading article or any punctuation. */
export function answerKey(back: string): string {
  const w = words(back);
  while (w.length > 1 && ARTICLE.test(w[0])) w.shift();
  return w.join(" ");
}

/** Dice coefficient of two word sets: 1 for the same words, 0 for none shared. */
export function overlap(a: string[], b: string[]): number {
  const A = new Set(a), B = new Set(b);
  if (!A.size || !B.size) return 0;
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return (2 * shared) / (A.size + B.size);
}

/** Sentences at least this close (Dice over words) are the same sentence after re-cleaning. */
export const SENTENCE_OVERLAP = 0.7;
/** A reworded card keeps at least this share of its front's words (Dice); clause cuts keep ~0.4 and more. */
export const FRONT_OVERLAP = 0.3;

/**
 * Finds a label's sentence among the chapter's current sentences by word overlap, through an
 * inverted index (linear in the words looked up): robust to re-cleaning (a repaired hyphen, a
 * dropped page number, a sentence split one word differently).
 */
export function sentenceFinder(sentences: string[], min = SENTENCE_OVERLAP): (text: string) => number | null {
  const sets = sentences.map((s) => [...new Set(words(s))]);
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => { for (const w of set) index.set(w, [...(index.get(w) ?? []), i]); });
  const exact = new Map<string, number>();
  sentences.forEach((s, i) => { if (!exact.has(normalise(s))) exact.set(normalise(s), i); });
  return (text) => {
    const hit = exact.get(normalise(text));
    if (hit !== undefined) return hit;
    const mine = [...new Set(words(text))];
    const shared = new Map<number, number>();
    for (const w of mine) for (const i of index.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let best: number | null = null, bestScore = min;
    for (const [i, n] of shared) {
      const dice = (2 * n) / (mine.length + sets[i].length);
      if (dice >= bestScore && (best === null || dice > bestScore)) { best = i; bestScore = dice; }
    }
    return best;
  };
}

/**
 * Each label's candidate, or none. `sentences` are the chapter's sentence texts, indexed as the
 * candidates' `sentence`. A label whose sentence or answer is not among the candidates stays unmatched.
 */
export function matchLabels<C extends MatchCandidate>(labels: CardLabel[], candidates: C[], sentences: string[], opts: { crossKind?: boolean } = {}): LabelMatch<C>[] {
  const byCard = new Map<string, C>();
  const byFact = new Map<string, C[]>(), byAnswer = new Map<string, C[]>();
  const push = (m: Map<string, C[]>, k: string, c: C) => m.set(k, [...(m.get(k) ?? []), c]);
  for (const c of candidates) {
    if (!byCard.has(cardKey(c))) byCard.set(cardKey(c), c);
    const a = answerKey(c.back) + contextKey(c);
    push(byFact, `${c.sentence}\u0000${c.kind}\u0000${a}`, c);
    push(byAnswer, `${c.sentence}\u0000${a}`, c);
  }
  const find = sentenceFinder(sentences);
  const closest = (l: CardLabel, cs: C[] | undefined): C | null => {
    const lw = words(l.front);
    let best: C | null = null, bestScore = FRONT_OVERLAP;
    for (const c of cs ?? []) {
      const o = overlap(words(c.front), lw);
      if (o >= bestScore && (best === null || o > bestScore)) { best = c; bestScore = o; }
    }
    return best;
  };
  const out: LabelMatch<C>[] = [];
  for (const l of labels) {
    const exact = byCard.get(cardKey(l));
    if (exact) { out.push({ label: l, card: exact, by: "card" }); continue; }
    const s = find(l.sentence);
    if (s === null) continue;
    const a = answerKey(l.back) + contextKey(l);
    const fact = closest(l, byFact.get(`${s}\u0000${l.kind}\u0000${a}`));
    if (fact) { out.push({ label: l, card: fact, by: "fact" }); continue; }
    const other = opts.crossKind ? closest(l, byAnswer.get(`${s}\u0000${a}`)?.filter((c) => c.kind !== l.kind)) : null;
    if (other) out.push({ label: l, card: other, by: "answer" });
  }
  return out;
}
