// Leave-one-BOOK-out for the ranker, shared by scripts/fit-cards.ts and scripts/fit-ranker.ts: the
// training rows of a set of books, the fit on them (plain or within-book), and one book's top 40
// under given weights with the verdicts its cards count under (strict raters first).
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { score, type Weights } from "@/lib/cards/rank/model";
import { fitLogistic, fitWithinGroups } from "@/lib/cards/rank/fit";
import { balanceGroups, combine, isStrict, STRICT_RATERS, verdictOf, type Target } from "@/lib/cards/rank/training";
import { select, type Ranked } from "@/lib/cards/select";
import { covers, type GoldFact } from "../../tests/unit/cards/gold";
import type { MatchedLabel } from "./ranker-data";
import { aucs, mean, type BookRun, type Chapter, type Oof } from "./fit-figures";
import { RATER_PRECEDENCE } from "./rater-order";

/** The verdict a shown card counts under: the first of these raters that labelled it (as `eval:cards --rater`). */
export const PRECEDENCE = RATER_PRECEDENCE;
const STRICT_FIRST = PRECEDENCE.filter(isStrict);

/**
 * `withinBook`: book indicators are fitted alongside the features, then dropped, so the weights say
 * what separates cards WITHIN a book (what a chapter's top 40 needs), not which books raters liked.
 * `crossKind`: a label of the other kind of the same fact counts too (off by default since session 5).
 * `balanced`: a card weighs once however many raters labelled it, and every book carries the same
 * total weight (lib/cards/rank/training.ts combine, balanceGroups), so the books with most labels
 * and most raters do not set the weights for the rest.
 * `strictOnly`: the developers' own (lenient) labels are left out altogether, so a card no strict
 * rater labelled is no row (`strictWeight: Infinity` still keeps those cards at weight 1).
 * `keep`: fewer features: a first fit on the same rows ranks the features by |weight × sd|, and the
 * fit is redone on the `keep` strongest (the rest held at 0), chosen anew in every fold.
 */
export type RankerConfig = { target: Target; strictWeight: number; lambda: number; withinBook?: boolean; crossKind?: boolean; balanced?: boolean; strictOnly?: boolean; keep?: number };
/** One train chapter: its gated, featured candidates, each one's matched labels, and its gold key facts. */
export type LoboChapter = { fixture: string; book: string; ranked: Ranked[]; labels: MatchedLabel[][]; gold: GoldFact[] };

export const configName = (c: RankerConfig) => `${c.target}, strict×${c.strictWeight}${c.crossKind ? ", cross-kind" : ""}, λ=${c.lambda}${c.withinBook ? ", within-book" : ""}${c.balanced ? ", balanced" : ""}${c.strictOnly ? ", strict labels only" : ""}${c.keep ? `, ${c.keep} features` : ""}`;

const used = (ls: MatchedLabel[], c: Pick<RankerConfig, "crossKind">) => (c.crossKind ? ls : ls.filter((l) => l.by !== "answer"));

/** The strict raters' verdict of a candidate (null when no strict rater labelled it). */
export const strictOf = (ls: MatchedLabel[], c: Pick<RankerConfig, "crossKind"> = {}) => verdictOf(used(ls, c).filter((l) => isStrict(l.rater)), STRICT_FIRST) as MatchedLabel | null;

/** One row per labelled candidate of the chapters `keep` accepts. */
export function rankerRows(data: LoboChapter[], c: RankerConfig, keep: (d: LoboChapter) => boolean) {
  const rows = data.filter(keep).flatMap((d) => d.labels.flatMap((ls, i) => {
    const r = combine(used(ls, c).filter((l) => !c.strictOnly || isStrict(l.rater)), c.target, c.strictWeight, c.balanced);
    return r ? [{ x: d.ranked[i].x, book: d.book, ...r }] : [];
  }));
  return c.balanced ? balanceGroups(rows, (r) => r.book) : rows;
}

export function fitRanker(data: LoboChapter[], c: RankerConfig, keep: (d: LoboChapter) => boolean, source = ""): Weights {
  const rows = rankerRows(data, c, keep);
  if (!rows.length) throw new Error(`no labelled candidates to fit the ranker on (${configName(c)})`);
  const y = rows.map((r) => r.y), opts = { lambda: c.lambda, sampleWeights: rows.map((r) => r.weight) };
  const fit = (X: number[][]) => (c.withinBook ? fitWithinGroups(X, y, rows.map((r) => r.book), opts) : fitLogistic(X, y, opts));
  let w = fit(rows.map((r) => r.x));
  if (c.keep) {
    const kept = strongest(rows.map((r) => r.x), w, c.keep);
    w = fit(rows.map((r) => r.x.map((v, k) => (kept.has(k) ? v : 0))));
  }
  return { source, weights: Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, Math.round(w[i] * 1000) / 1000])) };
}

/** The indices of the bias and the `k` features whose weight moves a score most (|weight × sd| over `X`'s rows). */
export function strongest(X: number[][], w: number[], k: number): Set<number> {
  const sdOf = (j: number) => { const m = X.reduce((s, x) => s + x[j], 0) / X.length; return Math.sqrt(X.reduce((s, x) => s + (x[j] - m) ** 2, 0) / X.length); };
  const order = w.map((v, j) => ({ j, c: j === 0 ? -1 : Math.abs(v * sdOf(j)) })).filter((e) => e.j > 0 && e.c > 0).sort((a, b) => b.c - a.c);
  return new Set([0, ...order.slice(0, k).map((e) => e.j)]);
}

/**
 * One book's chapters under `w`, uncut: each chapter's top `top` cards (score, verdict strict-first,
 * strict verdict, the gold facts it teaches) and the strict verdicts of all its labelled candidates.
 */
export function runBook(data: LoboChapter[], book: string, w: Weights, c: Pick<RankerConfig, "crossKind"> = {}, top = 40): BookRun {
  const chapters: Chapter[] = [], oof: Oof[] = [];
  for (const d of data.filter((x) => x.book === book)) {
    const index = new Map<object, number>();
    const pool = d.ranked.map((r, i) => { const o = { ...r, p: score(r.x, w) }; index.set(o, i); return o; });
    pool.forEach((r, i) => { const s = strictOf(d.labels[i], c); if (s) oof.push({ p: r.p, v: s.label, reason: s.reason ?? null }); });
    const shown = select(pool, top).map((r) => {
      const ls = used(d.labels[index.get(r)!], c), v = verdictOf(ls, PRECEDENCE)?.label ?? null;
      // A rejected card teaches no fact: recall counts the key facts of cards not rejected.
      return { p: r.p, verdict: v, strict: strictOf(ls)?.label ?? null, facts: v === "reject" ? [] : d.gold.filter((f) => covers(r.c, f)).map((f) => f.id), card: `${d.fixture}\t${r.c.front}\t${r.c.back}` };
    });
    // A fixture's later chapters (scripts/lib/ranker-data.ts, one entry per chapter) join its first:
    // its gold list is the whole document's, counted once, as eval:cards counts recall per fixture.
    const prev = chapters.at(-1);
    if (prev && prev.fixture === d.fixture) prev.shown.push(...shown);
    else chapters.push({ fixture: d.fixture, gold: d.gold.length, shown });
  }
  return { book, chapters, oof };
}

/** The score under `w` and the strict verdict of every strictly labelled candidate of `book` (no selection). */
export function strictScores(data: LoboChapter[], book: string, w: Weights, c: Pick<RankerConfig, "crossKind"> = {}): Oof[] {
  return data.filter((x) => x.book === book).flatMap((d) => d.labels.flatMap((ls, i) => {
    const s = strictOf(ls, c);
    return s ? [{ p: score(d.ranked[i].x, w), v: s.label, reason: s.reason ?? null }] : [];
  }));
}

/**
 * A setting's leave-one-book-out merit over `books`: mean AUC accept + mean AUC reject on their strict
 * labels. `memo` shares fits between calls on the same data: in nested leave-one-book-out the fit
 * without books X and Y serves both the fold of X and that of Y, so it is made once.
 */
export function settingMerit(data: LoboChapter[], books: string[], c: RankerConfig, memo?: Map<string, Weights>): number {
  const fitWithout = (b: string) => {
    const key = `${configName(c)}\u0000${[...new Set(data.map((d) => d.book))].filter((x) => !books.includes(x) || x === b).sort().join("\u0000")}`;
    const hit = memo?.get(key);
    if (hit) return hit;
    const w = fitRanker(data, c, (d) => d.book !== b && books.includes(d.book));
    memo?.set(key, w);
    return w;
  };
  const per = books.map((b) => aucs(strictScores(data, b, fitWithout(b), c)));
  return (mean(per.map((a) => a.a)) || 0.5) + (mean(per.map((a) => a.r)) || 0.5);
}

/**
 * Nested leave-one-book-out: for each book, the setting is chosen among `configs` by leave-one-book-out
 * over the OTHER books only (settingMerit), fitted on them, and the book's top 40 shown under it, so
 * neither the fit nor the choice of setting has seen the book it is judged on.
 */
export function nestedLeaveOneBookOut(all: LoboChapter[] | ((book: string) => LoboChapter[]), books: string[], configs: RankerConfig[], onBook?: (book: string, chosen: RankerConfig) => void): BookRun[] {
  // One data set for every fold (fit-ranker): the fit without two books serves both their folds.
  const memo = new Map<string, Weights>();
  return books.map((b) => {
    // `all` as a function: each left-out book's own candidates of every chapter (fit-cards: the
    // pipeline run under span weights fitted without that book), so the span model is nested too.
    const data = typeof all === "function" ? all(b) : all;
    const others = books.filter((x) => x !== b);
    const chosen = configs.map((c) => ({ c, m: settingMerit(data, others, c, typeof all === "function" ? undefined : memo) })).sort((x, y) => y.m - x.m)[0].c;
    onBook?.(b, chosen);
    return runBook(data, b, fitRanker(data, chosen, (d) => d.book !== b), chosen);
  });
}

/** Each book's run under a ranker fitted on the other books only. */
export const leaveOneBookOut = (data: LoboChapter[], books: string[], c: RankerConfig): BookRun[] =>
  books.map((b) => runBook(data, b, fitRanker(data, c, (d) => d.book !== b), c));

/** The user sample's facts that must stay in its top 40 (tests/unit/cards/pipeline/quality.test.ts checks them too). */
export const USER_FACTS = ["tsaritsyn", "septemvirate", "septemvirate-role"];
/** Whether the user-sample chapter's top 40 under `w` (and its cut, if any) still teaches every USER_FACTS fact. */
export function userSampleKeeps(data: LoboChapter[], isUserSample: (fixture: string) => boolean, w: Weights): boolean {
  const d = data.find((x) => isUserSample(x.fixture));
  if (!d) throw new Error("the user sample is not among the train chapters");
  const shown = select(d.ranked.map((r) => ({ ...r, p: score(r.x, w) })), 40, w);
  return USER_FACTS.every((id) => {
    const fact = d.gold.find((g) => g.id === id);
    if (!fact) throw new Error(`the user sample's gold list has no fact ${id}`);
    return shown.some((r) => covers(r.c, fact));
  });
}
