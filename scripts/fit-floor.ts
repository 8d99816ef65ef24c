// Fits the publishability floor (lib/cards/floor): P(strict rater rejects | card features), a
// logistic model on the TRAIN books' labelled candidates (verdict: the strict-first rater chain,
// scripts/lib/rater-order.ts; same-card and same-fact matches, not cross-kind ones), and judges it
// leave-one-BOOK-out on the cards the shipped pipeline SHOWS (each chapter's top 40 under the shipped
// ranker): per book the AUC of reject against accept-or-edit, and for thresholds t the pooled
// accept / edit / reject of the kept cards, the gold facts they keep and cards kept per chapter.
// Extra features (lib/cards/floor/features.ts) are kept only when leave-one-book-out supports them:
// each is tried alone on top of the ranker's features, those that raise the mean per-book AUC by at
// least MIN_GAIN are tried together, and the set is kept only if it beats the ranker-only floor.
// The operating point is chosen by a rule fixed before the figures were seen (OPERATING RULE below).
// Held-out books are never read.
//   npm run fit:floor                 figures only (a few minutes)
//   npm run fit:floor -- --write      also write lib/cards/floor/weights.json
//   --lambda 2,5,10   L2 strengths compared (best by mean per-book AUC)
//   --rows all|shown   fit on every labelled candidate (default) or only on shown ones
//   --features a,b     skip the selection and use these extras
import { writeFileSync } from "node:fs";
import path from "node:path";
import { auc } from "@/lib/cards/rank/fit";
import { EXTRA_FEATURES, rejectProbability } from "@/lib/cards/floor";
import type { Verdict } from "@/lib/cards/rank/training";
import { asFloorWeights as asWeights, fitFloor, floorAt, loadFloorChapters, type FloorChap as Chap, type FloorRow as Row } from "./lib/floor-data";
import { loadBooks } from "./lib/cards-eval";
import { arg } from "./lib/args";

const MIN_GAIN = 0.005;
const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
const chapters: Chap[] = loadFloorChapters();
const books = [...new Set(chapters.map((c) => c.book))];
const shownAll = chapters.flatMap((c) => c.shown);
console.log(`${chapters.length} train chapters of ${books.length} books; ${chapters.reduce((n, c) => n + c.rows.filter((r) => r.verdict).length, 0)} labelled candidates, ${shownAll.length} shown cards (${shownAll.filter((r) => r.verdict).length} labelled) (${secs()})`);

const rowsMode = arg("--rows") ?? "all";
const lambdas = (arg("--lambda") ?? "2,5,10").split(",").map(Number);

/** Weights fitted on the chapters `keep` accepts, using the ranker's features and the extras `extras` (scripts/lib/floor-data.ts). */
const fit = (keep: (c: Chap) => boolean, extras: string[], lambda: number): number[] => fitFloor(chapters.filter(keep), extras, lambda, rowsMode);

type Scored = Row & { p: number };
type Fold = { book: string; chapters: { gold: number; parts: number[]; shown: Scored[] }[] };
/** Each book's shown cards scored by a floor fitted without the book. */
function lobo(extras: string[], lambda: number): Fold[] {
  return books.map((b) => {
    const w = asWeights(fit((c) => c.book !== b, extras, lambda), extras);
    return { book: b, chapters: chapters.filter((c) => c.book === b).map((c) => ({ gold: c.gold, parts: c.parts, shown: c.shown.map((r) => ({ ...r, p: rejectProbability(r.v, w) })) })) };
  });
}
const labelled = (s: Scored[]) => s.filter((r) => r.verdict);
const aucOf = (s: Scored[]) => { const l = labelled(s); return auc(l.map((r) => r.p), l.map((r) => r.verdict === "reject")); };
const meanAuc = (folds: Fold[]) => { const xs = folds.map((f) => aucOf(f.chapters.flatMap((c) => c.shown))).filter(Number.isFinite); return xs.reduce((s, x) => s + x, 0) / xs.length; };
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : "—");
const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : "—");

// 1. Features and λ by leave-one-book-out: mean per-book AUC reject vs accept-or-edit on shown cards.
let lambda = lambdas[0], extras: string[] = [];
{
  const base = lambdas.map((l) => ({ l, m: meanAuc(lobo([], l)) }));
  base.forEach((b) => console.log(`ranker features only, λ=${b.l}: mean per-book AUC reject ${f2(b.m)}`));
  const best = base.sort((x, y) => y.m - x.m)[0];
  lambda = best.l;
  const given = arg("--features");
  if (given !== undefined) extras = given.split(",").filter(Boolean);
  else {
    console.log(`\nEach extra feature alone on top of the ranker's (λ=${lambda}; kept when it gains ≥ ${MIN_GAIN}):\n| feature | mean AUC | gain |\n| --- | --- | --- |`);
    const gains = EXTRA_FEATURES.map((f) => { const m = meanAuc(lobo([f], lambda)); console.log(`| ${f} | ${f2(m)} | ${(m - best.m >= 0 ? "+" : "") + (m - best.m).toFixed(3)} |`); return { f, g: m - best.m }; });
    let chosen = gains.filter((g) => g.g >= MIN_GAIN).sort((x, y) => y.g - x.g).map((g) => g.f);
    // Together they may overlap: drop the weakest while that does not lower the joint figure.
    let joint = chosen.length ? meanAuc(lobo(chosen, lambda)) : best.m;
    console.log(`together (${chosen.join(", ") || "none"}): ${f2(joint)} (${secs()})`);
    while (chosen.length > 1) {
      const fewer = chosen.slice(0, -1), m = meanAuc(lobo(fewer, lambda));
      console.log(`without ${chosen.at(-1)}: ${f2(m)}`);
      if (m < joint) break;
      chosen = fewer; joint = m;
    }
    extras = joint >= best.m + MIN_GAIN ? chosen : [];
  }
  console.log(`\nfloor features: the ranker's${extras.length ? ` + ${extras.join(", ")}` : " alone"}; λ=${lambda} (${secs()})`);
}

// 2. Per book, the chosen floor left out: AUC reject vs usable, no floor vs the chosen point.
const folds = lobo(extras, lambda);
type Point = { t: number; kept: Scored[]; perChapter: number[]; recall: number };
function at(fs: Fold[], t: number): Point {
  const perChapter: number[] = [], kept: Scored[] = [];
  let covered = 0, gold = 0;
  for (const f of fs) for (const c of f.chapters) {
    // As the pipeline applies a floor: per chapter, "all" mode (scripts/lib/floor-data.ts floorAt).
    const k = floorAt(c.parts, c.shown, (r) => r.p, t);
    kept.push(...k.kept); perChapter.push(...k.perChapter);
    covered += new Set(k.kept.flatMap((r) => r.facts)).size; gold += c.gold;
  }
  return { t, kept, perChapter, recall: gold ? covered / gold : NaN };
}
const tally = (s: Scored[]) => { const l = labelled(s), k = (v: Verdict) => l.filter((r) => r.verdict === v).length; return { n: l.length, a: k("accept"), e: k("edit"), r: k("reject") }; };
const value = (p: Point) => { const t = tally(p.kept); return t.a - t.r; };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (label: string, p: Point) => {
  const t = tally(p.kept);
  return `| ${label} | ${p.kept.length} | ${t.n} | ${pct(t.a / t.n)} / ${pct(t.e / t.n)} / ${pct(t.r / t.n)} | ${t.a - t.r} | ${pct(p.recall)} | ${(p.kept.length / p.perChapter.length).toFixed(1)} / ${median(p.perChapter)} / ${Math.min(...p.perChapter)} |`;
};
const none = at(folds, 1);
const ts = Array.from({ length: 13 }, (_, i) => Math.round((0.2 + 0.05 * i) * 100) / 100);
const points = ts.map((t) => at(folds, t));
console.log(`\nPooled over the left-out books' shown cards (strict-first verdicts; value = accepted − rejected; recall: gold facts of kept cards not rejected; per chapter mean / median / min):\n| floor t | kept | labelled | accept / edit / reject | value | recall | cards per chapter |\n| --- | --- | --- | --- | --- | --- | --- |`);
console.log(row("none", none));
points.forEach((p) => console.log(row(`p(reject) < ${p.t}`, p)));

// OPERATING RULE (fixed before the figures were seen): the chosen point maximises the value of the
// kept cards (accepted − rejected, what fit:ranker's cut maximises: an accepted card gains, a
// rejected one costs, an edit is neutral) among thresholds that keep ≥ 85 % of the no-floor gold
// recall; ties go to the higher threshold (fewer cards dropped). The stricter point maximises
// accept share − reject share among thresholds keeping ≥ 70 % of the recall; the looser one maximises
// value among those keeping ≥ 95 %.
const best = (minShare: number, by: (p: Point) => number) => points.filter((p) => p.recall >= minShare * none.recall - 1e-9).sort((x, y) => by(y) - by(x) || y.t - x.t)[0];
const share = (p: Point) => { const t = tally(p.kept); return (t.a - t.r) / (t.n || 1); };
const chosen = best(0.85, value), stricter = best(0.7, share), looser = best(0.95, value);
console.log(`\nchosen (max value, recall ≥ 85 % of none): t=${chosen?.t}; stricter (max accept−reject share, recall ≥ 70 %): t=${stricter?.t}; looser (max value, recall ≥ 95 %): t=${looser?.t}`);
// On by default only when the chosen point gains clearly: at least 5 % of the shown cards in value
// (fit:ranker's rule for its cut, fixed with the operating rule).
const gain = chosen ? value(chosen) - value(none) : 0;
const worthIt = !!chosen && gain >= 0.05 * none.kept.length;
console.log(`value gain at the chosen point: ${gain} of ${none.kept.length} shown cards (${pct(gain / none.kept.length)}; on by default only from 5 %) → ${worthIt ? "on" : "off"}`);

console.log(`\nPer book, floor fitted without the book (AUC reject vs accept-or-edit over its shown labelled cards; a/e/r and recall with no floor → at t=${chosen?.t}):\n| book | labelled shown | AUC | a/e/r none | a/e/r floor | kept | recall none → floor |\n| --- | --- | --- | --- | --- | --- | --- |`);
for (const f of folds) {
  const n = at([f], 1), c = at([f], chosen?.t ?? 1), tn = tally(n.kept), tc = tally(c.kept);
  const aer = (t: ReturnType<typeof tally>) => `${pct(t.a / t.n)} / ${pct(t.e / t.n)} / ${pct(t.r / t.n)}`;
  console.log(`| ${f.book} | ${tn.n} | ${f2(aucOf(f.chapters.flatMap((x) => x.shown)))} | ${aer(tn)} | ${aer(tc)} | ${n.kept.length} → ${c.kept.length} | ${pct(n.recall)} → ${pct(c.recall)} |`);
}
// The same by rotation group (books.json `rotated`: when each book was measured blind, then moved
// into training): the latest group failed the way the next unseen books may.
{
  const bookMeta = loadBooks().books as Record<string, { rotated?: string }>;
  const groups = new Map<string, Fold[]>();
  for (const f of folds) { const g = bookMeta[f.book]?.rotated ?? "never held out"; groups.set(g, [...(groups.get(g) ?? []), f]); }
  console.log(`\nBy rotation group, no floor → t=${chosen?.t} (a/e/r, value, recall, kept):`);
  for (const [g, fs] of groups) {
    const n = at(fs, 1), c = at(fs, chosen?.t ?? 1), tn = tally(n.kept), tc = tally(c.kept);
    console.log(`- ${g.slice(0, 70)} (${fs.length} books): ${pct(tn.a / tn.n)}/${pct(tn.e / tn.n)}/${pct(tn.r / tn.n)} → ${pct(tc.a / tc.n)}/${pct(tc.e / tc.n)}/${pct(tc.r / tc.n)}; value ${value(n)} → ${value(c)}; recall ${pct(n.recall)} → ${pct(c.recall)}; kept ${n.kept.length} → ${c.kept.length}`);
  }
}
const pooledAll = folds.flatMap((f) => f.chapters.flatMap((c) => c.shown));
console.log(`mean per-book AUC ${f2(meanAuc(folds))}; pooled AUC (books mixed) ${f2(aucOf(pooledAll))}`);

// 3. The floor fitted on every train book, with the chosen threshold (written whether or not the
// gain clears 5 %: the pipeline does not drop at this threshold — the review screen flags at it —
// and the plain and deep floors have their own thresholds, lib/cards/floor/plain.ts and deep.ts).
const wAll = fit(() => true, extras, lambda);
const out = asWeights(wAll, extras, chosen?.t ?? 1, `fitted by scripts/fit-floor.ts on the strict-first labels of ${rowsMode === "shown" ? "shown" : "all labelled"} candidates of ${books.length} train books (${chapters.length} chapters); target: reject; ranker features${extras.length ? ` + ${extras.join(", ")}` : ""}; L2 λ=${lambda}; threshold by leave-one-book-out: max accepted − rejected kept, recall ≥ 85 % of no floor`);
console.log(`\n${out.source}\nthreshold ${out.threshold}; worth dropping by the 5 % rule: ${worthIt} (${secs()})`);
if (process.argv.includes("--write")) {
  writeFileSync(path.resolve("lib/cards/floor/weights.json"), JSON.stringify(out, null, 2) + "\n");
  console.log("wrote lib/cards/floor/weights.json");
}
