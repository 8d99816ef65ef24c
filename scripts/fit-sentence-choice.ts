// Fits the sentence-choice model (lib/cards/choice): P(a strong model makes a card of this sentence)
// from the sentence's features, on the training chapters the LLM ceiling answered
// (tests/fixtures/llm-ceiling/*/, scripts/lib/choice-data.ts; the user's sample left out), and judges it
// leave-one-BOOK-out: per book the AUC of the left-out book's sentences, chosen against not chosen.
// λ is the one with the best mean per-book AUC. Held-out books are never read.
//   npm run fit:sentence-choice                figures only (about a minute)
//   npm run fit:sentence-choice -- --write     also write lib/cards/choice/weights.json
//   --lambda 1,3,10     L2 strengths compared
//   --without REGEX     feature columns whose name matches are zeroed (left out of the fit)
//   --groups            also the mean leave-one-book-out AUC of each feature group (surface, meaning) alone and together
//   --gold              positives: chosen OR holding a gold must-know fact; the other training chapters'
//                       sentences (gold only) are added as rows (judged on the chosen labels all the same)
import { writeFileSync } from "node:fs";
import path from "node:path";
import { auc } from "@/lib/cards/rank/fit";
import { CHOICE_FEATURES, RANKED } from "@/lib/cards/choice/features";
import { MEANING_DIRECTION, MEANING_SIMILARITY } from "@/lib/cards/choice/meaning";
import { choiceScore, fitChoice, type ChoiceWeights } from "@/lib/cards/choice/model";
import { answeredFixtures, choiceChapters, type ChoiceRow } from "./lib/choice-data";
import { loadBooks, trainFixtures } from "./lib/cards-eval";
import { arg } from "./lib/args";

const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
const withGold = process.argv.includes("--gold");
const books = loadBooks();
const answered = answeredFixtures(books);
const rows: ChoiceRow[] = [];
const found = { requests: 0, exact: 0, near: 0, unmatched: 0, unlabelled: 0 };
for (const [fixture, dir] of answered) {
  const { chapters, labels } = choiceChapters(fixture, dir, books);
  found.exact += labels!.exact; found.near += labels!.near; found.unmatched += labels!.unmatched;
  for (const c of chapters) for (const r of c.rows) (r.chosen === null ? found.unlabelled++ : rows.push(r));
}
const extra: ChoiceRow[] = [];
if (withGold) for (const f of trainFixtures(books).filter((f) => !answered.has(f) && !books.fixtures[f].userSample)) for (const c of choiceChapters(f, undefined, books).chapters) extra.push(...c.rows);
const byBook = [...new Set(rows.map((r) => r.book))];
console.log(`${answered.size} answered training fixtures of ${byBook.length} books: ${rows.length} sentences labelled (${rows.filter((r) => r.chosen).length} chosen, ${pct(rows.filter((r) => r.chosen).length / rows.length)}); request sentences found verbatim ${found.exact}, by word overlap ${found.near}, not found ${found.unmatched}; chapter sentences no request names ${found.unlabelled}${withGold ? `; gold rows from ${new Set(extra.map((r) => r.fixture)).size} other chapters: ${extra.length} (${extra.filter((r) => r.gold).length} holding a fact)` : ""} (${secs()})`);

function pct(x: number) { return `${(100 * x).toFixed(1)} %`; }
// Feature groups: session 23's surface features, session 24's similarities by meaning, the sentence vector's direction.
// (Read from meaning.ts's lists, with the ranks features.ts takes of the similarities.)
const similarity = new Set<string>([...MEANING_SIMILARITY, ...RANKED.filter(([, of]) => (MEANING_SIMILARITY as readonly string[]).includes(of)).map(([rank]) => rank)]);
const direction = new Set<string>(MEANING_DIRECTION);
const GROUPS = { similarity: { test: (f: string) => similarity.has(f) }, direction: { test: (f: string) => direction.has(f) } };
const isSurface = (f: string) => !Object.values(GROUPS).some((g) => g.test(f));
const zeroed = (x: number[], off: (f: string) => boolean) => x.map((v, i) => (i > 0 && off(CHOICE_FEATURES[i]) ? 0 : v));
if (arg("--without")) {
  const re = new RegExp(arg("--without")!);
  for (const r of [...rows, ...extra]) r.x = zeroed(r.x, (f) => re.test(f));
}
const target = (r: ChoiceRow) => (r.chosen || (withGold && r.gold) ? 1 : 0);
const fitOn = (keep: (r: ChoiceRow) => boolean, lambda: number, source = "lobo") =>
  fitChoice([...rows, ...extra].filter(keep).map((r) => ({ x: r.x, y: target(r) })), lambda, source);
const bookAuc = (b: string, w: ChoiceWeights) => {
  const mine = rows.filter((r) => r.book === b);
  return { n: mine.length, chosen: mine.filter((r) => r.chosen).length, auc: auc(mine.map((r) => choiceScore(r.x, w)), mine.map((r) => !!r.chosen)) };
};
const mean = (xs: number[]) => xs.filter((x) => !Number.isNaN(x)).reduce((s, x, _, all) => s + x / all.length, 0);

// 1. λ by mean leave-one-book-out AUC (the left-out book's sentences are never fitted, gold rows of it neither).
const lambdas = (arg("--lambda") ?? "0.3,1,3,10,30").split(",").map(Number);
let best = { lambda: lambdas[0], auc: -1 };
console.log(`\n| λ | mean per-book AUC | pooled out-of-book AUC |\n| --- | --- | --- |`);
for (const lambda of lambdas) {
  const ps: number[] = [], ys: boolean[] = [], per: number[] = [];
  for (const b of byBook) {
    const w = fitOn((r) => r.book !== b, lambda);
    per.push(bookAuc(b, w).auc);
    for (const r of rows.filter((x) => x.book === b)) { ps.push(choiceScore(r.x, w)); ys.push(!!r.chosen); }
  }
  const m = mean(per);
  console.log(`| ${lambda} | ${m.toFixed(3)} | ${auc(ps, ys).toFixed(3)} |`);
  if (m > best.auc) best = { lambda, auc: m };
}

if (process.argv.includes("--groups")) {
  const sets: [string, (f: string) => boolean][] = [
    ["surface (session 23)", (f) => !isSurface(f)],
    ["similarity by meaning alone", (f) => !GROUPS.similarity.test(f)],
    ["direction alone", (f) => !GROUPS.direction.test(f)],
    ["meaning (similarity + direction)", (f) => isSurface(f)],
    ["surface + similarity", (f) => GROUPS.direction.test(f)],
    ["surface + direction", (f) => GROUPS.similarity.test(f)],
    ["all", () => false],
  ];
  console.log(`\n| features | ${lambdas.map((l) => `λ ${l}`).join(" | ")} |\n| --- | ${lambdas.map(() => "---").join(" | ")} |`);
  for (const [label, off] of sets) {
    const per = lambdas.map((lambda) => mean(byBook.map((b) => {
      const w = fitChoice([...rows, ...extra].filter((r) => r.book !== b).map((r) => ({ x: zeroed(r.x, off), y: target(r) })), lambda, "group");
      const mine = rows.filter((r) => r.book === b);
      return auc(mine.map((r) => choiceScore(zeroed(r.x, off), w)), mine.map((r) => !!r.chosen));
    })));
    console.log(`| ${label} | ${per.map((x) => x.toFixed(3)).join(" | ")} |`);
  }
}

// 2. Per book at the chosen λ, and single features for comparison (the ranker's centrality, position).
console.log(`\nλ = ${best.lambda}. Per book left out:\n| book | sentences | chosen | AUC |\n| --- | --- | --- | --- |`);
for (const b of byBook) {
  const a = bookAuc(b, fitOn((r) => r.book !== b, best.lambda));
  console.log(`| ${b} | ${a.n} | ${a.chosen} | ${a.auc.toFixed(3)} |`);
}
console.log(`\nOne feature alone (mean per-book AUC, sign as it helps): ${CHOICE_FEATURES.slice(1).map((f, i) => {
  const per = byBook.map((b) => { const mine = rows.filter((r) => r.book === b); return auc(mine.map((r) => r.x[i + 1]), mine.map((r) => !!r.chosen)); });
  return { f, a: mean(per) };
}).sort((x, y) => Math.abs(y.a - 0.5) - Math.abs(x.a - 0.5)).map((e) => `${e.f} ${e.a.toFixed(2)}`).join(", ")}`);

// 3. The fit on every answered book.
const final = fitOn(() => true, best.lambda, `fitted by scripts/fit-sentence-choice.ts on ${rows.length} sentences of ${answered.size} training chapters the LLM ceiling answered (${byBook.length} books; positives: cited by a reply card${withGold ? " or holding a gold fact; plus gold-only rows of the other training chapters" : ""}); L2 λ=${best.lambda}; mean leave-one-book-out AUC ${best.auc.toFixed(3)}`);
console.log(`\n${final.source}\n${JSON.stringify(final.weights)}`);
if (process.argv.includes("--write")) {
  writeFileSync(path.join(process.cwd(), "lib/cards/choice/weights.json"), JSON.stringify(final, null, 2) + "\n");
  console.log("wrote lib/cards/choice/weights.json");
}
console.log(`(${secs()})`);
