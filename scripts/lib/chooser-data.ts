// The within-sentence chooser's data (scripts/chooser-audit.ts): each TRAIN chapter's CURRENT pool
// (lib/cards/pipeline's rankedCandidates: every candidate that passes the gates, ranked), each
// candidate's strict-first verdict (strict raters only; an earlier generator's identical card counts),
// and which candidate of its sentence today's selection shows. Held-out books are never read
// (trainFixtures); `only` keeps the check set out while developing.
import { analyseChapter } from "@/lib/cards/analyse";
import { matchLabels, sentenceFinder } from "@/lib/cards/eval";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { rank, DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { blindSets } from "./blind-sets";
import type { Pair } from "./pairwise";
import { isStrict, verdictOf, type Verdict } from "@/lib/cards/rank/training";
import { select, type Ranked } from "@/lib/cards/select";
import { allLabelsOf, fixtureChapter, fixtureOptions, loadBooks, trainFixtures } from "./cards-eval";
import { asCandidate, STRICT_FIRST } from "./standalone-data";

/** The chooser's check set (a blind set of session 14): no fit reads it; its figures are reported apart. */
export const CHECK_SET = "14b";
/** A verdict as a grade: the better-labelled card has the higher one. */
export const GRADE: Record<Verdict, number> = { accept: 2, edit: 1, reject: 0 } as Record<Verdict, number>;

export type ChooserCand = { x: number[]; p: number; grade: number | null; front: string; back: string };
/** `current`: index (in `cands`) of the card today's selection shows for this sentence (max 1000, no cut), or -1. `shown`: also in the top 40 after the cut. */
export type ChooserSentence = { fixture: string; book: string; sentence: number; cands: ChooserCand[]; current: number; shown: boolean };

export function loadChooserData(only: (fixture: string) => boolean = () => true): ChooserSentence[] {
  const books = loadBooks();
  const out: ChooserSentence[] = [];
  for (const fixture of trainFixtures(books).filter(only)) {
    const chapter = fixtureChapter(fixture);
    const { ranked } = rankedCandidates(chapter, DEFAULT_WEIGHTS, { author: fixtureOptions(fixture).author });
    const labels = allLabelsOf(fixture).filter((l) => isStrict(l.rater));
    const byCand: { rater: string; label: Verdict }[][] = ranked.map(() => []);
    const matches = matchLabels(labels, ranked.map((r, i) => ({ kind: r.c.kind, front: r.c.front, back: r.c.back, context: r.c.context, sentence: r.c.sentence, i })), chapter.sentences.map((s) => s.text), { crossKind: false });
    for (const m of matches) byCand[m.card.i].push({ rater: m.label.rater, label: m.label.label });
    const all = select(ranked, 1000, {}), top = new Set(select(ranked, 40, DEFAULT_WEIGHTS));
    const pick = new Map<number, Ranked>(all.map((r) => [r.c.sentence, r]));
    const bySentence = new Map<number, number[]>();
    ranked.forEach((r, i) => bySentence.set(r.c.sentence, [...(bySentence.get(r.c.sentence) ?? []), i]));
    for (const [sentence, idx] of bySentence) {
      const cands = idx.map((i) => { const v = verdictOf(byCand[i], STRICT_FIRST); return { x: ranked[i].x, p: ranked[i].p, grade: v ? GRADE[v.label as Verdict] : null, front: ranked[i].c.front, back: ranked[i].c.back }; });
      const chosen = pick.get(sentence);
      const current = chosen ? idx.indexOf(ranked.indexOf(chosen)) : -1;
      out.push({ fixture, book: books.fixtures[fixture].book, sentence, cands, current, shown: !!chosen && top.has(chosen) });
    }
  }
  return out;
}

/** Sentences with two or more candidates labelled with different verdicts. */
export const disputed = (s: ChooserSentence) => new Set(s.cands.map((c) => c.grade).filter((g) => g !== null)).size >= 2;

/** What a pick is: the best-labelled card of its sentence, a worse-labelled one, an unlabelled one, or none shown. */
export function pickFate(s: ChooserSentence, i: number): "best" | "worse" | "unlabelled" | "none" {
  if (i < 0) return "none";
  const g = s.cands[i].grade;
  if (g === null) return "unlabelled";
  return g === Math.max(...s.cands.map((c) => c.grade ?? -1)) ? "best" : "worse";
}

/**
 * Every pair of strictly labelled cards (any generator's; each card's strict-first verdict) from
 * the same sentence with different verdicts, the better-labelled as `hi`. Each card is re-analysed
 * from its sentence with the ranker's features; its question type and answer kind are GUESSED as
 * by ./standalone-data.ts asCandidate (a question is "what", an answer of more than six words a clause), so
 * the type features are rough. `set` is the blind set of the card's book, or "other".
 */
export function labelledPairs(only: (fixture: string) => boolean = () => true): (Pair & { key: string; pHi: number; pLo: number })[] {
  const books = loadBooks(), sets = blindSets(books);
  const setOf = (book: string) => [...sets].find(([, ids]) => ids.includes(book))?.[0] ?? "other";
  const out: (Pair & { key: string; pHi: number; pLo: number })[] = [];
  for (const fixture of trainFixtures(books).filter(only)) {
    const labels = allLabelsOf(fixture).filter((l) => isStrict(l.rater));
    if (!labels.length) continue;
    const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
    const find = sentenceFinder(a.chapter.sentences.map((s) => s.text));
    const cards = new Map<string, typeof labels>();
    for (const l of labels) { const k = `${l.kind}\u0000${l.front}\u0000${l.back}`; cards.set(k, [...(cards.get(k) ?? []), l]); }
    const bySentence = new Map<number, { grade: number; p: number; x: number[] }[]>();
    for (const ls of cards.values()) {
      const v = verdictOf(ls, STRICT_FIRST) as (typeof ls)[number] | null;
      const c = v ? asCandidate(v, a, find) : null;
      if (!v || !c) continue;
      const i = c.sentence;
      const [r] = rank([c], a, DEFAULT_WEIGHTS);
      bySentence.set(i, [...(bySentence.get(i) ?? []), { grade: GRADE[v.label as Verdict], p: r.p, x: r.x }]);
    }
    const book = books.fixtures[fixture].book;
    for (const [sentence, cs] of bySentence) {
      for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) {
        if (cs[i].grade === cs[j].grade) continue;
        const [hi, lo] = cs[i].grade > cs[j].grade ? [cs[i], cs[j]] : [cs[j], cs[i]];
        out.push({ book, set: setOf(book), key: `${fixture}#${sentence}`, hi: hi.x, lo: lo.x, pHi: hi.p, pLo: lo.p });
      }
    }
  }
  return out;
}
