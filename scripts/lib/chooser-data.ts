// The within-sentence chooser's data (scripts/chooser-audit.ts): each TRAIN chapter's CURRENT pool
// (lib/cards/pipeline's rankedCandidates: every candidate that passes the gates, ranked), each
// candidate's strict-first verdict (strict raters only; an earlier generator's identical card counts),
// and which candidate of its sentence today's selection shows. Held-out books are never read
// (trainFixtures); `only` keeps the check set out while developing.
import { matchLabels } from "@/lib/cards/eval";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { isStrict, verdictOf, type Verdict } from "@/lib/cards/rank/training";
import { select, type Ranked } from "@/lib/cards/select";
import { allLabelsOf, fixtureChapter, fixtureOptions, loadBooks, trainFixtures } from "./cards-eval";
import { RATER_PRECEDENCE } from "./rater-order";

const STRICT_FIRST = RATER_PRECEDENCE.filter(isStrict);
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
      out.push({ fixture, book: books.fixtures[fixture].book, sentence, cands, current, shown: !!chosen && [...top].some((t) => t === chosen) });
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
