// The publishability floor's training rows and its fitter, shared by scripts/fit-floor.ts (leave-one-
// book-out, the shipped weights), scripts/floor-curve.ts (leave-one-blind-set-out threshold curve) and
// scripts/word-floor.ts: one fitter, so the curve measures the model the floor ships. Per TRAIN fixture,
// the ranked candidates of EVERY chapter of its cleaned document with their floor vector, strict-first
// verdict (scripts/lib/rater-order.ts; same-card and same-fact matches, not cross-kind ones) and the gold
// facts each covers; `shown` are each chapter's top 40 in chapter order (`parts`: how many per chapter),
// and `kept` the ones the pipeline's current floors keep. The rows come from the pipeline's own call
// (lib/cards/pipeline.ts shownChapter, what generateCards turns into cards) on the evaluation's own inputs
// (scripts/lib/cards-eval.ts generationInputs: every chapter, the book's author, the document's title),
// so `kept` is card for card what eval:cards scores (tests/unit/cards/floor-data.test.ts).
// Until session 20 (floordata20) the rows read only a fixture's FIRST chapter (fixtureChapter), so the
// later chapters of the seven multi-chapter training fixtures (80 of the 1,491 cards eval:cards shows)
// were never fitted or scored; and a shown card whose text a second candidate also wrote could lose its
// same-card label to that twin (63 kept cards): see floorRowsOf.
// A floor is applied to each chapter on its own (perChapter), as the pipeline applies it.
// Labels are matched more widely than eval:cards' lookup (same-fact matches by sentence overlap and
// answer, and rater-b last in the chain), so a shown card may carry a verdict here that the eval counts
// as unlabelled: that is the fit's choice (more rows), not a difference in cards.
import type { CleanChapter } from "@/lib/chapters";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { fitLogistic } from "@/lib/cards/rank/fit";
import { shownChapter } from "@/lib/cards/pipeline";
import type { CardLabel, GoldFact } from "@/lib/cards/eval";
import { applyFloor, EXTRA_FEATURES, FLOOR_FEATURE_NAMES, floorVector, type FloorWeights } from "@/lib/cards/floor";
import { verdictOf, type Verdict } from "@/lib/cards/rank/training";
import { covers } from "../../tests/unit/cards/gold";
import { wordFeatures } from "@/lib/cards/floor/words";
import { documentLabels, type MatchedLabel } from "./ranker-data";
import { allLabelsOf, generationInputs, loadBooks, readGold, trainFixtures } from "./cards-eval";
import { PRECEDENCE } from "./lobo";

/**
 * `byRater`: each rater's first label of the card (same-card or same-fact match), for per-rater tallies;
 * `words`: the card's active word-floor features (lib/cards/floor/words.ts); `reason`: the verdict's reason code; `card`: its sides.
 */
export type FloorRow = { v: number[]; verdict: Verdict | null; facts: string[]; byRater: Record<string, Verdict>; words: string[]; reason: string | null; card: { kind: "qa" | "cloze"; front: string; back: string; context?: string } };
/** `parts`: shown cards per chapter of the fixture's document, in order (they sum to shown.length); `kept`: the pipeline's current floors' list. */
export type FloorChap = { fixture: string; book: string; gold: number; rows: FloorRow[]; shown: FloorRow[]; parts: number[]; kept: FloorRow[] };

/** `keep` run on each chapter's slice of a fixture's shown list on its own (a floor never sees another chapter's cards), concatenated. */
export function perChapter<T>(parts: number[], shown: T[], keep: (chapter: T[]) => T[]): T[] {
  const out: T[] = [];
  let at = 0;
  for (const n of parts) { out.push(...keep(shown.slice(at, at + n))); at += n; }
  return out;
}

/**
 * `keep` run on each chapter's share of `items`, a subset of a fixture's shown list in shown order
 * (`at`: an item's shown index), as perChapter runs it on the whole list: the chapter boundaries come
 * from `parts` alone, in one place (scripts/word-floor.ts once re-derived them, late review 12).
 */
export function perChapterBy<T>(parts: number[], items: T[], at: (x: T) => number, keep: (chapter: T[]) => T[]): T[] {
  let end = 0;
  return parts.flatMap((n) => { const from = end; end += n; return keep(items.filter((x) => at(x) >= from && at(x) < end)); });
}

/**
 * A floor at threshold `t` on a fixture's shown cards, as the pipeline applies one (lib/cards/pipeline.ts
 * shownChapter): each chapter alone, in "all" mode (a chapter whose cards all reach `t` keeps them all);
 * `t` ≥ 1 keeps everything. `perChapter`: the kept count of each chapter, not of the fixture (late
 * review 4 and 8: fit-floor used the default "sure" mode, which empties such a chapter, and counted a
 * multi-chapter fixture as one chapter).
 */
export function floorAt<T>(parts: number[], shown: T[], p: (x: T) => number, t: number): { kept: T[]; perChapter: number[] } {
  const perChapterCounts: number[] = [];
  const kept = perChapter(parts, shown, (s) => {
    const k = t >= 1 ? s : applyFloor(s, p, t, "all");
    perChapterCounts.push(k.length);
    return k;
  });
  return { kept, perChapter: perChapterCounts };
}

/** One document's floor rows: its chapters generated as the pipeline does with `options`, `labels` matched to every candidate, `gold` facts covered. */
export function floorRowsOf(chapters: CleanChapter[], options: { max: number; author?: string; title?: string }, labels: CardLabel[], gold: GoldFact[]): Omit<FloorChap, "fixture" | "book" | "gold"> {
  const runs = chapters.map((ch) => shownChapter(ch, options));
  // One candidate list and one sentence list for the document, so a label finds its card in whichever
  // chapter holds it; twins share labels (scripts/lib/ranker-data.ts documentLabels, the ranker's path too).
  const matched = documentLabels(runs, labels).labels;
  const rows: FloorRow[] = [], shown: FloorRow[] = [], kept: FloorRow[] = [], parts: number[] = [];
  for (const [k, r] of runs.entries()) {
    const mine = r.ranked.map((x, i) => {
      const ls = matched[k][i];
      const chosen = verdictOf(ls.filter((l) => l.by !== "answer"), PRECEDENCE) as MatchedLabel | null;
      const verdict = chosen?.label ?? null;
      // A rejected card teaches no fact (as scripts/lib/lobo.ts runBook counts recall).
      const byRater: Record<string, Verdict> = {};
      for (const l of ls) if (l.by !== "answer" && !(l.rater in byRater)) byRater[l.rater] = l.label;
      return { v: floorVector(x.c, x.x, x.p, r.a), words: wordFeatures(x.c, r.a), reason: chosen?.reason ?? null, verdict, facts: verdict === "reject" ? [] : gold.filter((f) => covers(x.c, f)).map((f) => f.id), byRater, card: { kind: x.c.kind, front: x.c.front, back: x.c.back, ...(x.c.context ? { context: x.c.context } : {}) } };
    });
    const index = new Map(r.ranked.map((x, i) => [x, i]));
    const sel = r.selected.map((x) => mine[index.get(x)!]);
    rows.push(...mine); shown.push(...sel); parts.push(sel.length); kept.push(...r.kept.map((i) => sel[i]));
  }
  return { rows, shown, parts, kept };
}

/** The TRAIN chapters `only` accepts (by fixture), as floor rows. */
export function loadFloorChapters(only: (fixture: string) => boolean = () => true): FloorChap[] {
  const books = loadBooks();
  return trainFixtures(books).filter(only).map((fixture) => {
    const gold = readGold(books.fixtures[fixture]) ?? [];
    const { chapters, options } = generationInputs(fixture, 40);
    return { fixture, book: books.fixtures[fixture].book, gold: gold.length, ...floorRowsOf(chapters, options, allLabelsOf(fixture), gold) };
  });
}

/** A floor feature's column; an unknown name (a typo in --features) throws rather than read as the last column. */
function extraIndex(f: string): number {
  const i = (EXTRA_FEATURES as readonly string[]).indexOf(f);
  if (i < 0) throw new Error(`unknown floor feature "${f}" (known: ${EXTRA_FEATURES.join(", ")})`);
  return FEATURE_NAMES.length + i;
}

/** The floor vector's columns a fit reads: every ranker feature, then `extras` (scripts/word-floor.ts reads the same). */
export const floorColumns = (extras: readonly string[]): number[] => [...Array(FEATURE_NAMES.length).keys(), ...extras.map(extraIndex)];

/** Floor weights (full vector order) fitted on `chapters`' labelled rows (every candidate, or only the shown ones), ranker features + `extras`. */
export function fitFloor(chapters: FloorChap[], extras: string[], lambda: number, rowsMode: "all" | "shown" | string = "all"): number[] {
  const cols = floorColumns(extras);
  const rows = chapters.flatMap((c) => (rowsMode === "shown" ? c.shown : c.rows)).filter((r) => r.verdict);
  const w = fitLogistic(rows.map((r) => cols.map((k) => r.v[k])), rows.map((r) => (r.verdict === "reject" ? 1 : 0)), { lambda });
  const full = new Array<number>(FLOOR_FEATURE_NAMES.length).fill(0);
  cols.forEach((k, j) => { full[k] = w[j]; });
  return full;
}

/** The weights file's shape (weights rounded to 3 places, as shipped). */
export const asFloorWeights = (w: number[], extras: string[], threshold = 1, source = ""): FloorWeights => ({ source, features: extras, threshold, weights: Object.fromEntries(FLOOR_FEATURE_NAMES.flatMap((f, i) => (w[i] ? [[f, Math.round(w[i] * 1000) / 1000]] : []))) });
