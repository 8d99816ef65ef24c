// Does a floor that reads the card's words (lib/cards/floor/words.ts) separate the strict raters'
// rejects better than the shipped floor's ~40 hand-made features? (session 20, floor20; evaluation and
// operating rule in docs/card-generator.md "Session 20: a floor that reads the card's words", committed
// before any figure.) Same rows for every model (scripts/lib/floor-data.ts: every TRAIN chapter's
// labelled candidates to fit, its shown top 40 to score):
//   A  the shipped floor's features (ranker's + weights.json `features`) refitted
//   B  A + the word family          C  the word family alone
// Leave-one-BOOK-out figures (λ per model from a fixed grid by mean per-book AUC); then
// leave-one-BLIND-SET-out (scripts/lib/blind-sets.ts) AUC per set and pooled, which decides, each set
// scored by a fit whose λ was chosen inside its fold (leave-one-book-out over the other sets' books
// only, scripts/lib/nested-lambda.ts; session 20 review); then the operating curve of the best word
// model as an extra cut on the current floors' list, and the threshold by the committed rule.
// Every fit starts from zero (no warm start from a fit that saw the scored books).
// Held-out books are never read.
//   npx tsx scripts/word-floor.ts [--cache /tmp/rows.json] [--lambda 0.25,0.5,1,2,4,8,16,32,64] [--write]
//   --write   write lib/cards/floor/word-weights.json (only when the bar and the rule pass)
// Exploratory variants (after the committed run; figures reported apart, not a ship route):
//   --min-support 50        a higher support floor for word columns (answer patterns: the larger of it and 30)
//   --families first3,tag   only these word families (prefix before ":" — first3, front, in-answer, tag1,
//                           tag2, open, kind, qword, before-blank, after-blank, answer-pos, answer-first, answer-last)
//   --rows shown            fit on the shown labelled cards only
import { writeFileSync } from "node:fs";
import path from "node:path";
import { auc } from "@/lib/cards/rank/fit";
import { applyFloor, FLOOR_FEATURE_NAMES, FLOOR_WEIGHTS, rejectProbability, PLAIN_FLOOR_AT, DEEP_FLOOR_AT } from "@/lib/cards/floor";
import { floorColumns, loadFloorChapters, perChapter, perChapterBy, type FloorRow } from "./lib/floor-data";
import { fitSparseLogistic, sparseProbability, type SparseRow } from "./lib/sparse-logistic";
import { blindSets } from "./lib/blind-sets";
import { LAMBDA_GRID, nestedLambdaFolds } from "./lib/nested-lambda";
import { checkoutKey, readRowsCache, writeRowsCache } from "./lib/rows-cache";
import { loadBooks } from "./lib/cards-eval";
import { arg } from "./lib/args";
import { addChapter, admissible as withinRecall, aer, emptyKept, pct, recall, value, type KeptTally as Tally } from "./lib/floor-rule";
import { positive, type ContextTarget as Target } from "./lib/context-fit";

const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "—");

// 1. Rows (cached: loading runs the pipeline on every train chapter).
type Chap = { fixture: string; book: string; gold: number; rows: FloorRow[]; shown: number[]; parts: number[] };
// The cache is reused only when written at this checkout (scripts/lib/rows-cache.ts): same commit, same
// uncommitted changes to the code and fixtures; otherwise it is rebuilt and overwritten.
const cache = arg("--cache");
const key = cache ? checkoutKey() : null;
const cached = cache ? readRowsCache<Chap[]>(cache, key) : null;
if (cache) console.log(cached ? `rows from ${cache}` : `rows built${key ? ` (cache ${cache} missing or stale)` : " (not a git checkout: no cache)"}`);
const chapters: Chap[] = cached ?? loadFloorChapters().map((c) => { const at = new Map(c.rows.map((r, i) => [r, i])); return { fixture: c.fixture, book: c.book, gold: c.gold, rows: c.rows, shown: c.shown.map((r) => at.get(r)!), parts: c.parts }; });
if (cache && !cached) writeRowsCache(cache, key, chapters);
const books = [...new Set(chapters.map((c) => c.book))];
const labelledRows = chapters.flatMap((c) => c.rows.filter((r) => r.verdict));
console.log(`${chapters.length} train chapters of ${books.length} books; ${labelledRows.length} labelled candidates; ${chapters.reduce((n, c) => n + c.shown.length, 0)} shown (${secs()})`);

// 2. Columns. The word vocabulary is fixed by support alone (label-free): a name on ≥ 20 labelled
// training rows, an answer POS pattern on ≥ 30 (rarer patterns pooled as "answer-pos:other").
const minSupport = Number(arg("--min-support") ?? 20);
const families = arg("--families")?.split(",");
const fitRows = arg("--rows") ?? "all";
const support = new Map<string, number>();
for (const r of labelledRows) for (const w of r.words) support.set(w, (support.get(w) ?? 0) + 1);
const wordName = (w: string) => (w.startsWith("answer-pos:") && (support.get(w) ?? 0) < 30 ? "answer-pos:other" : w);
for (const r of labelledRows) for (const w of new Set(r.words.map(wordName))) if (w === "answer-pos:other") support.set(w, (support.get(w) ?? 0) + 1);
const VOCAB = [...support].filter(([w, n]) => n >= (w.startsWith("answer-pos:") ? Math.max(30, minSupport) : minSupport) && wordName(w) === w)
  .map(([w]) => w).filter((w) => !families || families.includes(w.slice(0, w.indexOf(":")))).sort();
// The shipped floor's columns, as its fitter takes them (an unknown feature name throws).
const shippedCols = floorColumns(FLOOR_WEIGHTS.features);
console.log(`word vocabulary: ${VOCAB.length} columns (${VOCAB.filter((w) => /^(first3|front|in-answer):[a-z]/.test(w)).length} function-word columns); shipped columns ${shippedCols.length}`);
type Model = "A" | "B" | "C";
const MODELS: Model[] = ["A", "B", "C"];
const vocabAt = (m: Model) => new Map(VOCAB.map((w, k) => [w, (m === "C" ? 1 : shippedCols.length) + k]));
const dims: Record<Model, number> = { A: shippedCols.length, B: shippedCols.length + VOCAB.length, C: 1 + VOCAB.length };
const at = { A: vocabAt("A"), B: vocabAt("B"), C: vocabAt("C") };
function design(r: FloorRow, m: Model): SparseRow {
  const i: number[] = [], x: number[] = [];
  if (m === "C") { i.push(0); x.push(1); }
  else shippedCols.forEach((c, k) => { if (r.v[c]) { i.push(k); x.push(r.v[c]); } });
  if (m !== "A") for (const w of new Set(r.words.map(wordName))) { const k = at[m].get(w); if (k !== undefined) { i.push(k); x.push(1); } }
  return { i, x };
}
// Precomputed designs, per chapter.
const X = new Map<Model, SparseRow[][]>(MODELS.map((m) => [m, chapters.map((c) => c.rows.map((r) => design(r, m)))]));

const yOf = (r: FloorRow, t: Target) => (positive(r, t) ? 1 : 0);
function fit(m: Model, keep: (c: Chap) => boolean, lambda: number, target: Target = "reject"): Float64Array {
  const rows: SparseRow[] = [], y: number[] = [];
  chapters.forEach((c, ci) => {
    if (!keep(c)) return;
    const shown = new Set(c.shown);
    c.rows.forEach((r, ri) => { if (r.verdict && (fitRows === "all" || shown.has(ri))) { rows.push(X.get(m)![ci][ri]); y.push(yOf(r, target)); } });
  });
  return fitSparseLogistic(rows, y, dims[m], lambda);
}
/** Chapters of `group` scored (into `scores[ci][k]`, chapter ci's k-th shown card) by a fit, from zero, on the chapters of `train` books. */
function scoreFold(m: Model, train: readonly string[], group: readonly string[], lambda: number, target: Target, scores: number[][]): void {
  const w = fit(m, (c) => train.includes(c.book), lambda, target);
  chapters.forEach((c, ci) => { if (group.includes(c.book)) scores[ci] = c.shown.map((k) => sparseProbability(X.get(m)![ci][k], w)); });
}
/** Score of every shown card: `scores[ci][k]` for chapter ci's k-th shown card; chapters of a fold scored by the fold's fit. */
function foldScores(m: Model, groups: string[][], lambda: number, target: Target = "reject"): number[][] {
  const scores: number[][] = chapters.map(() => []);
  for (const g of groups) scoreFold(m, books.filter((b) => !g.includes(b)), g, lambda, target, scores);
  return scores;
}
const aucOver = (scores: number[][], which: (c: Chap) => boolean, target: Target = "reject") => {
  const s: number[] = [], y: boolean[] = [];
  chapters.forEach((c, ci) => { if (which(c)) c.shown.forEach((k, j) => { const r = c.rows[k]; if (r.verdict) { s.push(scores[ci][j]); y.push(yOf(r, target) === 1); } }); });
  return auc(s, y);
};
const meanBookAuc = (scores: number[][], over: readonly string[] = books) => { const xs = over.map((b) => aucOver(scores, (c) => c.book === b)).filter(Number.isFinite); return xs.reduce((a, b) => a + b, 0) / xs.length; };
/**
 * Leave-one-group-out scores with λ chosen inside each fold: by leave-one-book-out mean per-book AUC
 * over the fold's training books only, then one fit on all of them with that λ for the group.
 */
function nestedFoldScores(m: Model, groups: string[][], target: Target = "reject"): { scores: number[][]; lambdas: number[] } {
  const scores: number[][] = chapters.map(() => []);
  const folds = nestedLambdaFolds(books, groups, lambdas, (train, l) => {
    const inner: number[][] = chapters.map(() => []);
    for (const b of train) scoreFold(m, train.filter((x) => x !== b), [b], l, target, inner);
    return meanBookAuc(inner, train);
  }, (train, l, g) => scoreFold(m, train, g, l, target, scores));
  return { scores, lambdas: folds.map((f) => f.lambda) };
}

// 3. Leave-one-book-out: λ per model, per-book and pooled AUC.
const lambdas = arg("--lambda")?.split(",").map(Number) ?? [...LAMBDA_GRID];
const lobo = new Map<Model, { lambda: number; scores: number[][]; mean: number }>();
for (const m of MODELS) {
  for (const l of lambdas) {
    const scores = foldScores(m, books.map((b) => [b]), l), mean = meanBookAuc(scores);
    console.log(`LOBO ${m} λ=${l}: mean per-book AUC ${f3(mean)}, pooled ${f3(aucOver(scores, () => true))} (${secs()})`);
    if (!lobo.has(m) || mean > lobo.get(m)!.mean) lobo.set(m, { lambda: l, scores, mean });
  }
}
console.log(`\nLeave-one-BOOK-out, chosen λ: ${MODELS.map((m) => `${m} λ=${lobo.get(m)!.lambda} mean ${f3(lobo.get(m)!.mean)} pooled ${f3(aucOver(lobo.get(m)!.scores, () => true))}`).join("; ")}`);
console.log(`| book | labelled shown | rejects | A | B | C |\n| --- | --- | --- | --- | --- | --- |`);
for (const b of books) {
  const l = chapters.filter((c) => c.book === b).flatMap((c) => c.shown.map((k) => c.rows[k]).filter((r) => r.verdict));
  console.log(`| ${b} | ${l.length} | ${l.filter((r) => r.verdict === "reject").length} | ${MODELS.map((m) => f3(aucOver(lobo.get(m)!.scores, (c) => c.book === b))).join(" | ")} |`);
}

// 4. Leave-one-BLIND-SET-out (decides).
const bookMeta = loadBooks();
const sets = [...blindSets(bookMeta)];
const inSets = (c: Chap) => sets.some(([, ids]) => ids.includes(c.book));
const nested = new Map(MODELS.map((m) => [m, nestedFoldScores(m, sets.map(([, ids]) => ids))]));
const loso = new Map<Model, number[][]>(MODELS.map((m) => [m, nested.get(m)!.scores]));
console.log(`\nλ chosen inside each leave-one-set-out fold (sets ${sets.map(([s]) => s).join(", ")}): ${MODELS.map((m) => `${m} ${nested.get(m)!.lambdas.join(",")}`).join("; ")} (${secs()})`);
console.log(`\nLeave-one-BLIND-SET-out AUC, reject vs accept-or-edit over each set's shown labelled cards (${secs()}):\n| set | labelled shown | rejects | A (shipped refit) | B (A + words) | C (words) | shipped weights |\n| --- | --- | --- | --- | --- | --- | --- |`);
const shippedP = chapters.map((c) => c.shown.map((k) => rejectProbability(c.rows[k].v, FLOOR_WEIGHTS)));
const wins = { B: 0, C: 0 };
for (const [s, ids] of sets) {
  const which = (c: Chap) => ids.includes(c.book);
  const l = chapters.filter(which).flatMap((c) => c.shown.map((k) => c.rows[k]).filter((r) => r.verdict));
  const a = MODELS.map((m) => aucOver(loso.get(m)!, which));
  if (a[1] > a[0]) wins.B++;
  if (a[2] > a[0]) wins.C++;
  console.log(`| ${s} | ${l.length} | ${l.filter((r) => r.verdict === "reject").length} | ${a.map(f3).join(" | ")} | ${f3(aucOver(shippedP, which))} |`);
}
const pooledLoso = Object.fromEntries(MODELS.map((m) => [m, aucOver(loso.get(m)!, inSets)])) as Record<Model, number>;
console.log(`| pooled | | | ${MODELS.map((m) => f3(pooledLoso[m])).join(" | ")} | ${f3(aucOver(shippedP, inSets))} |`);
console.log(`sets where B beats A: ${wins.B} of ${sets.length}; C beats A: ${wins.C} of ${sets.length}`);

// The "not-standalone reject" target alone, for information: B fitted on it, judged on it and on reject.
{
  const ns = nestedFoldScores("B", sets.map(([, ids]) => ids), "not-standalone").scores;
  console.log(`\nB fitted on "not-standalone reject" alone, leave-one-set-out: AUC on that target ${f3(aucOver(ns, inSets, "not-standalone"))} (B on reject: ${f3(aucOver(loso.get("B")!, inSets, "not-standalone"))}); AUC on any reject ${f3(aucOver(ns, inSets))}`);
}

// 5. The bar (committed): pooled LOSO AUC ≥ A's + 0.03 and higher on ≥ 7 of 12 sets.
const candidates = (["B", "C"] as const).filter((m) => pooledLoso[m] >= pooledLoso.A + 0.03 && wins[m] >= 7);
const best: Model = candidates.sort((x, y) => pooledLoso[y] - pooledLoso[x])[0] ?? (pooledLoso.B >= pooledLoso.C ? "B" : "C");
console.log(`\nbar (pooled LOSO AUC ≥ A + 0.03 and higher on ≥ 7 of ${sets.length} sets): ${candidates.length ? `passed by ${candidates.join(", ")}` : "NOT passed"}; curve below for ${best}`);

// 6. Operating curve of `best` as an extra cut on the current floors' list (plain then deep, shipped weights).
const current = (ci: number) => perChapter(chapters[ci].parts, chapters[ci].shown.map((_, j) => j), (idx) => applyFloor(applyFloor(idx, (j) => shippedP[ci][j], PLAIN_FLOOR_AT, "all"), (j) => shippedP[ci][j], DEEP_FLOOR_AT, "all"));
function tally(which: (c: Chap) => boolean, scores: number[][], t: number, replace = false): Tally {
  const out = emptyKept();
  chapters.forEach((c, ci) => {
    if (!which(c)) return;
    const base = replace ? c.shown.map((_, j) => j) : current(ci);
    // `base` holds shown indices in shown order: each chapter's share is cut on its own.
    const kept = t >= 1 ? base : perChapterBy(c.parts, base, (j) => j, (s) => applyFloor(s, (j) => scores[ci][j], t, "all"));
    addChapter(out, c.shown.length, c.gold, kept.map((j) => c.rows[c.shown[j]]));
  });
  return out;
}
{
  // What an extra cut sees: AUC among the cards the current floors already keep (leave-one-set-out scores).
  const keptAuc = (scores: number[][]) => { const s: number[] = [], y: boolean[] = []; chapters.forEach((c, ci) => { if (!inSets(c)) return; for (const j of current(ci)) { const r = c.rows[c.shown[j]]; if (r.verdict) { s.push(scores[ci][j]); y.push(r.verdict === "reject"); } } }); return auc(s, y); };
  console.log(`\nAUC among the cards the current floors keep (what an extra cut sees): ${MODELS.map((m) => `${m} ${f3(keptAuc(loso.get(m)!))}`).join(", ")}, shipped weights ${f3(keptAuc(shippedP))}`);
}
const ts = Array.from({ length: 11 }, (_, i) => Math.round((0.3 + 0.05 * i) * 100) / 100);
const S = loso.get(best)!;
const base = tally(inSets, S, 1);
console.log(`\nLeave-one-set-out curve, ${best} as an extra cut on the current floors' list, pooled over the ${sets.length} sets (kept; a/e/r among kept labelled; value = accepted − rejected; recall %):\n| rule | kept of shown | unlabelled kept | a / e / r % | value | recall % |\n| --- | --- | --- | --- | --- | --- |`);
const line = (name: string, t: Tally) => `| ${name} | ${t.kept} of ${t.shown} | ${t.un} | ${aer(t)} | ${value(t)} | ${pct(recall(t))} |`;
console.log(line("current floors", base));
for (const t of ts) console.log(line(`+ p_${best} ≥ ${t.toFixed(2)}`, tally(inSets, S, t)));
console.log(`for information, ${best} replacing the current floors (no shipped cut): ${ts.filter((t) => t >= 0.45).map((t) => { const x = tally(inSets, S, t, true); return `t ${t}: kept ${x.kept}, a/e/r ${aer(x)}, value ${value(x)}, recall ${pct(recall(x))}`; }).join("; ")}`);
// The committed rule: max pooled value with pooled recall ≥ current − 2 points and no set > 5 points under; ties to the higher t.
const setBase = new Map(sets.map(([s, ids]) => [s, recall(tally((c) => ids.includes(c.book), S, 1))]));
const admissible = ts.filter((t) => withinRecall(tally(inSets, S, t), base, sets.map(([s, ids]) => ({ tally: tally((c) => ids.includes(c.book), S, t), base: setBase.get(s)! }))));
{
  // The same cut with the shipped features refitted (A, leave-one-set-out): how much of the gain is the refit, not the words.
  const SA = loso.get("A")!;
  console.log(`for comparison, A (shipped features refitted per set) as the same extra cut: ${[0.5, 0.55, 0.6, 0.65, 0.7].map((t) => { const x = tally(inSets, SA, t); return `t ${t}: kept ${x.kept}, a/e/r ${aer(x)}, value ${value(x)}, recall ${pct(recall(x))}`; }).join("; ")}`);
}
const chosen = admissible.sort((x, y) => value(tally(inSets, S, y)) - value(tally(inSets, S, x)) || y - x)[0];
const gain = chosen !== undefined ? value(tally(inSets, S, chosen)) - value(base) : 0;
console.log(`chosen by the rule: ${chosen === undefined ? "none admissible" : `t = ${chosen}, value ${value(base)} → ${value(tally(inSets, S, chosen))}`}${gain > 0 ? "" : " (no gain over the current floors)"}`);
console.log(`\nPer set, current floors → + p_${best} ≥ ${chosen ?? "—"} (kept; a/e/r %; value; recall %):`);
for (const [s, ids] of sets) {
  const w = (c: Chap) => ids.includes(c.book), b = tally(w, S, 1), x = tally(w, S, chosen ?? 1);
  console.log(`- ${s}: kept ${b.kept} → ${x.kept}; a/e/r ${aer(b)} → ${aer(x)}; value ${value(b)} → ${value(x)}; recall ${pct(recall(b))} → ${pct(recall(x))}`);
}

// 7. Fitted on every train book: the share of shown TRAINING cards the arm changes at the chosen t.
const lam = lobo.get(best)!.lambda, wAll = fit(best, () => true, lam);
const inSample = chapters.map((c, ci) => c.shown.map((k) => sparseProbability(X.get(best)![ci][k], wAll)));
if (chosen !== undefined) {
  const b = tally(() => true, inSample, 1), x = tally(() => true, inSample, chosen);
  console.log(`\nall-book fit at t = ${chosen}: of the ${b.kept} shown training cards the current floors keep, the arm drops ${b.kept - x.kept} (${pct((b.kept - x.kept) / b.kept)} %); a/e/r ${aer(b)} → ${aer(x)}; value ${value(b)} → ${value(x)}; recall ${pct(recall(b))} → ${pct(recall(x))}`);
}
const passes = candidates.includes(best) && chosen !== undefined && gain > 0;
console.log(`\nship: ${passes ? "yes" : "no"} (${secs()})`);
if (process.argv.includes("--write")) {
  if (!passes) console.log("not written: the bar or the rule failed");
  else {
    const names = best === "C" ? ["bias", ...VOCAB] : [...shippedCols.map((c) => FLOOR_FEATURE_NAMES[c]), ...VOCAB];
    const out = {
      source: `fitted by scripts/word-floor.ts on the strict-first labels of all labelled candidates of ${books.length} train books (${chapters.length} chapters); target: reject; model ${best}; L2 λ=${lam}; threshold by the floor20 rule over ${sets.length} blind sets left out in turn`,
      model: best, threshold: chosen,
      weights: Object.fromEntries(names.map((n, k) => [n, Math.round(wAll[k] * 1000) / 1000]).filter(([, v]) => v !== 0)),
    };
    writeFileSync(path.resolve("lib/cards/floor/word-weights.json"), JSON.stringify(out, null, 2) + "\n");
    console.log("wrote lib/cards/floor/word-weights.json");
  }
}
