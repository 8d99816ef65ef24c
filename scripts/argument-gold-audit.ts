// Where the gold facts of the ARGUMENTATIVE training chapters go (session 14): for every gold fact
// no top-40 card covers, its fate — a passed candidate covers it but ranks out (rank among the passed
// candidates), every covering candidate is dropped (the gate that drops the most of them), a sentence
// states it but no candidate covers it, only two adjacent sentences state it, or no sentence does —
// with the sentence(s) that state it and the argument shape they are written in (a question the
// author raises, a conclusion marker, "not X but Y", a contrast of views, a thesis with its reason).
// Training chapters of the argumentative books only (ARGUMENT_BOOKS); held-out chapters are never read.
// Session 16: the check set (ARGUMENT_CHECK) is skipped unless --check, which reads it alone.
//   npx tsx scripts/argument-gold-audit.ts [fixture-part] [--table] [--list] [--check]
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { rankedCandidates, toCard } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { covers } from "../tests/unit/cards/gold";
import { argumentBooks } from "./lib/argument-books";
import { authorOf, chaptersOf, loadBooks, readGold } from "./lib/cards-eval";
import type { AnalysedSentence } from "@/lib/cards/analyse";


// The argument shapes of a sentence, as written (rough: for the table only).
const SHAPES: [string, RegExp][] = [
  ["question", /\?["”’)]*\s*$/],
  ["conclusion", /\b(?:therefore|hence|it follows|we (?:may |must |can )?conclude|consequently|thus it|the (?:answer|conclusion|result) is)\b/i],
  ["not-but", /\bnot\b[^.;:?]{1,80}?,?\s+but\b/i],
  ["contrast", /\b(?:whereas|while the|on the contrary|on the other hand|some (?:say|hold|think)|others? (?:say|hold|think))\b/i],
  ["reason", /\b(?:because|for this reason|since)\b|^For /],
];
// Session 16: a gold fact worded as an argument (a thesis, its reason, an objection answered, a
// consequence claimed), by its own words (rough: for the table only).
const ARGUMENT_FACT = /\b(?:because|reason|causes?|why|therefore|hence|thus|so that|must|should|ought|better|safer|wiser|rather than|instead of|not [^,;:]{1,40} but|against|leads? to|results? in|consequence|effects?|cannot|never|only|argues?|holds?|claims?|denies|unless|depends|since|for (?:men|the people|they|it)\b|whereas|although|yet)\b/i;
const shapeOf = (text: string) => SHAPES.filter(([, re]) => re.test(text)).map(([n]) => n).join("+") || "plain";

const TOP = 40;
const args = process.argv.slice(2);
const only = args.find((x) => !x.startsWith("--"));
const tableOnly = args.includes("--table");
const BOOKS = argumentBooks(args.includes("--check"));
const books = loadBooks();
const sides = (c: Candidate) => ({ front: c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"), back: c.back });
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

type Row = { book: string; facts: number; covered: number; fates: Record<string, number>; argument: { facts: number; covered: number; fates: Record<string, number> } };
const rows: Row[] = [];
const gateTally: Record<string, number> = {};
const subTally: Record<string, number> = {};
const shapeTally: Record<string, Record<string, number>> = {};
const lengthTally: Record<string, number[]> = {};

for (const [fixture, info] of Object.entries(books.fixtures)) {
  const book = books.books[info.book];
  if (book.split !== "train" || !info.gold || !BOOKS.includes(info.book) || (only && !fixture.includes(only))) continue;
  const gold = readGold(info)!;
  // Every chapter of the fixture (the evaluation takes the top 40 of each), with the book's author as an import passes it.
  const author = authorOf(fixture, books);
  const runs = chaptersOf(fixture).map((ch) => {
    const { a, ranked } = rankedCandidates(ch, DEFAULT_WEIGHTS, { author });
    return { a, ranked, top: select(ranked, TOP), all: overgenerate(a, { author }) };
  });
  const cards = runs.flatMap(({ a, top }) => top.map((r) => toCard(r, a, DEFAULT_WEIGHTS)));
  const order = runs.flatMap((r) => r.ranked).sort((x, y) => y.p - x.p);
  const top = runs.flatMap((r) => r.top);
  const sentences: AnalysedSentence[] = runs.flatMap((r) => r.a.sentences);
  const all = runs.flatMap(({ a, all }) => all.map((c) => ({ c, a })));
  const row: Row = { book: info.book, facts: gold.length, covered: 0, fates: {}, argument: { facts: 0, covered: 0, fates: {} } };
  if (!tableOnly) console.log(`\n## ${fixture} (${runs.length} chapters, ${top.length} cards, ${order.length} passed candidates)`);
  for (const g of gold) {
    const arg = ARGUMENT_FACT.test(g.fact);
    if (arg) row.argument.facts++;
    if (cards.some((c) => covers(c, g))) { row.covered++; if (arg) row.argument.covered++; continue; }
    const said = sentences.filter((s) => covers({ front: s.text, back: "" }, g));
    const pair = !said.length && sentences.some((s, i) => sentences[i + 1] && covers({ front: `${s.text} ${sentences[i + 1].text}`, back: "" }, g));
    const passedCover = order.findIndex((r) => covers(sides(r.c), g));
    const covering = all.filter(({ c }) => covers(sides(c), g));
    let fate: string;
    if (passedCover >= 0) fate = `ranked out (rank ${passedCover + 1}/${order.length})`;
    else if (covering.length) {
      const by: Record<string, number> = {};
      const said: Record<string, string> = {};
      for (const { c, a } of covering) {
        const hit = GATES.find(([, gt]) => gt(c, a) !== null);
        const k = hit?.[0] ?? "?";
        by[k] = (by[k] ?? 0) + 1;
        said[k] ??= hit ? String(hit[1](c, a)).slice(0, 60) : "";
      }
      const main = Object.entries(by).sort((x, y) => y[1] - x[1])[0][0];
      gateTally[main] = (gateTally[main] ?? 0) + 1;
      const sub = `${main}: ${said[main].replace(/[\d"“”'‘’].*$/, "").trim()}`;
      subTally[sub] = (subTally[sub] ?? 0) + 1;
      fate = `gate ${main}: ${said[main]}`;
    } else if (said.length) fate = "no covering candidate";
    else if (pair) fate = "two sentences";
    else fate = "no sentence";
    const bucket = fate.startsWith("ranked") ? "ranked out" : fate.startsWith("gate") ? "gate" : fate;
    row.fates[bucket] = (row.fates[bucket] ?? 0) + 1;
    if (arg) row.argument.fates[bucket] = (row.argument.fates[bucket] ?? 0) + 1;
    for (const s of said.slice(0, 1)) {
      const sh = shapeOf(s.text);
      (shapeTally[bucket] ??= {})[sh] = (shapeTally[bucket][sh] ?? 0) + 1;
      (lengthTally[bucket] ??= []).push(words(s.text));
    }
    if (tableOnly) continue;
    console.log(`- ${g.id} [${fate}]: ${g.fact}`);
    for (const s of said.slice(0, 2)) console.log(`    #${s.sentence.id} (${words(s.text)} w, ${shapeOf(s.text)}) ${s.text.slice(0, 260)}`);
  }
  rows.push(row);
}

const buckets = ["ranked out", "gate", "no covering candidate", "two sentences", "no sentence"];
console.log(`\n| book | facts | covered | ${buckets.join(" | ")} |\n|---|---|---|${buckets.map(() => "---").join("|")}|`);
const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
for (const r of rows) console.log(`| ${r.book} | ${r.facts} | ${r.covered} | ${buckets.map((b) => r.fates[b] ?? 0).join(" | ")} |`);
console.log(`| all | ${sum((r) => r.facts)} | ${sum((r) => r.covered)} | ${buckets.map((b) => sum((r) => r.fates[b] ?? 0)).join(" | ")} |`);
console.log(`| argument-worded facts | ${sum((r) => r.argument.facts)} | ${sum((r) => r.argument.covered)} | ${buckets.map((b) => sum((r) => r.argument.fates[b] ?? 0)).join(" | ")} |`);
console.log("\nGate that drops most covering candidates, per fact:", gateTally);
console.log("Its reason:", Object.fromEntries(Object.entries(subTally).sort((x, y) => y[1] - x[1])));
console.log("Argument shape of the first sentence stating a missed fact, per fate:", shapeTally);
const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
console.log("Median words of that sentence, per fate:", Object.fromEntries(Object.entries(lengthTally).map(([k, v]) => [k, median(v)])));
