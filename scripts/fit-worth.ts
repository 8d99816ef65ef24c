// Fits the sentence-level "worth a card" model (lib/cards/rank/worth.ts) on the STRICT raters'
// labels of the train books and judges it by leave-one-BOOK-out: the AUC of the sentence's score
// for the strict verdicts of the left-out book's cards, and the top 40 (current ranker and
// selection) with and without dropping the sentences below a cut. The cut (share of sentences
// dropped) and the floor of sentences per chapter are chosen inside each fold on the other books
// only. Held-out books are never read.
//   npx tsx scripts/fit-worth.ts                  figures, and the fit on every train book
// Nothing is written: the model did not meet the adoption rule (step 3) when last run, so the
// pipeline does not use it (docs/card-generator.md, "A sentence-level worth filter").
//   --lambda 1,5,20   L2 strengths to compare (best mean AUC)   --lenient 0.2   weight of rater-a/a2 labels
import { auc } from "@/lib/cards/rank/fit";
import { isStrict, STRICT_RATERS, verdictOf, type Verdict } from "@/lib/cards/rank/training";
import { filterWorth, fitWorth, WORTH_FEATURES, worthFeatures, worthScore, type WorthWeights } from "@/lib/cards/rank/worth";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { select } from "@/lib/cards/select";
import { loadTrainData, type FixtureData } from "./lib/ranker-data";
import { allLabelsOf, loadBooks, readGold } from "./lib/cards-eval";
import { sentenceFinder } from "@/lib/cards/eval/match";
import { covers } from "../tests/unit/cards/gold";
import { arg } from "./lib/args";

const lambdas = (arg("--lambda") ?? "1,5,20").split(",").map(Number);
if (!lambdas.every((l) => l >= 0)) throw new Error("--lambda takes numbers >= 0");
const lenient = Number(arg("--lenient") ?? 0);
if (!(lenient >= 0)) throw new Error("--lenient takes a weight >= 0");
const PRECEDENCE = [...STRICT_RATERS, "rater-a2", "rater-a", "rater-b"];
const QUANTILES = [0, 0.1, 0.2, 0.3, 0.4, 0.5];
const MINS = [0, 5, 10, 15, 20];

const t0 = performance.now();
const entries = loadBooks().fixtures;
type SentenceLabel = { sentence: number; label: Verdict; strict: boolean };
type Fx = FixtureData & { x: Map<number, number[]>; sentenceLabels: SentenceLabel[]; shownVerdict: (Verdict | null)[]; facts: string[][]; gold: number };
const data: Fx[] = loadTrainData().map((d) => {
  const gold = readGold(entries[d.fixture]) ?? [];
  const x = new Map<number, number[]>();
  for (const r of d.ranked) if (!x.has(r.c.sentence)) x.set(r.c.sentence, worthFeatures(d.a.sentences[r.c.sentence], d.a));
  // Every label, found by its source sentence (the sentence model needs no card match).
  const find = sentenceFinder(d.a.chapter.sentences.map((s) => s.text));
  const sentenceLabels = allLabelsOf(d.fixture).flatMap((l) => {
    const s = l.sentence ? find(l.sentence) : null;
    if (s === null || !["accept", "edit", "reject"].includes(l.label)) return [];
    if (!x.has(s)) x.set(s, worthFeatures(d.a.sentences[s], d.a));
    return [{ sentence: s, label: l.label as Verdict, strict: isStrict(l.rater) }];
  });
  return {
    // A fixture's gold list is its whole document's: counted once (on its first chapter).
    ...d, x, gold: d.part ? 0 : gold.length, sentenceLabels,
    shownVerdict: d.labels.map((ls) => verdictOf(ls.filter((l) => l.by !== "answer"), PRECEDENCE)?.label ?? null),
    facts: d.ranked.map((r) => gold.filter((g) => covers({ front: r.c.front, back: r.c.back }, g)).map((g) => g.id)),
  };
});
const books = [...new Set(data.map((d) => d.book))];
console.log(`${data.length} train chapters of ${books.length} books; ${data.reduce((n, d) => n + d.sentenceLabels.filter((l) => l.strict).length, 0)} strict labels found by sentence (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

/** One row per sentence: share of its strict labels that accept (lenient labels at weight `lenient`). */
function rows(keep: (d: Fx) => boolean) {
  return data.filter(keep).flatMap((d) => {
    const by = new Map<number, { y: number; w: number }>();
    for (const l of d.sentenceLabels) {
      const w = l.strict ? 1 : lenient;
      if (!w) continue;
      const e = by.get(l.sentence) ?? { y: 0, w: 0 };
      e.y += w * (l.label === "accept" ? 1 : 0); e.w += w;
      by.set(l.sentence, e);
    }
    return [...by].map(([s, e]) => ({ x: d.x.get(s)!, y: e.y / e.w, weight: e.w }));
  });
}

type Shown = { verdict: Verdict | null; facts: string[] };
/** Top 40 of a chapter by the current ranker and selection, after dropping sentences below `cut`. */
function top(d: Fx, w: WorthWeights, cut?: { p: number; min: number }): Shown[] {
  const index = new Map(d.ranked.map((r, i) => [r, i]));
  const worth = new Map([...d.x].map(([s, x]) => [s, worthScore(x, w)]));
  return select(filterWorth(d.ranked, (s) => worth.get(s) ?? 0, cut), 40, DEFAULT_WEIGHTS).map((r) => {
    const i = index.get(r)!, v = d.shownVerdict[i];
    return { verdict: v, facts: v === "reject" ? [] : d.facts[i] };
  });
}
const tally = (fx: Fx[], shown: Shown[][]) => {
  const all = shown.flat(), n = all.filter((s) => s.verdict).length;
  const k = (v: Verdict) => all.filter((s) => s.verdict === v).length;
  const gold = fx.reduce((g, d) => g + d.gold, 0);
  const covered = shown.reduce((c, s) => c + new Set(s.flatMap((x) => x.facts)).size, 0);
  return { shown: all.length, n, accept: k("accept"), reject: k("reject"), value: k("accept") - k("reject"), recall: gold ? covered / gold : 1 };
};
const pct = (k: number, n: number) => (n ? `${Math.round((100 * k) / n)}%` : "—");

/** Recall of one chapter's shown cards. */
const recall = (d: Fx, shown: Shown[]) => (d.gold ? new Set(shown.flatMap((x) => x.facts)).size / d.gold : 1);

/**
 * The cut chosen on the fitting books only: the most value (accepted − rejected shown cards) among
 * cuts under which no fitting chapter loses more than 5 points of its gold-fact recall.
 */
function chooseCut(fit: Fx[], w: WorthWeights): { p: number; min: number } {
  const scores = fit.flatMap((d) => [...d.x.values()].map((x) => worthScore(x, w))).sort((a, b) => a - b);
  const baseShown = fit.map((d) => top(d, w));
  const baseRecall = fit.map((d, i) => recall(d, baseShown[i]));
  let best = { cut: { p: 0, min: 0 }, value: tally(fit, baseShown).value };
  for (const q of QUANTILES.slice(1)) for (const min of MINS) {
    const cut = { p: scores[Math.floor(q * scores.length)], min };
    const shown = fit.map((d) => top(d, w, cut));
    const ok = fit.every((d, i) => recall(d, shown[i]) >= baseRecall[i] - 0.05 - 1e-9);
    const t = tally(fit, shown);
    if (ok && t.value > best.value) best = { cut, value: t.value };
  }
  return best.cut;
}

// 0. Each binary feature alone: the strict accept and reject shares of labels whose sentence has it or not.
console.log(`\nStrict labels by sentence feature (accept / reject share, n):\n| feature | with | without |\n| --- | --- | --- |`);
const strictLabels = data.flatMap((d) => d.sentenceLabels.filter((l) => l.strict).map((l) => ({ x: d.x.get(l.sentence)!, label: l.label })));
const share = (ls: typeof strictLabels) => `${pct(ls.filter((l) => l.label === "accept").length, ls.length)} / ${pct(ls.filter((l) => l.label === "reject").length, ls.length)}, ${ls.length}`;
WORTH_FEATURES.forEach((f, i) => {
  if (i === 0 || !strictLabels.every((l) => l.x[i] === 0 || l.x[i] === 1)) return;
  console.log(`| ${f} | ${share(strictLabels.filter((l) => l.x[i] === 1))} | ${share(strictLabels.filter((l) => l.x[i] === 0))} |`);
});

// 1. λ by mean leave-one-book-out AUC (each strict label of the left-out book, by its sentence's score).
const mean = (xs: number[]) => { const ok = xs.filter((x) => !Number.isNaN(x)); return ok.reduce((s, x) => s + x, 0) / (ok.length || 1); };
const foldAuc = (b: string, w: WorthWeights) => {
  const ps: number[] = [], pos: boolean[] = [], rej: boolean[] = [];
  for (const d of data.filter((x) => x.book === b)) for (const l of d.sentenceLabels) {
    if (!l.strict) continue;
    ps.push(worthScore(d.x.get(l.sentence)!, w)); pos.push(l.label === "accept"); rej.push(l.label === "reject");
  }
  return { n: ps.length, accept: auc(ps, pos), reject: auc(ps.map((p) => -p), rej) };
};
let lambda = lambdas[0], bestAuc = -1;
console.log(`\n| λ | mean AUC accept | mean AUC reject |\n| --- | --- | --- |`);
for (const l of lambdas) {
  const a = books.map((b) => foldAuc(b, fitWorth(rows((d) => d.book !== b), l, "lobo")));
  const m = mean(a.map((x) => x.accept));
  console.log(`| ${l} | ${m.toFixed(3)} | ${mean(a.map((x) => x.reject)).toFixed(3)} |`);
  if (m > bestAuc) { bestAuc = m; lambda = l; }
}

// 2. Per book, left out: AUC, and the top 40 without → with the cut chosen on the other books.
console.log(`\nλ=${lambda}. Per book left out (top 40 by the current ranker; verdict strict first, then rater-a2/a; recall: gold key facts of cards not rejected):\n| book | strict labels | AUC accept | AUC reject | cut (p, min) | shown | labelled | accept | reject | recall |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
const before: Shown[][] = [], after: Shown[][] = [], fxAll: Fx[] = [];
for (const b of books) {
  const w = fitWorth(rows((d) => d.book !== b), lambda, "lobo");
  const cut = chooseCut(data.filter((d) => d.book !== b), w);
  const mine = data.filter((d) => d.book === b);
  const bs = mine.map((d) => top(d, w)), as = mine.map((d) => top(d, w, cut));
  before.push(...bs); after.push(...as); fxAll.push(...mine);
  const x = tally(mine, bs), y = tally(mine, as), a = foldAuc(b, w);
  console.log(`| ${b} | ${a.n} | ${a.accept.toFixed(2)} | ${a.reject.toFixed(2)} | ${cut.p.toFixed(3)}, ${cut.min} | ${x.shown} → ${y.shown} | ${x.n} → ${y.n} | ${pct(x.accept, x.n)} → ${pct(y.accept, y.n)} | ${pct(x.reject, x.n)} → ${pct(y.reject, y.n)} | ${Math.round(100 * x.recall)}% → ${Math.round(100 * y.recall)}% |`);
}
const X = tally(fxAll, before), Y = tally(fxAll, after);
const acc = (t: typeof X) => (t.n ? t.accept / t.n : 0), rej = (t: typeof X) => (t.n ? t.reject / t.n : 0);
console.log(`| pooled | | | | | ${X.shown} → ${Y.shown} | ${X.n} → ${Y.n} | ${pct(X.accept, X.n)} → ${pct(Y.accept, Y.n)} | ${pct(X.reject, X.n)} → ${pct(Y.reject, Y.n)} | ${Math.round(100 * X.recall)}% → ${Math.round(100 * Y.recall)}% |`);
const unlabelledShare = Y.shown ? 1 - Y.n / Y.shown : 0;
console.log(`unlabelled shown cards after the cut: ${Math.round(100 * unlabelledShare)}% (their verdicts are unknown; shares above are of labelled cards)`);

// 3. Adoption rule (issue 11): accept share up ≥ 5 points, reject share down, recall down ≤ 5 points.
const adopt = acc(Y) - acc(X) >= 0.05 && rej(Y) < rej(X) && Y.recall >= X.recall - 0.05;
console.log(`adoption rule: accept ${(100 * (acc(Y) - acc(X))).toFixed(1)} points, reject ${(100 * (rej(Y) - rej(X))).toFixed(1)} points, recall ${(100 * (Y.recall - X.recall)).toFixed(1)} points → ${adopt ? "ADOPT" : "do not adopt"}`);

// 4. The fit on every train book (printed for the record); its cut only when the rule says adopt.
const all = rows(() => true);
const w = fitWorth(all, lambda, `fitted by scripts/fit-worth.ts on ${all.length} labelled sentences (strict labels; rater-a/a2 ×${lenient}) of ${books.length} train books; L2 λ=${lambda}`);
const final: WorthWeights = { ...w, cut: adopt ? chooseCut(data, w) : { p: 0, min: 0 } };
console.log(`\n${final.source}\n${JSON.stringify(final.weights)}\ncut ${JSON.stringify(final.cut)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
