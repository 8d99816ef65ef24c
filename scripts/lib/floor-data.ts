// The publishability floor's training rows and its fitter, shared by scripts/fit-floor.ts (leave-one-
// book-out, the shipped weights) and scripts/floor-curve.ts (leave-one-blind-set-out threshold curve):
// one fitter, so the curve measures the model the floor ships. Each TRAIN chapter's ranked candidates
// with their floor vector, strict-first verdict (scripts/lib/rater-order.ts; same-card and same-fact
// matches, not cross-kind ones) and the gold facts each covers; `shown` are the top 40 under the
// shipped ranker (what the plain floor then thins).
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { fitLogistic } from "@/lib/cards/rank/fit";
import { select } from "@/lib/cards/select";
import { EXTRA_FEATURES, FLOOR_FEATURE_NAMES, floorVector, type FloorWeights } from "@/lib/cards/floor";
import { verdictOf, type Verdict } from "@/lib/cards/rank/training";
import { covers } from "../../tests/unit/cards/gold";
import { wordFeatures } from "@/lib/cards/floor/words";
import { loadTrainData, type MatchedLabel } from "./ranker-data";
import { loadBooks, readGold } from "./cards-eval";
import { PRECEDENCE } from "./lobo";

/**
 * `byRater`: each rater's first label of the card (same-card or same-fact match), for per-rater tallies;
 * `words`: the card's active word-floor features (lib/cards/floor/words.ts); `reason`: the verdict's reason code.
 */
export type FloorRow = { v: number[]; verdict: Verdict | null; facts: string[]; byRater: Record<string, Verdict>; words: string[]; reason: string | null };
export type FloorChap = { fixture: string; book: string; gold: number; rows: FloorRow[]; shown: FloorRow[] };

/** The TRAIN chapters `only` accepts (by fixture), as floor rows. */
export function loadFloorChapters(only: (fixture: string) => boolean = () => true): FloorChap[] {
  const entries = loadBooks().fixtures;
  return loadTrainData(only).map((d) => {
    const gold = readGold(entries[d.fixture]) ?? [];
    const rows: FloorRow[] = d.ranked.map((r, i) => {
      const chosen = verdictOf(d.labels[i].filter((l) => l.by !== "answer"), PRECEDENCE) as MatchedLabel | null;
      const verdict = chosen?.label ?? null;
      // A rejected card teaches no fact (as scripts/lib/lobo.ts runBook counts recall).
      const byRater: Record<string, Verdict> = {};
      for (const l of d.labels[i]) if (l.by !== "answer" && !(l.rater in byRater)) byRater[l.rater] = l.label;
      return { v: floorVector(r.c, r.x, r.p, d.a), words: wordFeatures(r.c, d.a), reason: chosen?.reason ?? null, verdict, facts: verdict === "reject" ? [] : gold.filter((f) => covers(r.c, f)).map((f) => f.id), byRater };
    });
    const index = new Map(d.ranked.map((r, i) => [r, i]));
    const shown = select(d.ranked, 40, DEFAULT_WEIGHTS).map((r) => rows[index.get(r)!]);
    return { fixture: d.fixture, book: d.book, gold: gold.length, rows, shown };
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
