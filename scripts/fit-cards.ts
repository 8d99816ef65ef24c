// The one refit command for the card generator's two fitted models: the cloze span model
// (lib/cards/spans/weights.json) and the ranker (lib/cards/rank/weights.json), judged together by
// leave-one-BOOK-out over the TRAIN books (books.json; held-out books are never read). The span
// model changes which candidates exist, so each fold recomputes every train chapter's candidates
// with span weights fitted without the book left out, fits the ranker on the other books' labels,
// and shows the left-out book's top 40 (nested: the left-out book's labels reach neither model).
// Four variants are compared on the strict raters' acceptance of the left-out book's top 40:
// shipped spans + shipped ranker (the baseline; in-sample on the books they were fitted on), new
// ranker, new spans, both new. The best is adopted only if it passes adoptionTest against the
// baseline (scripts/lib/fit-figures.ts: the top 40 worth more pooled, strict-first accepted minus
// rejected, recall kept, better on at least half of the books) and the user sample keeps its
// Tsaritsyn and septemvirate facts in its top 40; over the books no shipped model saw (where the
// baseline is not in-sample) its pooled value must rise too. The leave-one-book-out machinery is shared with
// fit-ranker.ts (scripts/lib/lobo.ts).
// Also printed: the ranker's strongest features, how well the score separates each strict reject
// reason from accepts (AUC per reason), and the precision / gold-recall trade-off of showing fewer
// cards (a global cut on the score, or each chapter's best share), all on held-out-by-book folds.
//   npm run fit:cards                 figures only (about 16 × one pipeline pass over the train books)
//   npm run fit:cards -- --write      also write the adopted weights files
//   --lambda 2,5,20,50  --target accept,usable,graded  --strict 1,3,10,Infinity   ranker sweep (each
//     with and without within-book contrasts)
//   --balanced          also sweep balanced ranker fits (a card weighs once, every book the same total);
//                       --balanced only: balanced fits alone
//   --span-lambda 5     the span model's L2 strength
//   --nested            both models nested (span weights and the ranker setting chosen without the
//                       left-out book); prints the four variants and the adoption verdict, then stops
//   --choice            with --nested: also the two-role variant (shipped spans admit, fold spans choose)
//   --adopt N           write variant N (1–3) whatever the rule says, to inspect it (git checkout restores)
import { writeFileSync } from "node:fs";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { DEFAULT_WEIGHTS, type Weights } from "@/lib/cards/rank/model";
import { auc } from "@/lib/cards/rank/fit";
import type { Target, Verdict } from "@/lib/cards/rank/training";
import { SPAN_WEIGHTS, type SpanWeights } from "@/lib/cards/spans/model";
import { SPAN_CHOICE } from "@/lib/cards/spans/choice";
import { loadTrainData } from "./lib/ranker-data";
import { configName as cname, fitRanker, rankerRows, userSampleKeeps, USER_FACTS, leaveOneBookOut, nestedLeaveOneBookOut, runBook, settingMerit, type LoboChapter, type RankerConfig } from "./lib/lobo";
import { loadBooks, readGold } from "./lib/cards-eval";
import { fitSpanRows, spanRows, toSpanWeights } from "./lib/span-rows";
import { adoptionTest, aerText, aucs, f2, mean, pc, pc1, recallOf, sd, strictAcc, type BookRun, type Oof, type Shown } from "./lib/fit-figures";
import { arg } from "./lib/args";

const list = (name: string, dflt: string) => (arg(name) ?? dflt).split(",");
const lambdas = list("--lambda", "2,5,20,50").map(Number);
const targets = list("--target", "accept,usable,graded") as Target[];
const stricts = list("--strict", "1,3,10,Infinity").map(Number);
const spanLambda = Number(arg("--span-lambda") ?? 5);
if (!lambdas.every((l) => l >= 0) || !stricts.every((s) => s >= 1) || !(spanLambda >= 0)) throw new Error("--lambda / --span-lambda take numbers >= 0, --strict numbers >= 1");
if (!targets.every((t) => ["accept", "usable", "graded"].includes(t))) throw new Error("--target takes accept, usable, graded");

type Config = Required<Omit<RankerConfig, "crossKind" | "strictOnly" | "keep">>;
type Fixture = LoboChapter;

const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
const books = loadBooks();
const goldOf = (fixture: string) => readGold(books.fixtures[fixture]) ?? [];

/** Every train chapter's gated, featured candidates and matched labels under the span weights now in force. */
function candidates(spans: SpanWeights): Fixture[] {
  SPAN_WEIGHTS.weights = spans.weights; // the pipeline reads the span model from this object
  return loadTrainData().map((d) => ({ fixture: d.fixture, book: d.book, ranked: d.ranked, labels: d.labels, gold: goldOf(d.fixture) }));
}

// ── figures (scripts/lib/fit-figures.ts) ──

type Variant = { name: string; runs: BookRun[] };
function summary(v: Variant, only?: Set<string>) {
  const runs = only ? v.runs.filter((r) => only.has(r.book)) : v.runs;
  const per = runs.map((r) => strictAcc(r.chapters.flatMap((c) => c.shown)).acc);
  const pooled = strictAcc(runs.flatMap((r) => r.chapters.flatMap((c) => c.shown)));
  return { mean: mean(per), sd: sd(per), min: Math.min(...per.filter(Number.isFinite)), max: Math.max(...per.filter(Number.isFinite)), pooled, recall: recallOf(runs.flatMap((r) => r.chapters)), auc: { a: mean(runs.map((r) => aucs(r.oof).a)), r: mean(runs.map((r) => aucs(r.oof).r)) } };
}

// ── 1. data: shipped span weights, and per left-out book span weights fitted without it ──
const shippedSpans: SpanWeights = { source: SPAN_WEIGHTS.source, weights: { ...SPAN_WEIGHTS.weights } };
const shippedRanker: Weights = JSON.parse(JSON.stringify(DEFAULT_WEIGHTS));
const spanData = spanRows(books);
console.log(`span model: ${spanData.rows.length} rows (${spanData.rows.filter((r) => r.y === 1).length} good, ${spanData.rows.filter((r) => r.y === 0).length} bad; ${spanData.mined} from edit notes; ${spanData.qa} question answers; ${spanData.unmatched} labels not located), λ ${spanLambda}`);
const base = candidates(shippedSpans);
const bookNames = [...new Set(base.map((d) => d.book))];
console.log(`${bookNames.length} train books, ${base.length} chapters, ${base.reduce((n, d) => n + d.ranked.length, 0)} gated candidates, ${base.reduce((n, d) => n + d.labels.filter((l) => l.length).length, 0)} labelled (${secs()})`);
const spanFold = new Map<string, SpanWeights>(), foldData = new Map<string, Fixture[]>();
for (const b of bookNames) {
  const sw = toSpanWeights(fitSpanRows(spanData.rows.filter((r) => r.book !== b), spanLambda), `without ${b}`);
  spanFold.set(b, sw);
  foldData.set(b, candidates(sw));
  process.stderr.write(`  span fold ${b} (${secs()})\n`);
}
SPAN_WEIGHTS.weights = shippedSpans.weights;

// ── 2. ranker settings by leave-one-book-out, with shipped spans and with the fold's spans ──
const balancing = arg("--balanced") === "only" ? [true] : process.argv.includes("--balanced") ? [false, true] : [false];
const configs: Config[] = balancing.flatMap((balanced) => [false, true].flatMap((withinBook) => lambdas.flatMap((lambda) => targets.flatMap((target) => stricts.map((strictWeight) => ({ target, strictWeight, lambda, withinBook, balanced }))))));

// ── --nested: both models nested. For each left-out book the span weights are fitted without it
// (step 1) and the ranker setting is chosen by leave-one-book-out over the OTHER books on the
// candidates those span weights give (lib/lobo.ts nestedLeaveOneBookOut), then fitted on them; so
// neither model nor the choice of setting has seen the book its top 40 is judged on. Variants: V0
// shipped, V1n shipped spans + nested ranker, V2 fold spans + shipped ranker, V3n fold spans +
// nested ranker; the same adoption rule as below (and --write writes only what passes it).
if (process.argv.includes("--nested")) {
  const say = (v: string) => (b: string, c: RankerConfig) => process.stderr.write(`  ${v} ${b} → ${cname(c)} (${secs()})\n`);
  const nv: Variant[] = [
    { name: "shipped spans + shipped ranker", runs: bookNames.map((b) => runBook(base, b, shippedRanker)) },
    { name: "shipped spans + nested ranker", runs: nestedLeaveOneBookOut(base, bookNames, configs, say("V1n")) },
    { name: "fold spans + shipped ranker", runs: bookNames.map((b) => runBook(foldData.get(b)!, b, shippedRanker)) },
    { name: "fold spans + nested ranker", runs: nestedLeaveOneBookOut((b) => foldData.get(b)!, bookNames, configs, say("V3n")) },
  ];
  // --choice: the two roles (lib/cards/spans/choice.ts): shipped spans admit, the fold's span model
  // (free of the floor) picks the blank, the ranker nested. Reported; written only via fit:span-choice.
  if (process.argv.includes("--choice")) {
    const choiceData = new Map<string, Fixture[]>();
    for (const b of bookNames) {
      SPAN_CHOICE.weights = spanFold.get(b)!;
      SPAN_CHOICE.floor = false;
      choiceData.set(b, candidates(shippedSpans));
      SPAN_CHOICE.weights = null;
      SPAN_CHOICE.floor = true;
      process.stderr.write(`  choice fold ${b} (${secs()})\n`);
    }
    nv.push({ name: "shipped spans admit, fold spans choose (free) + nested ranker (report only)", runs: nestedLeaveOneBookOut((b) => choiceData.get(b)!, bookNames, configs, say("V4n")) });
  }
  nv.forEach((v, i) => console.log(`V${i} = ${v.name}`));
  console.log(`\nNested, per left-out book: top 40 strict-first a/e/r of labelled cards; gold recall@40\n| book | ${nv.map((_, i) => `V${i}`).join(" | ")} |\n| --- |${nv.map(() => " --- |").join("")}`);
  for (const [i, b] of bookNames.entries()) console.log(`| ${b} | ${nv.map((v) => `${aerText(v.runs[i].chapters.flatMap((c) => c.shown))}; ${pc(recallOf(v.runs[i].chapters))}`).join(" | ")} |`);
  console.log(`| pooled | ${nv.map((v) => `${aerText(v.runs.flatMap((r) => r.chapters.flatMap((c) => c.shown)))}; ${pc(recallOf(v.runs.flatMap((r) => r.chapters)))}`).join(" | ")} |`);
  const unseenN = new Set(bookNames.filter((b) => !shippedRanker.source.includes(b) && !shippedSpans.source.includes(b)));
  const ok = nv.map((v, i) => {
    if (!i) return false;
    const t = adoptionTest(v.runs, nv[0].runs), f = adoptionTest(v.runs.filter((r) => unseenN.has(r.book)), nv[0].runs.filter((r) => unseenN.has(r.book)));
    console.log(`V${i} against V0: pooled value ${f2(t.pooled.prev)} → ${f2(t.pooled.next)}, recall ${pc(t.recall.prev)} → ${pc(t.recall.next)}, better on ${t.better} of ${t.books.length} books; on the ${unseenN.size} books no shipped model saw ${f2(f.pooled.prev)} → ${f2(f.pooled.next)}: ${t.adopt && f.pooled.next > f.pooled.prev ? "passes" : "fails"}`);
    return t.adopt && f.pooled.next > f.pooled.prev;
  });
  const passing = nv.map((v, i) => ({ v, i })).filter(({ i }) => ok[i] && i <= 3);
  if (!passing.length) console.log("nested: not adopted (no variant passes the adoption rule)");
  else {
    // What would be written: the span weights fitted on every book, the setting chosen by
    // leave-one-book-out over every book on the candidates they give, the ranker fitted on all.
    const { i } = passing[passing.length - 1];
    const spans = i >= 2 ? toSpanWeights(fitSpanRows(spanData.rows, spanLambda), `fitted by scripts/fit-cards.ts --nested on ${spanData.rows.length} labelled spans of ${bookNames.length} train books, lambda ${spanLambda}`) : shippedSpans;
    const data = i >= 2 ? candidates(spans) : base;
    SPAN_WEIGHTS.weights = shippedSpans.weights;
    const c = configs.map((c) => ({ c, m: settingMerit(data, bookNames, c) })).sort((x, y) => y.m - x.m)[0].c;
    const ranker: Weights = i % 2 ? { ...fitRanker(data, c, () => true), source: `fitted by scripts/fit-cards.ts --nested on ${rankerRows(data, c, () => true).length} labelled candidates of ${bookNames.length} train books; ${cname(c)}`, cut: { p: 0, min: 0 } } : shippedRanker;
    const keeps = userSampleKeeps(data, (x) => !!books.fixtures[x].userSample, ranker);
    console.log(`nested: V${i} passes; setting on all books ${cname(c)}; user sample keeps ${USER_FACTS.join(", ")}: ${keeps ? "yes" : "NO"}`);
    if (keeps && process.argv.includes("--write")) {
      if (spans !== shippedSpans) writeFileSync("lib/cards/spans/weights.json", `${JSON.stringify(spans, null, 2)}\n`);
      if (ranker !== shippedRanker) writeFileSync("lib/cards/rank/weights.json", `${JSON.stringify(ranker, null, 2)}\n`);
      console.log("written");
    }
  }
  console.log(`(${secs()})`);
  process.exit(0);
}
const lobo = (c: Config, spans: "shipped" | "fold"): Variant => ({
  name: cname(c),
  runs: spans === "shipped" ? leaveOneBookOut(base, bookNames, c) : bookNames.map((b) => runBook(foldData.get(b)!, b, fitRanker(foldData.get(b)!, c, (d) => d.book !== b))),
});
const tried: { c: Config; spans: "shipped" | "fold"; v: Variant; s: ReturnType<typeof summary> }[] = [];
for (const spans of ["shipped", "fold"] as const) for (const c of configs) { const v = lobo(c, spans); tried.push({ c, spans, v, s: summary(v) }); }
const merit = (t: (typeof tried)[number]) => t.s.auc.a + t.s.auc.r;
console.log(`\nRanker settings, leave-one-book-out (strict labels of the left-out book; acceptance@40 = mean over books of accepted / strictly labelled shown cards); of ${configs.length} per span model, the 6 best and the best without within-book contrasts:\n| config | spans | AUC accept | AUC reject | strict acc@40 mean (sd) | pooled |\n| --- | --- | --- | --- | --- | --- |`);
for (const spans of ["shipped", "fold"] as const) {
  const mine = tried.filter((t) => t.spans === spans).sort((x, y) => merit(y) - merit(x));
  for (const t of [...mine.slice(0, 6), mine.find((x) => !x.c.withinBook)!]) console.log(`| ${cname(t.c)} | ${spans} | ${f2(t.s.auc.a)} | ${f2(t.s.auc.r)} | ${pc(t.s.mean)} (${pc(t.s.sd)}) | ${pc(t.s.pooled.acc)} of ${t.s.pooled.n} |`);
}
// Settings chosen by the separation of the left-out books' labels (AUC accept + AUC reject), not by
// acceptance@40, which is then the adoption test (choosing and judging on one figure flatters it).
const bestBy = (spans: "shipped" | "fold") => tried.filter((t) => t.spans === spans).sort((x, y) => merit(y) - merit(x))[0];
const newRanker = bestBy("shipped"), newBoth = bestBy("fold");

// ── 3. the four variants, per book ──
const variants: Variant[] = [
  { name: "shipped spans + shipped ranker", runs: bookNames.map((b) => runBook(base, b, shippedRanker)) },
  { ...newRanker.v, name: `shipped spans + new ranker (${cname(newRanker.c)})` },
  { name: "new spans + shipped ranker", runs: bookNames.map((b) => runBook(foldData.get(b)!, b, shippedRanker)) },
  { ...newBoth.v, name: `new spans + new ranker (${cname(newBoth.c)})` },
];
console.log(`\nPer book, strict acceptance@40 (accepted / strictly labelled shown cards; shown in brackets), left-out book's labels in neither model except the shipped ones':\n| book | ${variants.map((v, i) => `V${i}`).join(" | ")} |\n| --- |${variants.map(() => " --- |").join("")}`);
variants.forEach((v, i) => console.log(`V${i} = ${v.name}`));
for (const [i, b] of bookNames.entries()) console.log(`| ${b} | ${variants.map((v) => { const sh = v.runs[i].chapters.flatMap((c) => c.shown), a = strictAcc(sh); return `${pc(a.acc)} (${a.n}/${sh.length})`; }).join(" | ")} |`);
const sums = variants.map((v) => summary(v));
console.log(`| mean (sd) [min–max] | ${sums.map((s) => `${pc1(s.mean)} (${pc(s.sd)}) [${pc(s.min)}–${pc(s.max)}]`).join(" | ")} |`);
console.log(`| pooled accept / reject | ${sums.map((s) => `${pc1(s.pooled.acc)} / ${pc(s.pooled.rej)} of ${s.pooled.n}`).join(" | ")} |`);
console.log(`| gold recall@40 | ${sums.map((s) => pc(s.recall)).join(" | ")} |`);
console.log(`| AUC accept / reject (mean) | ${sums.map((s) => `${f2(s.auc.a)} / ${f2(s.auc.r)}`).join(" | ")} |`);
console.log(`\nPer book, left-out book: AUC accept / reject over its strict labels; top 40 strict-first accept/edit/reject of labelled cards; gold recall@40:\n| book | ${variants.map((_, i) => `V${i}`).join(" | ")} |\n| --- |${variants.map(() => " --- |").join("")}`);
const bookCell = (r: BookRun) => { const a = aucs(r.oof), sh = r.chapters.flatMap((c) => c.shown); return `${f2(a.a)} / ${f2(a.r)}; ${aerText(sh)}; ${pc(recallOf(r.chapters))}`; };
for (const [i, b] of bookNames.entries()) console.log(`| ${b} | ${variants.map((v) => bookCell(v.runs[i])).join(" | ")} |`);
console.log(`| pooled | ${variants.map((v) => `${aerText(v.runs.flatMap((r) => r.chapters.flatMap((c) => c.shown)))}; ${pc(recallOf(v.runs.flatMap((r) => r.chapters)))}`).join(" | ")} |`);
// The shipped weights were fitted on some of these books (named in their sources), so V0 is partly
// in-sample; the fair comparison is over the books neither shipped model has seen.
const unseen = new Set(bookNames.filter((b) => !shippedRanker.source.includes(b) && !shippedSpans.source.includes(b)));
const fair = variants.map((v) => summary(v, unseen));
if (unseen.size) console.log(`| ${unseen.size} books no shipped model saw: mean (sd) / pooled | ${fair.map((s) => `${pc1(s.mean)} (${pc(s.sd)}) / ${pc1(s.pooled.acc)} of ${s.pooled.n}`).join(" | ")} |`);

// ── 4. the fits on every train book, the user-sample check, adoption ──
const allSpans = toSpanWeights(fitSpanRows(spanData.rows, spanLambda), `fitted by scripts/fit-cards.ts on ${spanData.rows.length} labelled spans of ${bookNames.length} train books (${bookNames.join(", ")}), lambda ${spanLambda}`);
const allData = candidates(allSpans);
const rankerFor = (data: Fixture[], c: Config): Weights => ({ ...fitRanker(data, c, () => true), source: `fitted by scripts/fit-cards.ts on ${rankerRows(data, c, () => true).length} labelled candidates of ${bookNames.length} train books (${bookNames.join(", ")}); target ${c.target}, strict raters ×${c.strictWeight}${c.withinBook ? ", within-book contrasts (book indicators fitted, then dropped)" : ""}${c.balanced ? ", balanced (a card once, books equal)" : ""}; L2 λ=${c.lambda}`, cut: { p: 0, min: 0 } });
const finals = [
  { spans: shippedSpans, data: base, ranker: shippedRanker },
  { spans: shippedSpans, data: base, ranker: rankerFor(base, newRanker.c) },
  { spans: allSpans, data: allData, ranker: shippedRanker },
  { spans: allSpans, data: allData, ranker: rankerFor(allData, newBoth.c) },
];
const userSampleOk = (f: (typeof finals)[number]) => userSampleKeeps(f.data, (x) => !!books.fixtures[x].userSample, f.ranker);
const okUser = finals.map(userSampleOk);
console.log(`user sample keeps ${USER_FACTS.join(", ")} in its top 40: ${okUser.map((ok, i) => `V${i} ${ok ? "yes" : "NO"}`).join(", ")}`);
// Adopted only when, judged leave-one-book-out, the top 40 is worth more pooled over all books
// (strict-first accepted minus rejected per labelled card) without losing gold recall, AND it is
// better on at least half of the books (scripts/lib/fit-figures.ts adoptionTest), and the user
// sample keeps its facts. V0 is in-sample on the books its sources name, so the test is conservative.
const tests = variants.map((v) => adoptionTest(v.runs, variants[0].runs));
tests.forEach((t, i) => i > 0 && console.log(`V${i} against V0: pooled value ${f2(t.pooled.prev)} → ${f2(t.pooled.next)}, recall ${pc(t.recall.prev)} → ${pc(t.recall.next)}, better on ${t.better} of ${t.books.length} books (${bookNames.filter((_, k) => t.books[k]).join(", ")})`));
// On the books no shipped model saw, V0 has no in-sample advantage: the pooled value must rise there too.
const fairTests = variants.map((v) => adoptionTest(v.runs.filter((r) => unseen.has(r.book)), variants[0].runs.filter((r) => unseen.has(r.book))));
if (unseen.size) fairTests.forEach((t, i) => i > 0 && console.log(`V${i} against V0 on the ${unseen.size} books no shipped model saw: pooled value ${f2(t.pooled.prev)} → ${f2(t.pooled.next)}`));
const adoptable = sums.map((_, i) => i > 0 && okUser[i] && tests[i].adopt && (!unseen.size || fairTests[i].pooled.next > fairTests[i].pooled.prev));
const pick = sums.map((s, i) => ({ s, i, t: tests[i] })).filter(({ i }) => adoptable[i]).sort((x, y) => y.t.pooled.next - x.t.pooled.next)[0];
console.log(pick ? `adopted: V${pick.i} (${variants[pick.i].name})` : "not adopted: no variant is worth more pooled (over all books and over those no shipped model saw), keeps recall and is better on at least half of the books while keeping the user sample's facts");

// ── 5. which features carry the signal; which reject reasons the score can see ──
const report = pick ? pick.i : 3;
const rep = finals[report], repV = variants[report];
const feats = rep.data.flatMap((d) => d.ranked.filter((_, i) => d.labels[i].length).map((r) => r.x));
const col = (k: number) => feats.map((x) => x[k]);
console.log(`\nStrongest features of V${report}'s ranker fitted on every train book (weight × the feature's sd over labelled candidates):\n| feature | weight | sd | weight × sd |\n| --- | --- | --- | --- |`);
FEATURE_NAMES.map((f, k) => ({ f, w: rep.ranker.weights[f] ?? 0, s: sd(col(k)) })).filter((e) => e.f !== "bias" && e.s > 0)
  .sort((x, y) => Math.abs(y.w * y.s) - Math.abs(x.w * x.s)).slice(0, 15)
  .forEach((e) => console.log(`| ${e.f} | ${e.w.toFixed(3)} | ${e.s.toFixed(2)} | ${(e.w * e.s).toFixed(3)} |`));
const REASONS = ["not-standalone", "wrong-or-trivial-blank", "not-worth-learning", "garbled-or-cut"];
const plain = tried.filter((t) => t.spans === "shipped" && !t.c.withinBook).sort((x, y) => merit(y) - merit(x))[0];
const reasonTable = (name: string, runs: BookRun[]) => {
  console.log(`\nHow well ${name}'s left-out-book score separates strict accepts from strict rejects (and edits) of each reason (AUC: 0.5 = no better than chance; mean over books with both, pooled):\n| reason | rejects | AUC reject vs accept (books / pooled) | edits | AUC edit vs accept (pooled) |\n| --- | --- | --- | --- | --- |`);
  const allOof = runs.flatMap((r) => r.oof);
  for (const reason of REASONS) {
    const versus = (v: Verdict, oof: Oof[]) => { const xs = oof.filter((o) => o.v === "accept" || (o.v === v && o.reason === reason)); return auc(xs.map((o) => o.p), xs.map((o) => o.v === "accept")); };
    const n = (v: Verdict) => allOof.filter((o) => o.v === v && o.reason === reason).length;
    const per = runs.map((r) => versus("reject", r.oof)).filter(Number.isFinite);
    console.log(`| ${reason} | ${n("reject")} | ${f2(mean(per))} (${per.length} books) / ${f2(versus("reject", allOof))} | ${n("edit")} | ${f2(versus("edit", allOof))} |`);
  }
  console.log(`(strict accepts: ${allOof.filter((o) => o.v === "accept").length})`);
};
reasonTable(`V${report}`, repV.runs);
if (report !== 1) reasonTable("V1", variants[1].runs);
reasonTable(`the best ranker without within-book fitting (${cname(plain.c)}, shipped spans)`, plain.v.runs);

// ── 6. fewer cards: precision / recall of what is shown, on held-out-by-book folds ──
// A card shown under policy `keep` (chapter's shown cards best first → how many to keep).
type Policy = { name: string; keep: (ranked: Shown[]) => number };
const curve = (runs: BookRun[], policies: Policy[]) => {
  console.log(`| policy | shown | strict-labelled | strict accept | strict reject | gold recall | worst chapter's recall loss |\n| --- | --- | --- | --- | --- | --- | --- |`);
  const before = runs.flatMap((r) => r.chapters);
  for (const pol of policies) {
    const after = before.map((c) => { const best = [...c.shown].sort((x, y) => y.p - x.p); return { ...c, shown: best.slice(0, pol.keep(best)) }; });
    const sh = after.flatMap((c) => c.shown), a = strictAcc(sh);
    const loss = Math.max(...before.map((c, i) => (c.gold ? recallOf([c]) - recallOf([after[i]]) : 0)));
    console.log(`| ${pol.name} | ${sh.length} | ${a.n} | ${pc(a.acc)} | ${pc(a.rej)} | ${pc(recallOf(after))} | ${pc(loss)} |`);
  }
};
const scores = repV.runs.flatMap((r) => r.chapters.flatMap((c) => c.shown.map((s) => s.p))).sort((x, y) => x - y);
const q = (f: number) => scores[Math.min(scores.length - 1, Math.floor(f * scores.length))];
console.log(`\nShowing fewer cards, V${report}'s left-out-book scores (the cut or share is applied to each left-out book's own top 40):`);
curve(repV.runs, [
  { name: "all (no cut)", keep: (b) => b.length },
  ...[0.1, 0.2, 0.3, 0.4, 0.5].map((f) => ({ name: `global score cut at the ${Math.round(f * 100)}th percentile (p ≥ ${q(f).toFixed(3)})`, keep: (b: Shown[]) => b.filter((s) => s.p >= q(f)).length })),
  ...[0.1, 0.2, 0.3, 0.4, 0.5].map((f) => ({ name: `global cut at the ${Math.round(f * 100)}th percentile, floor 10`, keep: (b: Shown[]) => Math.max(Math.min(10, b.length), b.filter((s) => s.p >= q(f)).length) })),
  ...[0.9, 0.8, 0.7, 0.6, 0.5].map((f) => ({ name: `each chapter's best ${Math.round(f * 100)} %`, keep: (b: Shown[]) => Math.ceil(f * b.length) })),
  ...[0.9, 0.8, 0.7].map((f) => ({ name: `stop below ${Math.round(f * 100)} % of the chapter's best score`, keep: (b: Shown[]) => b.filter((s) => s.p >= f * (b[0]?.p ?? 0)).length })),
]);

// `--adopt N` writes variant N whatever the rule says (to inspect it: restore with git checkout).
const forced = arg("--adopt") !== undefined ? Number(arg("--adopt")) : null;
if (forced !== null && !(forced >= 1 && forced <= 3)) throw new Error("--adopt takes a variant number, 1 to 3");
const write = forced ?? (process.argv.includes("--write") ? pick?.i ?? null : null);
if (write !== null) {
  const f = finals[write];
  if (f.spans !== shippedSpans) { writeFileSync("lib/cards/spans/weights.json", `${JSON.stringify(f.spans, null, 2)}\n`); console.log("wrote lib/cards/spans/weights.json"); }
  if (f.ranker !== shippedRanker) { writeFileSync("lib/cards/rank/weights.json", `${JSON.stringify(f.ranker, null, 2)}\n`); console.log("wrote lib/cards/rank/weights.json"); }
} else if (process.argv.includes("--write")) console.log("nothing written (not adopted)");
console.log(`(${secs()})`);
