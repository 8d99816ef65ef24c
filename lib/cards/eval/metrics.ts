// Per-chapter and pooled figures of the card evaluation. Acceptance is measured over the cards of
// the top N that carry a label; unlabelled cards are counted and listed, never guessed.
import type { CardLabel, EvalCard, ReasonCode } from "./types";
import type { LabelIndex } from "./labels";
import { duplicateIndexes } from "./duplicates";

export type GoldFact = { id: string; fact: string; any: string[][] };

export interface ChapterFigures {
  fixture: string;
  cards: number;
  labelled: number;
  accept: number;
  edit: number;
  reject: number;
  reasons: Partial<Record<ReasonCode, number>>;
  matchedBySentence: number;
  unlabelled: EvalCard[];
  duplicates: number;
  residue: number;
  recall: { covered: string[]; missed: string[] } | null;
  ms: number;
}

export interface ScoreOptions {
  isResidue: (text: string) => boolean;
  covers: (card: EvalCard, fact: GoldFact) => boolean;
  gold?: GoldFact[];
  ms: number;
}

export function scoreChapter(fixture: string, cards: EvalCard[], index: LabelIndex, opts: ScoreOptions): ChapterFigures {
  const f: ChapterFigures = { fixture, cards: cards.length, labelled: 0, accept: 0, edit: 0, reject: 0, reasons: {}, matchedBySentence: 0, unlabelled: [], duplicates: 0, residue: 0, recall: null, ms: opts.ms };
  for (const card of cards) {
    const m = index.find(card);
    if (!m) {
      f.unlabelled.push(card);
      continue;
    }
    f.labelled++;
    f[m.label.label]++;
    if (m.by === "sentence") f.matchedBySentence++;
    const reason: ReasonCode | null = m.label.reason;
    if (reason) f.reasons[reason] = (f.reasons[reason] ?? 0) + 1;
  }
  f.duplicates = duplicateIndexes(cards).length;
  f.residue = cards.filter((c) => opts.isResidue(`${c.front} ${c.back}`)).length;
  if (opts.gold?.length) {
    const covered = opts.gold.filter((g) => cards.some((c) => opts.covers(c, g))).map((g) => g.id);
    f.recall = { covered, missed: opts.gold.map((g) => g.id).filter((id) => !covered.includes(id)) };
  }
  return f;
}

export interface PooledFigures {
  chapters: number;
  cards: number;
  labelled: number;
  acceptRate: number | null; // shares of labelled cards; null when none is labelled
  editRate: number | null;
  rejectRate: number | null;
  unlabelled: number;
  duplicateRate: number;
  residueRate: number;
  recall: number | null; // covered / gold facts, over chapters that have a gold list
  ms: number;
}

export function pool(chapters: ChapterFigures[]): PooledFigures {
  const sum = (k: "cards" | "labelled" | "accept" | "edit" | "reject" | "duplicates" | "residue" | "ms") => chapters.reduce((n, c) => n + c[k], 0);
  const labelled = sum("labelled"), cards = sum("cards");
  const share = (n: number) => (labelled ? n / labelled : null);
  const withGold = chapters.filter((c) => c.recall);
  const facts = withGold.reduce((n, c) => n + c.recall!.covered.length + c.recall!.missed.length, 0);
  return {
    chapters: chapters.length,
    cards,
    labelled,
    acceptRate: share(sum("accept")),
    editRate: share(sum("edit")),
    rejectRate: share(sum("reject")),
    unlabelled: cards - labelled,
    duplicateRate: cards ? sum("duplicates") / cards : 0,
    residueRate: cards ? sum("residue") / cards : 0,
    recall: facts ? withGold.reduce((n, c) => n + c.recall!.covered.length, 0) / facts : null,
    ms: sum("ms"),
  };
}

/** Labels of one rater paired with another's on the same cards (by the (front, back) key). */
export function pairLabels(a: CardLabel[], b: LabelIndex): [CardLabel["label"], CardLabel["label"]][] {
  return a.flatMap((l) => {
    const m = b.find(l);
    return m && m.by === "card" ? [[l.label, m.label.label] as [CardLabel["label"], CardLabel["label"]]] : [];
  });
}
