// The ranker's training data: each TRAIN fixture's gated, featured candidates (computed once; the
// features do not depend on the weights) with every rater's labels matched to them by what they
// test (lib/cards/eval/match.ts). Held-out books are never read.
// Since session 21 (fix21, late review 9) the candidates are those of EVERY chapter of the fixture's
// cleaned document, generated on the evaluation's own inputs (scripts/lib/cards-eval.ts
// generationInputs) by the pipeline's own call (shownChapter), and the labels are matched to them by
// the one path the floor's rows use (documentLabels, below): until then this read a fixture's first
// chapter only, with no title, no context on the candidates and no twin spreading, so the ranker and
// the floor fitted on labels matched two different ways. One entry per chapter (`part`); a fixture's
// gold list belongs to the whole document, so a consumer counts it once per fixture (part 0).
import { cardKey, matchLabels, sentenceKey, type CardLabel, type MatchCandidate, type MatchedBy } from "@/lib/cards/eval";
import { shownChapter, type ShownChapter } from "@/lib/cards/pipeline";
import type { Analysis } from "@/lib/cards/analyse";
import type { Ranked } from "@/lib/cards/select";
import type { RaterLabel } from "@/lib/cards/rank/training";
import { allLabelsOf, generationInputs, loadBooks, trainFixtures } from "./cards-eval";

/** `part`: the chapter's index in the fixture's document (0 for the first; most fixtures have one). `counts`: the document's, on part 0 (zeros on later parts), so sums over entries count each label once. */
export type FixtureData = {
  fixture: string;
  book: string;
  part: number;
  a: Analysis;
  ranked: Ranked[];
  /** Per candidate (index into `ranked`), its raters' labels, best match first. */
  labels: MatchedLabel[][];
  counts: { labels: number } & Record<MatchedBy, number>;
};

/** `reason`: the rater's reason code for an edit or reject (null for an accept). */
export type MatchedLabel = RaterLabel & { by: MatchedBy; reason?: string | null };

const ORDER: Record<MatchedBy, number> = { card: 0, fact: 1, answer: 2 };
const NO_COUNTS = { labels: 0, card: 0, fact: 0, answer: 0 };

/** Cross-kind matches ("answer") are kept, marked, so a fit can leave them out. */
export function loadTrainData(only: (fixture: string) => boolean = () => true): FixtureData[] {
  const books = loadBooks();
  return trainFixtures(books).filter(only).flatMap((fixture) => {
    const { chapters, options } = generationInputs(fixture, 40);
    const runs = chapters.map((ch) => shownChapter(ch, options));
    const { labels, counts } = documentLabels(runs, allLabelsOf(fixture));
    return runs.map((r, part) => ({ fixture, book: books.fixtures[fixture].book, part, a: r.a, ranked: r.ranked, labels: labels[part], counts: part === 0 ? counts : NO_COUNTS }));
  });
}

/**
 * The one label→candidate path of the fits (ranker, floor, context, worth): `labels` matched to every
 * candidate of a document's chapters (`runs`, in order) against one candidate list and one sentence
 * list, so a label finds its card in whichever chapter holds it; then spread to the candidates that
 * test the same thing. Per run, per ranked candidate, best match first; `counts` are the matcher's own
 * (before spreading).
 */
export function documentLabels(runs: Pick<ShownChapter, "a" | "ranked">[], all: CardLabel[]): { labels: MatchedLabel[][][]; counts: FixtureData["counts"] } {
  const offsets = runs.map((_, k) => runs.slice(0, k).reduce((n, r) => n + r.a.chapter.sentences.length, 0));
  const cands = runs.flatMap((r, k) => r.ranked.map((x) => ({ kind: x.c.kind, front: x.c.front, back: x.c.back, ...(x.c.context ? { context: x.c.context } : {}), sentence: offsets[k] + x.c.sentence })));
  const sentences = runs.flatMap((r) => r.a.chapter.sentences.map((s) => s.text));
  const { labels: found, counts } = matchedLabels(all, cands, sentences);
  const spread = spreadTwins(cands, found, sentences);
  const out: MatchedLabel[][][] = [];
  let base = 0;
  for (const r of runs) { out.push(spread.slice(base, base + r.ranked.length)); base += r.ranked.length; }
  return { labels: out, counts };
}

/**
 * The matcher gives a label to ONE candidate; eval:cards' lookup (lib/cards/eval/labels.ts LabelIndex)
 * gives it to every card with the same key. So every candidate takes the same-card labels of all
 * candidates with its text (cardKey: two routes to one front and back, 63 kept training cards,
 * floordata20), and the same-fact labels of all candidates with its fact (sentenceKey: kind, source
 * sentence, answer and context; a chapter that repeats a paragraph has the same fact twice, and a
 * reworded label once landed on the first chapter's twin only, late review 5). Cross-kind ("answer")
 * matches stay where the matcher put them.
 */
export function spreadTwins(cands: MatchCandidate[], found: MatchedLabel[][], sentences: string[]): MatchedLabel[][] {
  const group = (key: (c: MatchCandidate) => string, by: MatchedLabel["by"]) => {
    const m = new Map<string, MatchedLabel[]>();
    cands.forEach((c, i) => { const k = key(c); m.set(k, [...(m.get(k) ?? []), ...found[i].filter((l) => l.by === by)]); });
    return (c: MatchCandidate) => m.get(key(c))!;
  };
  const sameCard = group(cardKey, "card");
  const sameFact = group((c) => sentenceKey({ kind: c.kind, sentence: sentences[c.sentence] ?? "", back: c.back, context: c.context }), "fact");
  return cands.map((c, i) => [...sameCard(c), ...sameFact(c), ...found[i].filter((l) => l.by === "answer")]);
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
