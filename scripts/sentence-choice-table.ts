// The sentence-choice model's use measured on training labels (session 23): every training chapter's
// gated, ranked candidates are computed once (the pipeline's rankedCandidates), then selection and the
// floors run once per setting of lib/cards/choice/use.ts (drop / floor / rank), and each fixture's
// shown cards are scored as `eval:cards --rater <chain>` scores them (strict-first verdicts, recall of
// the gold facts, unlabelled cards counted, never guessed). Reported apart: the chapters the model was
// NOT fitted on (no LLM replies, the user's sample among them: held out for this model) and the
// chapters it was fitted on (in-sample). Held-out books are never read.
//   npx tsx scripts/sentence-choice-table.ts [--json FILE]    the grid below (about four minutes)
//   --weights FILE     choice weights to use instead of lib/cards/choice/weights.json
//   --oracle           on the chapters with replies, the strong model's own choices instead of the model
//                      (chosen 0.9, passed over 0.1): what a perfect sentence-choice model would give there
//   --gold             the model refitted with positives "chosen OR holding a gold fact", the other
//                      training chapters' sentences added as gold-only rows; a held-out chapter's
//                      probabilities come from a fit without its book's group (5 groups of books), so its
//                      own gold list is never fitted; the in-sample chapters from the fit on all
//   --settings 'drop,min,floor,rank[,deep];…'   instead of the grid; `deep` sets the deep floor's threshold
//                      (default DEEP_FLOOR_AT): the control that drops as many cards without the model
import { readFileSync, writeFileSync } from "node:fs";
import { rankedCandidates, showRanked, toCard } from "@/lib/cards/pipeline";
import { applyFloor, DEEP_FLOOR_AT, PLAIN_FLOOR_AT } from "@/lib/cards/floor";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { CHOICE_WEIGHTS, choiceProbabilities, type ChoiceUse, type ChoiceWeights } from "@/lib/cards/choice";
import { LabelIndex, pool, scoreChapter, type ChapterFigures, type EvalCard } from "@/lib/cards/eval";
import { covers, RESIDUE } from "../tests/unit/cards/gold";
import { generationInputs, loadBooks, readGold, readLabels, trainFixtures } from "./lib/cards-eval";
import { answeredFixtures, choiceRowsOf, type ChoiceRow } from "./lib/choice-data";
import { fitChoice, relativeChoice, shifted } from "@/lib/cards/choice";
import { auc } from "@/lib/cards/rank/fit";
import { STRICT_FIRST_CHAIN } from "./lib/rater-order";
import { arg } from "./lib/args";

const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;
const weights: ChoiceWeights = arg("--weights") ? JSON.parse(readFileSync(arg("--weights")!, "utf8")) : CHOICE_WEIGHTS;
type Setting = ChoiceUse & { deep?: number };
const GRID: Setting[] = [
  { drop: 0, min: 0, floor: 0, rank: 0 },
  ...[0.2, 0.25, 0.3, 0.35, 0.4, 0.45].map((drop) => ({ drop, min: 5, floor: 0, rank: 0 })),
  ...[0.5, 1, 1.5, 2, 3].map((floor) => ({ drop: 0, min: 5, floor, rank: 0 })),
  ...[0.5, 1, 2].map((rank) => ({ drop: 0, min: 5, floor: 0, rank })),
  ...[0.25, 0.3, 0.35].flatMap((drop) => [1, 2].map((floor) => ({ drop, min: 5, floor, rank: 0 }))),
];
const settings: Setting[] = arg("--settings")
  ? arg("--settings")!.split(";").map((s) => { const [drop, min, floor, rank, deep] = s.split(",").map(Number); return { drop, min, floor, rank, ...(deep ? { deep } : {}) }; })
  : GRID;

const books = loadBooks();
const answered = answeredFixtures(books);
type Prepared = { fixture: string; fitted: boolean; runs: { a: ReturnType<typeof rankedCandidates>["a"]; ranked: ReturnType<typeof rankedCandidates>["ranked"]; q: number[]; texts: string[] }[]; index: LabelIndex; gold: ReturnType<typeof readGold> };
const prepared: Prepared[] = trainFixtures(books).map((fixture) => {
  const { chapters, options } = generationInputs(fixture, 40);
  const runs = chapters.map((ch) => {
    const { a, ranked } = rankedCandidates(ch, DEFAULT_WEIGHTS, { author: options.author, title: options.title });
    return { a, ranked, q: choiceProbabilities(a, weights), texts: ch.sentences.map((s) => s.text) };
  });
  return { fixture, fitted: answered.has(fixture), runs, index: new LabelIndex(readLabels(fixture), STRICT_FIRST_CHAIN), gold: readGold(books.fixtures[fixture]) };
});
process.stderr.write(`${prepared.length} training fixtures ranked (${secs()})\n`);

if (process.argv.includes("--oracle")) {
  for (const p of prepared.filter((x) => x.fitted)) {
    const rows = choiceRowsOf(p.fixture, p.runs.map((r) => r.a), answered.get(p.fixture), books).chapters.map((c) => c.rows);
    p.runs.forEach((r, k) => { r.q = rows[k].map((x) => (x.chosen === null ? 0.5 : x.chosen ? 0.9 : 0.1)); });
  }
}

if (process.argv.includes("--gold")) {
  const rowsOf = new Map(prepared.map((p) => [p.fixture, choiceRowsOf(p.fixture, p.runs.map((r) => r.a), answered.get(p.fixture), books).chapters.map((c) => c.rows)]));
  const held = [...new Set(prepared.filter((p) => !p.fitted).map((p) => books.fixtures[p.fixture].book))].sort();
  const group = (fixture: string) => held.indexOf(books.fixtures[fixture].book) % 5;
  const fitRows = (keep: (fixture: string) => boolean): { x: number[]; y: number }[] => prepared.filter((p) => keep(p.fixture) && !books.fixtures[p.fixture].userSample)
    .flatMap((p) => rowsOf.get(p.fixture)!.flat().map((r: ChoiceRow) => ({ x: r.x, y: r.chosen || r.gold ? 1 : 0 })));
  const lambda = weights.lambda;
  const all = fitChoice(fitRows(() => true), lambda, "gold, all");
  const folds = [0, 1, 2, 3, 4].map((k) => fitChoice(fitRows((f) => answered.has(f) || group(f) !== k), lambda, `gold, without group ${k}`));
  for (const p of prepared) {
    const w = p.fitted ? all : folds[group(p.fixture)];
    p.runs.forEach((r) => { r.q = choiceProbabilities(r.a, w); });
  }
  process.stderr.write(`gold variant fitted: ${fitRows(() => true).length} rows (${secs()})\n`);
}

function figures(p: Prepared, use: ChoiceUse | null, deep = DEEP_FLOOR_AT): ChapterFigures {
  const cards: EvalCard[] = p.runs.flatMap((r) => {
    const s = showRanked(r.a, r.ranked, { max: 40, choice: use, q: r.q });
    const all = s.selected.map((_, i) => i);
    const kept = deep === DEEP_FLOOR_AT ? s.kept : applyFloor(applyFloor(all, (i) => s.reject[i], PLAIN_FLOOR_AT, "all"), (i) => s.reject[i], deep, "all");
    return kept.map((i) => {
      const c = toCard(s.selected[i], s.a, DEFAULT_WEIGHTS);
      return { kind: c.kind, front: c.front, back: c.back, ...(c.context ? { context: c.context } : {}), sentence: r.texts[c.source.sentence] ?? "" };
    });
  });
  return scoreChapter(p.fixture, cards, p.index, { isResidue: (t) => RESIDUE.test(t), covers, gold: p.gold, ms: 0 });
}

const name = (u: Setting) => [u.drop || u.floor || u.rank ? [u.drop && `drop < ${u.drop} (min ${u.min})`, u.floor && `floor ×${u.floor}`, u.rank && `rank ×${u.rank}`].filter(Boolean).join(" + ") : "none", u.deep ? ` (deep floor at ${u.deep})` : ""].join("");
const row = (label: string, f: ChapterFigures[]) => {
  const p = pool(f), acc = f.reduce((n, c) => n + c.accept, 0), rej = f.reduce((n, c) => n + c.reject, 0), ed = f.reduce((n, c) => n + c.edit, 0);
  const pc = (x: number) => (p.labelled ? ((100 * x) / p.labelled).toFixed(1) : "—");
  return { label, cards: p.cards, labelled: p.labelled, accept: acc, edit: ed, reject: rej, value: acc - rej, recall: p.recall, unlabelled: p.unlabelled, line: `${p.cards} | ${p.labelled} | ${pc(acc)} / ${pc(ed)} / ${pc(rej)} | ${acc - rej} | ${p.recall == null ? "—" : (100 * p.recall).toFixed(1)} | ${p.unlabelled}` };
};
const out: { setting: Setting; heldOut: ReturnType<typeof row>; fitted: ReturnType<typeof row> }[] = [];
console.log(`Choice weights: ${weights.source}\nStrict-first chain; ${prepared.filter((p) => !p.fitted).length} chapters not fitted on (held out for the model), ${prepared.filter((p) => p.fitted).length} fitted on (in-sample).\n`);
console.log("| setting | held out: cards | labelled | accept / edit / reject % | A − R | recall % | unlabelled | in-sample: cards | labelled | a / e / r % | A − R | recall % | unlabelled |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const use of settings) {
  const f = prepared.map((p) => ({ p, f: figures(p, use.drop || use.floor || use.rank ? use : null, use.deep) }));
  const h = row(name(use), f.filter((x) => !x.p.fitted).map((x) => x.f)), s = row(name(use), f.filter((x) => x.p.fitted).map((x) => x.f));
  out.push({ setting: use, heldOut: h, fitted: s });
  console.log(`| ${name(use)} | ${h.line} | ${s.line} |`);
}
// How well each score tells the shown cards' strict rejects from the rest (base setting): the floor's
// p(reject), the sentence's choice probability, and the floor's logit moved by the choice logit.
console.log("\nAUC for strict reject among the shown labelled cards (no choice use):\n| chapters | cards | floor p(reject) | choice (low = reject) | floor − 1 × choice | floor − 2 × choice |\n| --- | --- | --- | --- | --- | --- |");
for (const fitted of [false, true]) {
  const ps: { reject: number; rel: number; q: number; bad: boolean }[] = [];
  for (const p of prepared.filter((x) => x.fitted === fitted)) for (const r of p.runs) {
    const s = showRanked(r.a, r.ranked, { max: 40, choice: null });
    const rel = relativeChoice(r.q);
    for (const i of s.kept) {
      const c = toCard(s.selected[i], s.a, DEFAULT_WEIGHTS);
      const m = p.index.find({ kind: c.kind, front: c.front, back: c.back, ...(c.context ? { context: c.context } : {}), sentence: r.texts[c.source.sentence] ?? "" });
      if (m) ps.push({ reject: s.reject[i], rel: rel[c.source.sentence], q: r.q[c.source.sentence], bad: m.label.label === "reject" });
    }
  }
  const bad = ps.map((x) => x.bad);
  console.log(`| ${fitted ? "in-sample" : "held out"} | ${ps.length} | ${auc(ps.map((x) => x.reject), bad).toFixed(3)} | ${auc(ps.map((x) => -x.q), bad).toFixed(3)} | ${auc(ps.map((x) => shifted(x.reject, x.rel, 1, -1)), bad).toFixed(3)} | ${auc(ps.map((x) => shifted(x.reject, x.rel, 2, -1)), bad).toFixed(3)} |`);
}
if (arg("--json")) writeFileSync(arg("--json")!, JSON.stringify(out, null, 1));
process.stderr.write(`(${secs()})\n`);
