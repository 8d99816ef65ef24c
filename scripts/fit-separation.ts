// How well a ranker's score separates the STRICT raters' accepts from their rejects, per train book
// and pooled, and which features carry its weight: the shipped weights.json as it stands, and a
// refit on every train book under a given setting (in-sample; the out-of-sample figures are
// fit:ranker --nested's). Also what the training rows are made of per book (labelled cards, strict
// or lenient only, cards several raters labelled), the evidence behind any weighting of the fit.
// Held-out books are never read.
//   npx tsx scripts/fit-separation.ts [--target usable] [--lambda 5] [--within] [--balanced]
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { DEFAULT_WEIGHTS, type Weights } from "@/lib/cards/rank/model";
import { isStrict, type Target } from "@/lib/cards/rank/training";
import { loadTrainData } from "./lib/ranker-data";
import { loadBooks, readGold } from "./lib/cards-eval";
import { fitRanker, rankerRows, runBook, strictOf, type LoboChapter, type RankerConfig } from "./lib/lobo";
import { score } from "@/lib/cards/rank/model";
import { aucAR, aucs, f2, sd, separation, type BookRun } from "./lib/fit-figures";
import { arg } from "./lib/args";

const entries = loadBooks().fixtures;
const data: LoboChapter[] = loadTrainData().map((d) => ({ fixture: d.fixture, book: d.book, ranked: d.ranked, labels: d.labels, gold: readGold(entries[d.fixture]) ?? [] }));
const books = [...new Set(data.map((d) => d.book))];
const config: RankerConfig = { target: (arg("--target") ?? "usable") as Target, strictWeight: Infinity, lambda: Number(arg("--lambda") ?? 5), withinBook: process.argv.includes("--within"), balanced: process.argv.includes("--balanced") };
if (!["accept", "usable", "graded"].includes(config.target) || !(config.lambda >= 0)) throw new Error("--target takes accept, usable or graded; --lambda a number >= 0");

console.log(`Training rows per book (matched labels of gated candidates; cross-kind matches left out):\n| book | gated | labelled | strict | lenient only | >1 rater | >1 strict | strict a/e/r |\n| --- | --- | --- | --- | --- | --- | --- | --- |`);
for (const b of books) {
  const ls = data.filter((d) => d.book === b).flatMap((d) => d.labels.map((l) => l.filter((x) => x.by !== "answer"))).filter((l) => l.length);
  const raters = ls.map((l) => new Set(l.map((x) => x.rater))), strict = raters.map((r) => [...r].filter(isStrict).length);
  const first = ls.map((l) => l.find((x) => isStrict(x.rater))?.label).filter(Boolean);
  const n = (v: string) => first.filter((x) => x === v).length;
  console.log(`| ${b} | ${data.filter((d) => d.book === b).reduce((s, d) => s + d.ranked.length, 0)} | ${ls.length} | ${strict.filter((k) => k > 0).length} | ${strict.filter((k) => k === 0).length} | ${raters.filter((r) => r.size > 1).length} | ${strict.filter((k) => k > 1).length} | ${n("accept")}/${n("edit")}/${n("reject")} |`);
}

const refit: Weights = fitRanker(data, config, () => true);
const runsOf = (w: Weights): BookRun[] => books.map((b) => runBook(data, b, w));
const shipped = runsOf(DEFAULT_WEIGHTS), fitted = runsOf(refit);
console.log(`\nSeparation of each book's strict labels (AUC; a–r: accepts against rejects, edits left out); refit = ${config.target}, λ ${config.lambda}${config.withinBook ? ", within-book" : ""}${config.balanced ? ", balanced" : ""} on all ${books.length} books (in-sample):\n| book | strict a/e/r | shipped AUC accept / reject / a–r | refit in-sample AUC accept / reject / a–r |\n| --- | --- | --- | --- |`);
books.forEach((b, i) => {
  const o = shipped[i].oof, s = aucs(o), f = aucs(fitted[i].oof), k = (v: string) => o.filter((x) => x.v === v).length;
  console.log(`| ${b} | ${k("accept")}/${k("edit")}/${k("reject")} | ${f2(s.a)} / ${f2(s.r)} / ${f2(aucAR(o))} | ${f2(f.a)} / ${f2(f.r)} / ${f2(aucAR(fitted[i].oof))} |`);
});
for (const [name, runs] of [["shipped", shipped], ["refit (in-sample)", fitted]] as const) {
  const s = separation(runs);
  console.log(`${name}: within books, accept above reject over ${s.pairs} pairs ${f2(s.within)}; all books mixed, AUC accept ${f2(s.mixed.a)}, reject ${f2(s.mixed.r)}, accept vs reject ${f2(s.mixed.ar)}`);
}

// Weight × the feature's sd over labelled candidates: how far the feature moves a score in practice.
const X = rankerRows(data, config, () => true).map((r) => r.x);
const spread = FEATURE_NAMES.map((_, k) => sd(X.map((x) => x[k])));
const top = (w: Weights) => FEATURE_NAMES.map((f, k) => ({ f, c: (w.weights[f] ?? 0) * spread[k] })).filter((e) => e.f !== "bias" && Number.isFinite(e.c) && e.c !== 0).sort((p, q) => Math.abs(q.c) - Math.abs(p.c)).slice(0, 12).map((e) => `${e.f} ${e.c > 0 ? "+" : ""}${e.c.toFixed(2)}`).join(", ");
console.log(`\nStrongest features (weight × sd over labelled candidates):\nshipped: ${top(DEFAULT_WEIGHTS)}\nrefit:   ${top(refit)}`);

// What a top 40 can change: select() shows at most one card per sentence, so when a chapter has
// fewer usable sentences than 40, the ranker only chooses WHICH card of each sentence is shown.
// The pairs that matter are then two cards of one sentence with different strict verdicts.
const RANK = { accept: 2, edit: 1, reject: 0 } as const;
const sentencePairs = (w: (book: string) => Weights) => {
  let wins = 0, pairs = 0;
  for (const d of data) {
    const wb = w(d.book), bySentence = new Map<number, { p: number; v: number }[]>();
    d.ranked.forEach((r, i) => { const s = strictOf(d.labels[i]); if (s) bySentence.set(r.c.sentence, [...(bySentence.get(r.c.sentence) ?? []), { p: score(r.x, wb), v: RANK[s.label] }]); });
    for (const cs of bySentence.values()) for (const a of cs) for (const b of cs) if (a.v > b.v) { pairs++; wins += a.p > b.p ? 1 : a.p === b.p ? 0.5 : 0; }
  }
  return `${f2(wins / pairs)} over ${pairs} pairs`;
};
const sentences = data.map((d) => new Set(d.ranked.map((r) => r.c.sentence)).size);
console.log(`\nChapters: usable sentences (gated pool) per chapter ${Math.min(...sentences)}–${Math.max(...sentences)} (${sentences.filter((n) => n >= 40).length} of ${data.length} chapters with 40 or more); ${data.reduce((n, d) => n + d.ranked.length, 0)} candidates on ${sentences.reduce((a, b) => a + b, 0)} sentences.`);
const lobo = new Map(books.map((b) => [b, fitRanker(data, config, (d) => d.book !== b)]));
console.log(`Two cards of one sentence with different strict verdicts, the better scored higher: shipped ${sentencePairs(() => DEFAULT_WEIGHTS)}; refit leave-one-book-out ${sentencePairs((b) => lobo.get(b)!)}; refit in-sample ${sentencePairs(() => refit)}`);
