// Refits the card ranker from every rater's labels of every TRAIN book (tests/fixtures/labels/,
// books.json), matched to the current candidates by what each card tests (scripts/lib/ranker-data.ts),
// and writes the weights with a calibration and a cut (lib/cards/rank/calibrate.ts).
// Everything is chosen by leave-one-BOOK-out over the train books, judged on the STRICT raters'
// labels of the book left out: the target (accept / accept-or-edit / graded), how much a strict
// rater outweighs a lenient one on a card both labelled, whether a cloze's label may stand for the
// Q&A of the same fact, then the cut. Held-out books are never read.
//   npm run fit:ranker -- --train-only            figures only
//   npm run fit:ranker -- --write --train-only    also write lib/cards/rank/weights.json
//   --lambda 2,5,20,50   L2 strengths to compare (the best by leave-one-book-out is used)
//   --target accept,usable,graded   --strict 1,3,10,Infinity   restrict the sweep
//   --recall-loss 0.05   the most gold key-fact recall the cut may cost any one chapter
import { writeFileSync } from "node:fs";
import path from "node:path";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { DEFAULT_WEIGHTS, score, type Weights } from "@/lib/cards/rank/model";
import { auc, fitLogistic } from "@/lib/cards/rank/fit";
import { calibrated, chooseCut, applyCut, fitCalibration, type Calibration, type Cut, type CutBook } from "@/lib/cards/rank/calibrate";
import { combine, isStrict, STRICT_RATERS, verdictOf, type Target, type Verdict } from "@/lib/cards/rank/training";
import { select } from "@/lib/cards/select";
import { loadTrainData, type FixtureData, type MatchedLabel } from "./lib/ranker-data";
import { loadBooks, readGold } from "./lib/cards-eval";
import { covers } from "../tests/unit/cards/gold";

type Config = { target: Target; strictWeight: number; crossKind: boolean; lambda: number };
type Row = { book: string; x: number[]; y: number; weight: number };

const arg = (name: string) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
const lambdas = (arg("--lambda") ?? "2,5,20,50").split(",").map(Number);
if (!lambdas.every((l) => l >= 0)) throw new Error("--lambda takes numbers >= 0 (comma-separated to compare)");
if (!process.argv.includes("--train-only")) console.log("(held-out books are never read by this script; --train-only is implied)");

// The verdict a shown card counts under: strict raters first, then the developers'.
const PRECEDENCE = [...STRICT_RATERS, "rater-a2", "rater-a", "rater-b"];
const t0 = performance.now();
const data = loadTrainData();
const books = [...new Set(data.map((d) => d.book))];
const sum = (k: "labels" | "card" | "fact" | "answer") => data.reduce((s, d) => s + d.counts[k], 0);
console.log(`${sum("labels")} labels of ${books.length} train books; matched: ${sum("card")} same card, ${sum("fact")} same sentence+kind+answer, ${sum("answer")} same sentence+answer other kind (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
const usedLabels = (ls: MatchedLabel[], c: Config) => (c.crossKind ? ls : ls.filter((l) => l.by !== "answer"));
const strictVerdict = (ls: MatchedLabel[], c: Config): Verdict | null => verdictOf(usedLabels(ls, c).filter((l) => isStrict(l.rater)), STRICT_RATERS)?.label ?? null;

function rows(c: Config, keep: (d: FixtureData) => boolean): Row[] {
  return data.filter(keep).flatMap((d) => d.labels.flatMap((ls, i) => {
    const r = combine(usedLabels(ls, c), c.target, c.strictWeight);
    return r ? [{ book: d.book, x: d.ranked[i].x, ...r }] : [];
  }));
}
const weightsOf = (w: number[], source: string): Weights => ({ source, weights: Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, Math.round(w[i] * 1000) / 1000])) });
const fit = (c: Config, keep: (d: FixtureData) => boolean) => {
  const r = rows(c, keep);
  return fitLogistic(r.map((x) => x.x), r.map((x) => x.y), { lambda: c.lambda, sampleWeights: r.map((x) => x.weight) });
};

type Shown = { prob: number; verdict: Verdict | null; strict: boolean; facts: string[] };
type BookFigures = { book: string; strictN: number; aucAccept: number; aucReject: number; shown: Shown[]; chapters: CutBook[]; oof: { p: number; v: Verdict }[] };
const fixtureEntries = loadBooks().fixtures;
const gold = new Map(data.map((d) => [d.fixture, readGold(fixtureEntries[d.fixture]) ?? []]));

/** One book's figures under weights `w`: strict AUCs over its labelled candidates, and its top 40. */
function figures(book: string, w: Weights, c: Config, cal?: Calibration): BookFigures {
  const oof: { p: number; v: Verdict }[] = [], chapters: (CutBook & { cards: Shown[] })[] = [];
  for (const d of data.filter((x) => x.book === book)) {
    const facts = gold.get(d.fixture)!, shown: Shown[] = [];
    chapters.push({ cards: shown, gold: facts.length });
    d.labels.forEach((ls, i) => {
      const v = strictVerdict(ls, c);
      if (v) oof.push({ p: score(d.ranked[i].x, w), v });
    });
    const index = new Map<object, number>();
    const pool = d.ranked.map((r, i) => { const o = { ...r, p: score(r.x, w) }; index.set(o, i); return o; });
    for (const r of select(pool, 40)) {
      const l = verdictOf(d.labels[index.get(r)!], PRECEDENCE);
      // A rejected card teaches no fact: recall here counts the key facts of cards not rejected.
      shown.push({ prob: calibrated(r.p, cal), verdict: l?.label ?? null, strict: !!l && isStrict(l.rater), facts: l?.label === "reject" ? [] : facts.filter((f) => covers({ front: r.c.front, back: r.c.back }, f)).map((f) => f.id) });
    }
  }
  return {
    book, strictN: oof.length, shown: chapters.flatMap((c) => c.cards), chapters, oof,
    aucAccept: auc(oof.map((o) => o.p), oof.map((o) => o.v === "accept")),
    aucReject: auc(oof.map((o) => -o.p), oof.map((o) => o.v === "reject")),
  };
}

const lobo = (c: Config) => books.map((b) => figures(b, weightsOf(fit(c, (d) => d.book !== b), "lobo"), c));
const mean = (xs: number[]) => { const ok = xs.filter((x) => !Number.isNaN(x)); return ok.reduce((s, x) => s + x, 0) / (ok.length || 1); };
const tally = (shown: Shown[]) => {
  const n = shown.filter((s) => s.verdict).length, k = (v: Verdict) => shown.filter((s) => s.verdict === v).length;
  return { n, accept: k("accept"), edit: k("edit"), reject: k("reject") };
};
const pct = (k: number, n: number) => (n ? `${Math.round((100 * k) / n)}%` : "—");
const summary = (fs: BookFigures[]) => {
  const t = tally(fs.flatMap((f) => f.shown));
  return { aucA: mean(fs.map((f) => f.aucAccept)), aucR: mean(fs.map((f) => f.aucReject)), ...t };
};
const fmt = (x: number) => (Number.isNaN(x) ? "—" : x.toFixed(2));

// 1. Target, strict weight and cross-kind matches, by the strict labels of each book left out.
const configs: Config[] = [];
const targets = (arg("--target") ?? "accept,usable,graded").split(",") as Target[];
if (!targets.every((t) => ["accept", "usable", "graded"].includes(t))) throw new Error("--target takes accept, usable, graded (comma-separated)");
const strictWeights = (arg("--strict") ?? "1,3,10,Infinity").split(",").map(Number);
if (!strictWeights.every((w) => w >= 1)) throw new Error("--strict takes weights >= 1 (comma-separated; Infinity: strict labels alone)");
for (const lambda of lambdas) for (const target of targets) for (const strictWeight of strictWeights) configs.push({ target, strictWeight, crossKind: false, lambda });
const name = (c: Config) => `${c.target}, strict×${c.strictWeight}${c.crossKind ? ", cross-kind" : ""}, λ=${c.lambda}`;
console.log(`\nLeave-one-book-out, strict labels of the left-out book (mean over books; top 40 pooled, strict labels first):\n| config | AUC accept | AUC reject | labelled@40 | accept | edit | reject |\n| --- | --- | --- | --- | --- | --- | --- |`);
const tried: { c: Config; s: ReturnType<typeof summary> }[] = [];
const tryConfig = (c: Config) => {
  const s = summary(lobo(c));
  tried.push({ c, s });
  console.log(`| ${name(c)} | ${fmt(s.aucA)} | ${fmt(s.aucR)} | ${s.n} | ${pct(s.accept, s.n)} | ${pct(s.edit, s.n)} | ${pct(s.reject, s.n)} |`);
};
configs.forEach(tryConfig);
const merit = (s: ReturnType<typeof summary>) => s.aucA + s.aucR;
const bestOf = () => [...tried].sort((x, y) => merit(y.s) - merit(x.s))[0].c;
tryConfig({ ...bestOf(), crossKind: true });
const chosen = bestOf();
console.log(`chosen (highest AUC accept + AUC reject): ${name(chosen)}`);

// 2. Per book: the current weights.json against the new fit, each book left out of the new fit.
const folds = lobo(chosen);
const old = books.map((b) => figures(b, DEFAULT_WEIGHTS, chosen));
console.log(`\nPer book (old = current weights.json, fitted on earlier labels of some of these books; new = fitted without the book):\n| book | strict labels | AUC accept old → new | AUC reject old → new | top 40 labelled old | a/e/r old | labelled new | a/e/r new |\n| --- | --- | --- | --- | --- | --- | --- | --- |`);
const aer = (s: Shown[]) => { const t = tally(s); return `${pct(t.accept, t.n)}/${pct(t.edit, t.n)}/${pct(t.reject, t.n)}`; };
books.forEach((b, i) => {
  const o = old[i], n = folds[i];
  console.log(`| ${b} | ${n.strictN} | ${fmt(o.aucAccept)} → ${fmt(n.aucAccept)} | ${fmt(o.aucReject)} → ${fmt(n.aucReject)} | ${tally(o.shown).n}/${o.shown.length} | ${aer(o.shown)} | ${tally(n.shown).n}/${n.shown.length} | ${aer(n.shown)} |`);
});
const so = summary(old), sn = summary(folds);
console.log(`| mean / pooled | | ${fmt(so.aucA)} → ${fmt(sn.aucA)} | ${fmt(so.aucR)} → ${fmt(sn.aucR)} | ${so.n} | ${pct(so.accept, so.n)}/${pct(so.edit, so.n)}/${pct(so.reject, so.n)} | ${sn.n} | ${pct(sn.accept, sn.n)}/${pct(sn.edit, sn.n)}/${pct(sn.reject, sn.n)} |`);

// 3. Calibration on the out-of-fold scores, then the cut, both by leave-one-book-out.
const positive = (v: Verdict) => (chosen.target === "accept" ? v === "accept" : v !== "reject");
const oof = folds.flatMap((f) => f.oof);
const calibration = fitCalibration(oof.map((o) => o.p), oof.map((o) => (positive(o.v) ? 1 : 0)));
console.log(`\nCalibration to P(strict ${chosen.target === "accept" ? "accept" : "accept or edit"}) on ${oof.length} out-of-fold scores: a=${calibration.a.toFixed(3)}, b=${calibration.b.toFixed(3)}`);
const calFolds = books.map((b) => figures(b, weightsOf(fit(chosen, (d) => d.book !== b), "lobo"), chosen, calibration));
// Cuts at every 5th percentile of the shown cards' calibrated probabilities (a fixed grid would
// miss them: calibration squeezes them into a narrow band when the scores say little).
const probs = calFolds.flatMap((f) => f.shown.map((x) => x.prob)).sort((x, y) => x - y);
const ps = [...new Set([0, ...Array.from({ length: 19 }, (_, i) => Math.floor((probs[Math.floor(((i + 1) / 20) * probs.length)] ?? 0) * 1000) / 1000)])];
const mins = [0, 5, 10, 15, 20];
const chapterCards = calFolds.flatMap((f) => f.chapters);
const recallLoss = Number(arg("--recall-loss") ?? 0.05);
if (!(recallLoss >= 0 && recallLoss <= 1)) throw new Error("--recall-loss takes a share between 0 and 1");
const options = chooseCut(chapterCards, ps, mins, recallLoss);
const option = (cut: Cut) => options.find((x) => x.cut.p === cut.p && x.cut.min === cut.min)!;
console.log(`value (accepted − rejected shown cards) / shown / gold-fact recall, pooled over chapters, by cut p (rows) and floor min (columns); * a chapter loses more than ${Math.round(recallLoss * 100)} points of its recall:\n| p | ${mins.join(" | ")} |\n| --- |${mins.map(() => " --- |").join("")}`);
for (const p of ps) console.log(`| ${p.toFixed(3)} | ${mins.map((min) => { const o = option({ p, min }); return `${o.value} / ${o.shown} / ${Math.round(o.recall * 100)}%${o.feasible ? "" : "*"}`; }).join(" | ")} |`);
// The floor: the largest whose value is within one card of the best at the chosen p.
const best = options[0];
const min = Math.max(...mins.filter((m) => { const o = option({ p: best.cut.p, min: m }); return o.feasible && o.value >= best.value - 1; }));
// A calibration that does not rise with the score means the scores do not predict: no cut then.
// A cut must gain clearly: at least 5 % of the shown cards in value, else it is noise on 12 books.
const uncut = option({ p: 0, min: 0 });
const clear = best.feasible && best.value - uncut.value >= 0.05 * uncut.shown;
const cut: Cut = calibration.a > 0 && clear && best.cut.p > 0 ? { p: best.cut.p, min } : { p: 0, min: 0 };
console.log(cut.p > 0 ? `cut: p ≥ ${cut.p}, at least ${cut.min} cards per chapter` : `no cut: the best allowed (p ≥ ${best.cut.p}, floor ${min}) gains ${best.value - uncut.value} of ${uncut.shown} shown cards in value, under the 5 % a cut must clearly gain`);
const tableCut = cut.p > 0 ? cut : { p: best.cut.p, min };
console.log(`\nPer book, the new fit's top 40 before → after ${cut.p > 0 ? "the cut" : `the best allowed cut (p ≥ ${tableCut.p}, floor ${tableCut.min}; not adopted)`} (strict labels first; recall: key facts of cards not rejected):\n| book | shown | labelled | accept | reject | gold recall |\n| --- | --- | --- | --- | --- | --- |`);
const cutFigures = calFolds.map((f) => ({ book: f.book, before: f.chapters, after: f.chapters.map((c) => ({ ...c, cards: applyCut(c.cards, (s) => s.prob, tableCut) })) }));
const recallOf = (cs: CutBook[]) => { const g = cs.reduce((n, c) => n + c.gold, 0); return g ? `${Math.round((100 * cs.reduce((n, c) => n + new Set(c.cards.flatMap((x) => x.facts ?? [])).size, 0)) / g)}%` : "—"; };
for (const f of [...cutFigures, { book: "pooled", before: cutFigures.flatMap((x) => x.before), after: cutFigures.flatMap((x) => x.after) }]) {
  const bs = f.before.flatMap((c) => c.cards) as Shown[], as = f.after.flatMap((c) => c.cards) as Shown[];
  const b = tally(bs), a = tally(as);
  console.log(`| ${f.book} | ${bs.length} → ${as.length} | ${b.n} → ${a.n} | ${pct(b.accept, b.n)} → ${pct(a.accept, a.n)} | ${pct(b.reject, b.n)} → ${pct(a.reject, a.n)} | ${recallOf(f.before)} → ${recallOf(f.after)} |`);
}

// 4. The fit on every train book, with the calibration and cut chosen above.
const all = rows(chosen, () => true);
const w = fit(chosen, () => true);
const fitted = {
  ...weightsOf(w, `fitted by scripts/fit-ranker.ts on ${all.length} labelled candidates of ${books.length} train books (${books.join(", ")}); target ${chosen.target}, strict raters ×${chosen.strictWeight}${chosen.crossKind ? ", cross-kind matches" : ""}; L2 λ=${chosen.lambda}`),
  calibration: { a: Math.round(calibration.a * 1000) / 1000, b: Math.round(calibration.b * 1000) / 1000 },
  cut,
};
console.log(`\n${fitted.source} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
if (process.argv.includes("--write")) {
  writeFileSync(path.resolve("lib/cards/rank/weights.json"), JSON.stringify(fitted, null, 2) + "\n");
  console.log("wrote lib/cards/rank/weights.json");
}
