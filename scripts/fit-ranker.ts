// Refits the card ranker from the labelled candidates in tests/fixtures/labels/ (rubric in
// docs/card-rubric.md), split BY BOOK as tests/fixtures/labels/books.json says: fitted on "train"
// books only, reported per held-out book (AUC of accept vs not, acceptance of the labelled cards the
// new weights put in the top 40) and per train book left out in turn.
// Rows: every label of tests/fixtures/labels/<fixture>.jsonl (rater-a, and rater-a2's additions)
// plus tests/fixtures/labels/second-rater/<fixture>.jsonl (rater-b) for TRAIN books only; a card
// labelled by both raters contributes one row per rater (two rows, so disagreement lands between).
// Acceptance at 40 reads rater-a's label, else rater-a2's, else rater-b's.
//   npm run fit:ranker            print figures only
//   npm run fit:ranker -- --write also write lib/cards/rank/weights.json
//   npm run fit:ranker -- --train-only   leave-one-book-out on train books only (development: held-out books unseen)
//   npm run fit:ranker -- --lambda 5   L2 strength (default 5, chosen by the train books' leave-one-out acceptance and AUC: 1, 2, 5, 10, 20, 50 tried)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cleanDocument } from "@/lib/chapters";
import { pipelineCandidateCards, pipelineGenerateCards, type GeneratedCard } from "@/lib/cards";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { DEFAULT_WEIGHTS, score, type Weights } from "@/lib/cards/rank/model";
import { auc, fitLogistic } from "@/lib/cards/rank/fit";

type Label = { fixture: string; kind: string; front: string; back: string; sentence: string; label: "accept" | "edit" | "reject"; rater: string };
type Row = { book: string; fixture: string; x: number[]; y: number; label: Label["label"]; key: string; rater: string };

const root = path.resolve("tests/fixtures");
const books = JSON.parse(readFileSync(path.join(root, "labels/books.json"), "utf8")) as {
  books: Record<string, { split: "train" | "heldout" }>;
  fixtures: Record<string, { book: string }>;
};
const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
const Y = { accept: 1, edit: 0.5, reject: 0 } as const;
const chapters = new Map<string, ReturnType<typeof cleanDocument>["chapters"][number]>();

function chapterOf(fixture: string) {
  if (!chapters.has(fixture)) chapters.set(fixture, cleanDocument(readFileSync(path.join(root, "chapters", fixture), "utf8"), { filename: fixture }).chapters[0]);
  return chapters.get(fixture)!;
}

// A label belongs to a candidate with the same front and back, or the same kind, sentence and back.
function rowsFor(fixture: string, labels: Label[]): Row[] {
  const chapter = chapterOf(fixture);
  const cards = pipelineCandidateCards(chapter);
  const byFront = new Map<string, GeneratedCard>(), bySentence = new Map<string, GeneratedCard>();
  for (const c of cards) {
    byFront.set(`${norm(c.front)}|${norm(c.back)}`, c);
    bySentence.set(`${c.kind}|${norm(chapter.sentences[c.source.sentence].text)}|${norm(c.back)}`, c);
  }
  const rows: Row[] = [];
  for (const l of labels) {
    const c = byFront.get(`${norm(l.front)}|${norm(l.back)}`) ?? bySentence.get(`${l.kind}|${norm(l.sentence)}|${norm(l.back)}`);
    if (c?.features) rows.push({ book: books.fixtures[fixture].book, fixture, x: c.features, y: Y[l.label], label: l.label, key: `${norm(c.front)}|${norm(c.back)}`, rater: l.rater });
  }
  return rows;
}

const labelDir = path.join(root, "labels");
const secondDir = path.join(labelDir, "second-rater");
const readJsonl = (file: string) => readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Label).filter((l) => l.label in Y);
const isTrain = (fixture: string) => books.books[books.fixtures[fixture]?.book]?.split === "train";
const byFixture = new Map<string, Label[]>();
for (const file of readdirSync(labelDir).filter((f) => f.endsWith(".jsonl"))) {
  const fixture = file.replace(/\.jsonl$/, "");
  if (books.fixtures[fixture]) byFixture.set(fixture, readJsonl(path.join(labelDir, file)));
}
// The second rater's files are named by fixture without its extension; each label names its fixture.
// Only train books: the held-out sample is there to measure agreement, never to fit.
for (const file of readdirSync(secondDir).filter((f) => f.endsWith(".jsonl"))) {
  for (const l of readJsonl(path.join(secondDir, file))) {
    if (!books.fixtures[l.fixture] || !isTrain(l.fixture)) continue;
    byFixture.set(l.fixture, [...(byFixture.get(l.fixture) ?? []), l]);
  }
}
const rows: Row[] = [];
const labelled = new Map<string, Map<string, Label["label"]>>();
const PRECEDENCE = ["rater-b", "rater-a2", "rater-a"]; // later wins in the acceptance lookup
let total = 0;
for (const [fixture, labels] of byFixture) {
  total += labels.length;
  const r = rowsFor(fixture, labels);
  rows.push(...r);
  const order = [...r].sort((x, y) => PRECEDENCE.indexOf(x.rater) - PRECEDENCE.indexOf(y.rater));
  labelled.set(fixture, new Map(order.map((x) => [x.key, x.label])));
}
console.log(`${total} labels, ${rows.length} matched to current candidates (${FEATURE_NAMES.length} features)`);

const weightsOf = (w: number[], source: string): Weights => ({ source, weights: Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, Math.round(w[i] * 1000) / 1000])) });
const lambdaAt = process.argv.indexOf("--lambda");
const lambda = lambdaAt > 0 ? Number(process.argv[lambdaAt + 1]) : 5;
if (!(lambda >= 0)) throw new Error("--lambda takes a number >= 0");
const fit = (train: Row[]) => fitLogistic(train.map((r) => r.x), train.map((r) => r.y), { lambda });

function report(book: string, w: Weights) {
  const test = rows.filter((r) => r.book === book);
  const a = auc(test.map((r) => score(r.x, w)), test.map((r) => r.label === "accept"));
  // Acceptance at 40: of the labelled cards among the top 40 these weights select, the accepted share.
  let n = 0, acc = 0, edit = 0, top = 0;
  for (const fixture of Object.keys(books.fixtures).filter((f) => books.fixtures[f].book === book)) {
    const known = labelled.get(fixture);
    if (!known) continue;
    for (const c of pipelineGenerateCards(chapterOf(fixture), { max: 40, weights: w })) {
      top++;
      const l = known.get(`${norm(c.front)}|${norm(c.back)}`);
      if (!l) continue;
      n++;
      if (l === "accept") acc++;
      if (l === "edit") edit++;
    }
  }
  const pct = (v: number) => (n ? `${((v / n) * 100).toFixed(0)}%` : "—");
  console.log(`| ${book} | ${test.length} | ${Number.isNaN(a) ? "—" : a.toFixed(2)} | ${n}/${top} | ${pct(acc)} | ${pct(acc + edit)} |`);
}

const trainBooks = Object.keys(books.books).filter((b) => books.books[b].split === "train");
const heldBooks = Object.keys(books.books).filter((b) => books.books[b].split === "heldout");
const train = rows.filter((r) => trainBooks.includes(r.book));
const raters = [...new Set(train.map((r) => r.rater))].map((n) => `${n} ${train.filter((r) => r.rater === n).length}`).join(", ");
console.log(`train: ${train.length} rows (${raters}) from ${trainBooks.join(", ")}`);
const trainOnly = process.argv.includes("--train-only");

const table = "| book | labelled rows | AUC (accept vs not) | labelled in top 40 | accept@40 | accept+edit@40 |\n| --- | --- | --- | --- | --- | --- |";
if (!trainOnly) console.log(`\nPrior (current weights.json: ${DEFAULT_WEIGHTS.source.slice(0, 60)}…), held-out books:\n${table}`);
if (!trainOnly) for (const b of heldBooks) report(b, DEFAULT_WEIGHTS);

const fitted = weightsOf(fit(train), `fitted by scripts/fit-ranker.ts on ${train.length} labelled candidates of train books (${trainBooks.join(", ")}); L2 λ=${lambda}`);
if (!trainOnly) {
  console.log(`\nFitted on train books, held-out books:\n${table}`);
  for (const b of heldBooks) report(b, fitted);
}

console.log(`\nTrain books, each left out of its own fit:\n${table}`);
for (const b of trainBooks) report(b, weightsOf(fit(train.filter((r) => r.book !== b)), "leave-one-book-out"));

if (process.argv.includes("--write")) {
  writeFileSync(path.resolve("lib/cards/rank/weights.json"), JSON.stringify(fitted, null, 2) + "\n");
  console.log("\nwrote lib/cards/rank/weights.json");
}
