// Refits the card ranker from every rater's labels of every TRAIN book (tests/fixtures/labels/,
// books.json), matched to the current candidates by what each card tests (scripts/lib/ranker-data.ts),
// and writes the weights with a calibration and a cut (lib/cards/rank/calibrate.ts).
// Everything is chosen by leave-one-BOOK-out over the train books, judged on the STRICT raters'
// labels of the book left out: the target (accept / accept-or-edit / graded), how much a strict
// rater outweighs a lenient one on a card both labelled, whether a cloze's label may stand for the
// Q&A of the same fact, then the cut, and the precision / recall curve of stricter cuts per book.
// The leave-one-book-out machinery is shared with fit-cards.ts (scripts/lib/lobo.ts). Held-out books
// are never read.
//   npm run fit:ranker -- --train-only            figures only
//   npm run fit:ranker -- --write --train-only    also write lib/cards/rank/weights.json, if the
//     refit passes the adoption test (scripts/lib/fit-figures.ts adoptionTest: worth more pooled
//     leave-one-book-out, recall kept, better on half the books) and keeps the user sample's facts;
//     --force writes it regardless, to inspect (git checkout restores)
//   --within             also sweep within-book fits (book indicators fitted, then dropped)
//   --nested             per-book figures (and the cut) from nested leave-one-book-out: the setting too
//     is chosen without the book judged (slow: the sweep runs once per book)
//   --lambda 2,5,20,50   L2 strengths to compare (the best by leave-one-book-out is used)
//   --target accept,usable,graded   --strict 1,3,10,Infinity   restrict the sweep
//   --balanced           also sweep balanced fits (a card weighs once, every book the same total);
//     --balanced only: balanced fits alone
//   --keep 12            also sweep fits on fewer features (the 12 strongest of a first fit, per fold)
//   --strict-only        also sweep fits on the strict raters' labels alone (no developer labels)
//   --list-unlabelled    print the refit's top-40 cards no rater labelled (no scores: to label them blind)
//   --queue-unlabelled rater-a2   also add them to that rater's blind queue (label-queue show / apply / merge)
//   --recall-loss 0.05   the most gold key-fact recall the cut may cost any one chapter
//   --without a,b        fit without these features (held at 0; a name ending in * is a prefix): to
//     judge a feature by leave-one-book-out, compare a run with and without it
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { extendQueue, type EvalCard, type QueueItem } from "@/lib/cards/eval";
import path from "node:path";
import { DEFAULT_WEIGHTS, type Weights } from "@/lib/cards/rank/model";
import { calibrated, chooseCut, applyCut, fitCalibration, type Cut, type CutBook } from "@/lib/cards/rank/calibrate";
import type { Target, Verdict } from "@/lib/cards/rank/training";
import { loadTrainData } from "./lib/ranker-data";
import { dirs, loadBooks, queueFile, readGold, readLabels } from "./lib/cards-eval";
import { configName as name, fitRanker, leaveOneBookOut, nestedLeaveOneBookOut, rankerRows, runBook, userSampleKeeps, USER_FACTS, type LoboChapter, type RankerConfig } from "./lib/lobo";
import { acceptAt, adoptionTest, aer, aucAR, aucs, separation, type BookRun, type Shown } from "./lib/fit-figures";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { arg } from "./lib/args";

type Config = RankerConfig & { crossKind: boolean };

const lambdas = (arg("--lambda") ?? "2,5,20,50").split(",").map(Number);
if (!lambdas.every((l) => l >= 0)) throw new Error("--lambda takes numbers >= 0 (comma-separated to compare)");
if (!process.argv.includes("--train-only")) console.log("(held-out books are never read by this script; --train-only is implied)");

const t0 = performance.now();
const train = loadTrainData();
const fixtureEntries = loadBooks().fixtures;
// --without: those features' columns are zeroed, so every fit gives them no weight.
const without = (arg("--without") ?? "").split(",").filter(Boolean);
const dropped = new Set(FEATURE_NAMES.flatMap((f, i) => (without.some((w) => (w.endsWith("*") ? f.startsWith(w.slice(0, -1)) : f === w)) ? [i] : [])));
if (without.length && !dropped.size) throw new Error(`--without names no feature (${without.join(", ")})`);
if (dropped.size) console.log(`fitted without ${[...dropped].map((i) => FEATURE_NAMES[i]).join(", ")}`);
const zeroed = (x: number[]) => (dropped.size ? x.map((v, i) => (dropped.has(i) ? 0 : v)) : x);
const data: LoboChapter[] = train.map((d) => ({ fixture: d.fixture, book: d.book, ranked: d.ranked.map((r) => ({ ...r, x: zeroed(r.x) })), labels: d.labels, gold: readGold(fixtureEntries[d.fixture]) ?? [] }));
const books = [...new Set(data.map((d) => d.book))];
const sum = (k: "labels" | "card" | "fact" | "answer") => train.reduce((s, d) => s + d.counts[k], 0);
console.log(`${sum("labels")} labels of ${books.length} train books; matched: ${sum("card")} same card, ${sum("fact")} same sentence+kind+answer, ${sum("answer")} same sentence+answer other kind (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const shownOf = (runs: BookRun[]) => runs.flatMap((r) => r.chapters.flatMap((c) => c.shown));
const mean = (xs: number[]) => { const ok = xs.filter((x) => !Number.isNaN(x)); return ok.reduce((s, x) => s + x, 0) / (ok.length || 1); };
const summary = (runs: BookRun[]) => ({ aucA: mean(runs.map((r) => aucs(r.oof).a)), aucR: mean(runs.map((r) => aucs(r.oof).r)), ...aer(shownOf(runs)) });
const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(100 * x)}%` : "—");
const fmt = (x: number) => (Number.isNaN(x) ? "—" : x.toFixed(2));
const aerOf = (s: Shown[]) => { const t = aer(s); return `${pct(t.accept)}/${pct(t.edit)}/${pct(t.reject)}`; };
const recallText = (chs: CutBook[]) => { const g = chs.reduce((n, c) => n + c.gold, 0); return g ? `${Math.round((100 * chs.reduce((n, c) => n + new Set(c.cards.flatMap((x) => x.facts ?? [])).size, 0)) / g)}%` : "—"; };
/** A run's chapters as the cut sees them: calibrated probability, verdict strict-first, gold facts. */
const cutBooks = (r: BookRun, cal?: { a: number; b: number }): CutBook[] => r.chapters.map((c) => ({ gold: c.gold, cards: c.shown.map((s) => ({ prob: calibrated(s.p, cal), verdict: s.verdict, facts: s.facts })) }));

// 1. Target, strict weight and cross-kind matches, by the strict labels of each book left out.
const configs: Config[] = [];
const targets = (arg("--target") ?? "accept,usable,graded").split(",") as Target[];
if (!targets.every((t) => ["accept", "usable", "graded"].includes(t))) throw new Error("--target takes accept, usable, graded (comma-separated)");
const strictWeights = (arg("--strict") ?? "1,3,10,Infinity").split(",").map(Number);
if (!strictWeights.every((w) => w >= 1)) throw new Error("--strict takes weights >= 1 (comma-separated; Infinity: strict labels alone)");
const withins = process.argv.includes("--within") ? [false, true] : [false];
const balancing = arg("--balanced") === "only" ? [true] : process.argv.includes("--balanced") ? [false, true] : [false];
const strictOnlys = process.argv.includes("--strict-only") ? [false, true] : [false];
const keeps = arg("--keep") ? [undefined, Number(arg("--keep"))] : [undefined];
if (!keeps.every((k) => k === undefined || (Number.isInteger(k) && k > 0))) throw new Error("--keep takes a whole number of features > 0");
for (const keep of keeps) for (const strictOnly of strictOnlys) for (const balanced of balancing) for (const withinBook of withins) for (const lambda of lambdas) for (const target of targets) for (const strictWeight of strictWeights) configs.push({ target, strictWeight, crossKind: false, lambda, withinBook, balanced, strictOnly, keep });
console.log(`\nLeave-one-book-out, strict labels of the left-out book (mean over books; top 40 pooled, strict labels first):\n| config | AUC accept | AUC reject | labelled@40 | accept | edit | reject |\n| --- | --- | --- | --- | --- | --- | --- |`);
const tried: { c: Config; s: ReturnType<typeof summary> }[] = [];
const tryConfig = (c: Config) => {
  const s = summary(leaveOneBookOut(data, books, c));
  tried.push({ c, s });
  console.log(`| ${name(c)} | ${fmt(s.aucA)} | ${fmt(s.aucR)} | ${s.n} | ${pct(s.accept)} | ${pct(s.edit)} | ${pct(s.reject)} |`);
};
configs.forEach(tryConfig);
const merit = (s: ReturnType<typeof summary>) => s.aucA + s.aucR;
const bestOf = () => [...tried].sort((x, y) => merit(y.s) - merit(x.s))[0].c;
tryConfig({ ...bestOf(), crossKind: true });
const chosen = bestOf();
console.log(`chosen (highest AUC accept + AUC reject): ${name(chosen)}`);

// 2. Per book: the current weights.json against the new fit, each book left out of the new fit.
// --nested: each book's setting is chosen without it too (scripts/lib/lobo.ts nestedLeaveOneBookOut),
// so the figures below do not flatter the sweep's winner.
const nested = process.argv.includes("--nested");
const folds = nested
  ? nestedLeaveOneBookOut(data, books, configs, (b, c) => process.stderr.write(`  nested: ${b} → ${name(c)} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`))
  : leaveOneBookOut(data, books, chosen);
if (nested) console.log(`\n(nested: each book's figures come from the setting chosen by leave-one-book-out over the other books)`);
const old = books.map((b) => runBook(data, b, DEFAULT_WEIGHTS, chosen));
console.log(`\nPer book (old = current weights.json, fitted on earlier labels of some of these books; new = fitted without the book; a/e/r strict-first of labelled top-40 cards; AUC a–r: strict accepts against strict rejects):\n| book | strict labels | AUC accept old → new | AUC reject old → new | AUC a–r old → new | top 40 labelled old | a/e/r old | labelled new | a/e/r new | recall old → new | better |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
const test = adoptionTest(folds, old);
books.forEach((b, i) => {
  const o = old[i], n = folds[i], ao = aucs(o.oof), an = aucs(n.oof), so = shownOf([o]), sn = shownOf([n]);
  console.log(`| ${b} | ${n.oof.length} | ${fmt(ao.a)} → ${fmt(an.a)} | ${fmt(ao.r)} → ${fmt(an.r)} | ${fmt(aucAR(o.oof))} → ${fmt(aucAR(n.oof))} | ${aer(so).n}/${so.length} | ${aerOf(so)} | ${aer(sn).n}/${sn.length} | ${aerOf(sn)} | ${recallText(cutBooks(o))} → ${recallText(cutBooks(n))} | ${test.books[i] ? "yes" : ""} |`);
});
const so = summary(old), sn = summary(folds);
console.log(`| mean / pooled | | ${fmt(so.aucA)} → ${fmt(sn.aucA)} | ${fmt(so.aucR)} → ${fmt(sn.aucR)} | ${fmt(mean(old.map((r) => aucAR(r.oof))))} → ${fmt(mean(folds.map((r) => aucAR(r.oof))))} | ${so.n} | ${aerOf(shownOf(old))} | ${sn.n} | ${aerOf(shownOf(folds))} | ${pct(test.recall.prev)} → ${pct(test.recall.next)} | ${test.better} of ${books.length} |`);

if (process.argv.includes("--list-unlabelled")) {
  const cards = folds.flatMap((f) => f.chapters.flatMap((c) => c.shown.filter((x) => !x.verdict).map((x) => x.card ?? "")));
  console.log(`\nUnlabelled cards of the refit's top 40s (fixture, front, back; sorted, no scores):\n${[...new Set(cards)].sort().join("\n")}`);
}
const queueRater = arg("--queue-unlabelled");
if (queueRater) {
  // The folds' unlabelled shown cards, found again among the chapter's candidates for their kind and
  // sentence, appended to the rater's shuffled blind queue (as label-queue write does).
  const byFixture = new Map<string, EvalCard[]>();
  for (const f of folds) for (const c of f.chapters) for (const x of c.shown.filter((y) => !y.verdict)) {
    const d = train.find((t) => t.fixture === c.fixture)!, [, front, back] = (x.card ?? "").split("\t");
    const r = d.ranked.find((y) => y.c.front === front && y.c.back === back);
    if (r) byFixture.set(c.fixture, [...(byFixture.get(c.fixture) ?? []), { kind: r.c.kind, front, back, sentence: d.a.chapter.sentences[r.c.sentence]?.text ?? "" }]);
  }
  for (const [fixture, cards] of byFixture) {
    const file = queueFile(fixture, queueRater);
    const before: QueueItem[] = existsSync(file) ? readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)) : [];
    const { queue, added } = extendQueue(fixture, before, cards, readLabels(fixture), queueRater);
    mkdirSync(dirs.queue, { recursive: true });
    writeFileSync(file, queue.map((q) => JSON.stringify(q)).join("\n") + (queue.length ? "\n" : ""));
    console.log(`queued ${added} of ${cards.length} unlabelled cards of ${fixture} for ${queueRater}`);
  }
}
{
  const o = separation(old), n = separation(folds);
  console.log(`separation of strict labels, old → new: within books, accept above reject over ${n.pairs} pairs ${fmt(o.within)} → ${fmt(n.within)}; all books mixed, AUC accept ${fmt(o.mixed.a)} → ${fmt(n.mixed.a)}, reject ${fmt(o.mixed.r)} → ${fmt(n.mixed.r)}, accept vs reject ${fmt(o.mixed.ar)} → ${fmt(n.mixed.ar)}`);
}

// 2b. What the order is worth inside a chapter: strict-first a/e/r of each chapter's 10 and 20
// best-scored cards against its whole list (the whole list is the same set under any score).
{
  const at = (r: BookRun[], k: number) => { const t = acceptAt(r, k); return `${pct(t.accept)}/${pct(t.reject)} (${t.n})`; };
  console.log(`\nScore order within chapters (old = weights.json, new = fitted without the book): accept/reject share (labelled cards) of each chapter's top 10 and top 20 by score, and of its whole list; AUC a–r: strict accepts against strict rejects:\n| book | AUC a–r old → new | top 10 old → new | top 20 old → new | whole list old → new |\n| --- | --- | --- | --- | --- |`);
  books.forEach((b, i) => console.log(`| ${b} | ${fmt(aucAR(old[i].oof))} → ${fmt(aucAR(folds[i].oof))} | ${at([old[i]], 10)} → ${at([folds[i]], 10)} | ${at([old[i]], 20)} → ${at([folds[i]], 20)} | ${at([old[i]], Infinity)} → ${at([folds[i]], Infinity)} |`));
  const pooledAR = (r: BookRun[]) => aucAR(r.flatMap((x) => x.oof));
  console.log(`| pooled (AUC: books mixed) | ${fmt(pooledAR(old))} → ${fmt(pooledAR(folds))} | ${at(old, 10)} → ${at(folds, 10)} | ${at(old, 20)} → ${at(folds, 20)} | ${at(old, Infinity)} → ${at(folds, Infinity)} |`);
  const sizes = folds.flatMap((f) => f.chapters.map((c) => c.shown.length)).sort((x, y) => x - y);
  console.log(`cards per chapter (top 40, uncut): ${sizes.length} chapters, min ${sizes[0]}, median ${sizes[Math.floor(sizes.length / 2)]}, max ${sizes.at(-1)}; chapters that reach 40: ${sizes.filter((n) => n >= 40).length}`);
}

// 3. Calibration on the out-of-fold scores, then the cut, both by leave-one-book-out.
const positive = (v: Verdict) => (chosen.target === "accept" ? v === "accept" : v !== "reject");
const oof = folds.flatMap((f) => f.oof);
const calibration = fitCalibration(oof.map((o) => o.p), oof.map((o) => (positive(o.v) ? 1 : 0)));
console.log(`\nCalibration to P(strict ${chosen.target === "accept" ? "accept" : "accept or edit"}) on ${oof.length} out-of-fold scores: a=${calibration.a.toFixed(3)}, b=${calibration.b.toFixed(3)}`);
const calBooks = folds.map((f) => ({ book: f.book, chapters: cutBooks(f, calibration) }));
// Cuts at every 5th percentile of the shown cards' calibrated probabilities (a fixed grid would
// miss them: calibration squeezes them into a narrow band when the scores say little).
const probs = calBooks.flatMap((f) => f.chapters.flatMap((c) => c.cards.map((x) => x.prob))).sort((x, y) => x - y);
const ps = [...new Set([0, ...Array.from({ length: 19 }, (_, i) => Math.floor((probs[Math.floor(((i + 1) / 20) * probs.length)] ?? 0) * 1000) / 1000)])];
const mins = [0, 5, 10, 15, 20];
const chapterCards = calBooks.flatMap((f) => f.chapters);
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
// A cut must gain clearly: at least 5 % of the shown cards in value, else it is noise.
const uncut = option({ p: 0, min: 0 });
const clear = best.feasible && best.value - uncut.value >= 0.05 * uncut.shown;
const cut: Cut = calibration.a > 0 && clear && best.cut.p > 0 ? { p: best.cut.p, min } : { p: 0, min: 0 };
console.log(cut.p > 0 ? `cut: p ≥ ${cut.p}, at least ${cut.min} cards per chapter` : `no cut: the best allowed (p ≥ ${best.cut.p}, floor ${min}) gains ${best.value - uncut.value} of ${uncut.shown} shown cards in value, under the 5 % a cut must clearly gain`);

// What the chosen cut does to each chapter: cards kept, and the gold facts only cards below it taught.
{
  const kept = chapterCards.map((c) => applyCut(c.cards, (x) => x.prob, cut));
  const lost = chapterCards.reduce((n, c, i) => { const above = new Set(kept[i].flatMap((x) => x.facts ?? [])); return n + new Set(c.cards.flatMap((x) => x.facts ?? []).filter((f) => !above.has(f))).size; }, 0);
  const sizes = kept.map((k) => k.length).sort((x, y) => x - y);
  const gold = chapterCards.reduce((n, c) => n + c.gold, 0);
  console.log(`at the cut: ${sizes.reduce((n, k) => n + k, 0)} of ${chapterCards.reduce((n, c) => n + c.cards.length, 0)} cards shown, per chapter min ${sizes[0]}, median ${sizes[Math.floor(sizes.length / 2)]}, max ${sizes.at(-1)}; gold facts taught only by cards below the cut: ${lost} of ${gold} (recall lost ${pct(gold ? lost / gold : 0)})`);
}

// 4. The precision / recall curve of stricter cuts, per left-out book (the learned cut's form: a
// calibrated probability with a per-chapter floor; and each chapter's best share, for contrast).
const levels: { name: string; cut: (cards: CutBook["cards"]) => CutBook["cards"] }[] = [
  { name: "none", cut: (cs) => cs },
  ...[0.2, 0.4, 0.6].flatMap((q) => [0, 5].map((floor) => { const p = probs[Math.floor(q * probs.length)]; return { name: `p≥${p.toFixed(2)} (q${Math.round(q * 100)}) min ${floor}`, cut: (cs: CutBook["cards"]) => applyCut(cs, (x) => x.prob, { p, min: floor }) }; })),
  ...[0.8, 0.6].map((f) => ({ name: `best ${Math.round(f * 100)} %`, cut: (cs: CutBook["cards"]) => { const keep = new Set([...cs].sort((x, y) => y.prob - x.prob).slice(0, Math.ceil(f * cs.length))); return cs.filter((c) => keep.has(c)); } })),
];
const tallyCards = (cs: CutBook["cards"]) => aer(cs.map((c) => ({ p: c.prob, verdict: c.verdict, strict: null, facts: c.facts ?? [] })));
const cell = (chs: CutBook[]) => { const t = tallyCards(chs.flatMap((c) => c.cards)); return `${pct(t.accept)}/${pct(t.edit)}/${pct(t.reject)}, ${recallText(chs)}`; };
console.log(`\nStricter cuts on the left-out books (chosen fit, calibrated): strict-first a/e/r of labelled shown cards, gold recall:\n| book | ${levels.map((l) => l.name).join(" | ")} |\n| --- |${levels.map(() => " --- |").join("")}`);
for (const f of calBooks) console.log(`| ${f.book} | ${levels.map((l) => cell(f.chapters.map((c) => ({ ...c, cards: l.cut(c.cards) })))).join(" | ")} |`);
console.log(`\n| cut | shown | labelled | rejected cards | a/e/r | gold recall | books whose reject share halves | worst chapter's recall loss |\n| --- | --- | --- | --- | --- | --- | --- | --- |`);
const recallNum = (chs: CutBook[]) => { const g = chs.reduce((n, c) => n + c.gold, 0); return g ? chs.reduce((n, c) => n + new Set(c.cards.flatMap((x) => x.facts ?? [])).size, 0) / g : NaN; };
for (const l of levels) {
  const after = calBooks.map((f) => f.chapters.map((c) => ({ ...c, cards: l.cut(c.cards) })));
  const cards = after.flat().flatMap((c) => c.cards), t = tallyCards(cards);
  const halves = calBooks.filter((f, i) => { const b = tallyCards(f.chapters.flatMap((c) => c.cards)).reject, a = tallyCards(after[i].flatMap((c) => c.cards)).reject; return b > 0 && a <= b / 2; }).length;
  const loss = Math.max(0, ...calBooks.flatMap((f, i) => f.chapters.map((c, k) => (c.gold ? recallNum([c]) - recallNum([after[i][k]]) : 0))));
  console.log(`| ${l.name} | ${cards.length} | ${t.n} | ${cards.filter((c) => c.verdict === "reject").length} | ${pct(t.accept)}/${pct(t.edit)}/${pct(t.reject)} | ${recallText(after.flat())} | ${halves} of ${calBooks.length} | ${pct(loss)} |`);
}

// 5. The fit on every train book, with the calibration and cut chosen above; written only if it
// passes the adoption test (scripts/lib/fit-figures.ts) and keeps the user sample's facts.
const all = rankerRows(data, chosen, () => true);
const fitted: Weights = {
  ...fitRanker(data, chosen, () => true, `fitted by scripts/fit-ranker.ts on ${all.length} labelled candidates of ${books.length} train books (${books.join(", ")}); target ${chosen.target}, strict raters ×${chosen.strictWeight}${chosen.crossKind ? ", cross-kind matches" : ""}${chosen.withinBook ? ", within-book contrasts" : ""}${chosen.balanced ? ", balanced (a card once, books equal)" : ""}${chosen.strictOnly ? ", strict labels only" : ""}${chosen.keep ? `, the ${chosen.keep} strongest features` : ""}; L2 λ=${chosen.lambda}`),
  calibration: { a: Math.round(calibration.a * 1000) / 1000, b: Math.round(calibration.b * 1000) / 1000 },
  cut,
};
const keepsUser = userSampleKeeps(data, (f) => !!fixtureEntries[f].userSample, fitted);
console.log(`\n${fitted.source} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
console.log(`adoption: pooled value (accept − reject share) ${test.pooled.prev.toFixed(3)} → ${test.pooled.next.toFixed(3)}, recall ${pct(test.recall.prev)} → ${pct(test.recall.next)}, better on ${test.better} of ${books.length} books; user sample keeps ${USER_FACTS.join(", ")}: ${keepsUser ? "yes" : "NO"} , within-book order ${test.order.prev.toFixed(3)} → ${test.order.next.toFixed(3)} → ${test.adopt && keepsUser ? "adopt" : "do not adopt"}`);
{
  const t10 = acceptAt(folds, 10), t20 = acceptAt(folds, 20), all = acceptAt(folds, Infinity);
  console.log(`LOBO figures of this fit (each book left out): mean AUC accept ${fmt(sn.aucA)}, reject ${fmt(sn.aucR)}, a–r ${fmt(mean(folds.map((r) => aucAR(r.oof))))}; within books accept above reject ${fmt(separation(folds).within)}; accept/reject top 10 ${pct(t10.accept)}/${pct(t10.reject)}, top 20 ${pct(t20.accept)}/${pct(t20.reject)}, whole list ${pct(all.accept)}/${pct(all.reject)}; cut ${cut.p > 0 ? `p ≥ ${cut.p} min ${cut.min}` : "none"}`);
}
if (process.argv.includes("--write")) {
  if (test.adopt && keepsUser || process.argv.includes("--force")) {
    writeFileSync(path.resolve("lib/cards/rank/weights.json"), JSON.stringify(fitted, null, 2) + "\n");
    console.log("wrote lib/cards/rank/weights.json");
  } else console.log("nothing written (not adopted; --force writes it anyway, to inspect)");
}
