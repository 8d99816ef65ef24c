// The ranker's training data: each TRAIN fixture's gated, featured candidates (computed once; the
// features do not depend on the weights) with every rater's labels matched to them by what they
// test (lib/cards/eval/match.ts). Held-out books are never read.
import { matchLabels, type CardLabel, type MatchCandidate, type MatchedBy } from "@/lib/cards/eval";
import { rankedCandidates } from "@/lib/cards/pipeline";
import type { Analysis } from "@/lib/cards/analyse";
import type { Ranked } from "@/lib/cards/select";
import type { RaterLabel } from "@/lib/cards/rank/training";
import { allLabelsOf, fixtureChapter, loadBooks, trainFixtures, fixtureOptions } from "./cards-eval";

export type FixtureData = {
  fixture: string;
  book: string;
  a: Analysis;
  ranked: Ranked[];
  /** Per candidate (index into `ranked`), its raters' labels, best match first. */
  labels: MatchedLabel[][];
  counts: { labels: number } & Record<MatchedBy, number>;
};

/** `reason`: the rater's reason code for an edit or reject (null for an accept). */
export type MatchedLabel = RaterLabel & { by: MatchedBy; reason?: string | null };

const ORDER: Record<MatchedBy, number> = { card: 0, fact: 1, answer: 2 };

/** Cross-kind matches ("answer") are kept, marked, so a fit can leave them out. */
export function loadTrainData(only: (fixture: string) => boolean = () => true): FixtureData[] {
  const books = loadBooks();
  return trainFixtures(books).filter(only).map((fixture) => {
    const { a, ranked } = rankedCandidates(fixtureChapter(fixture), undefined, fixtureOptions(fixture));
    const cands = ranked.map((r) => ({ kind: r.c.kind, front: r.c.front, back: r.c.back, sentence: r.c.sentence }));
    const { labels, counts } = matchedLabels(allLabelsOf(fixture), cands, a.chapter.sentences.map((s) => s.text));
    return { fixture, book: books.fixtures[fixture].book, a, ranked, labels, counts };
  });
}

/** Every label matched to `cands` (lib/cards/eval/match.ts, cross-kind matches kept and marked): per candidate, best match first. */
export function matchedLabels(all: CardLabel[], cands: MatchCandidate[], sentences: string[]): { labels: MatchedLabel[][]; counts: FixtureData["counts"] } {
  const indexed = cands.map((c, i) => ({ ...c, i }));
  const matches = matchLabels(all, indexed, sentences, { crossKind: true }).sort((x, y) => ORDER[x.by] - ORDER[y.by]);
  const labels: MatchedLabel[][] = cands.map(() => []);
  const counts = { labels: all.length, card: 0, fact: 0, answer: 0 };
  for (const m of matches) {
    labels[m.card.i].push({ rater: m.label.rater, label: m.label.label, by: m.by, reason: m.label.reason });
    counts[m.by]++;
  }
  return { labels, counts };
}
