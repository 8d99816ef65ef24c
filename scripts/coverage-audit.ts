// Every gold key fact of a TRAIN chapter that no top-40 card covers, with the sentence(s) that
// state it and each sentence's fate: shown (its card won but says something else), lost at
// selection, dropped by a gate (the furthest gate any of its candidates reached), or no candidate
// at all; and, when no candidate covers the fact, the shape class an engineer assigned to it by
// hand with the card an instructor would write and why the generator did not
// (scripts/coverage-classes.json, fixture/fact → { class, card?, why? }), so the table per class and
// book is reproducible. Held-out chapters are never read.
//   npx tsx scripts/coverage-audit.ts            per-fact lines, then the class × book table
//   npx tsx scripts/coverage-audit.ts --table    the table only
//   npx tsx scripts/coverage-audit.ts --todo     facts with no candidate and no class yet (JSON lines)
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { rankedCandidates, toCard } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { covers } from "../tests/unit/cards/gold";
import { fixtureChapter, loadBooks, readGold, fixtureOptions } from "./lib/cards-eval";

const TOP = 40;
const args = process.argv.slice(2);
const tableOnly = args.includes("--table");
const todo = args.includes("--todo");
const classesFile = path.join(path.dirname(new URL(import.meta.url).pathname), "coverage-classes.json");
type Judgement = { class: string; card?: string; why?: string };
const judged: Record<string, Judgement> = existsSync(classesFile) ? JSON.parse(readFileSync(classesFile, "utf8")) : {};
const classes = Object.fromEntries(Object.entries(judged).map(([k, j]) => [k, j.class]));
const books = loadBooks();
const sides = (c: Candidate) => ({ front: c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"), back: c.back });
const table = new Map<string, Map<string, number>>();
const fates: Record<string, number> = {};
const count = (cls: string, book: string) => {
  const row = table.get(cls) ?? new Map<string, number>();
  row.set(book, (row.get(book) ?? 0) + 1);
  table.set(cls, row);
};

for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train" || !info.gold) continue;
  const gold = readGold(info)!;
  const { a, ranked } = rankedCandidates(fixtureChapter(fixture), undefined, fixtureOptions(fixture));
  const top = select(ranked, TOP);
  const cards = top.map((r) => toCard(r, a, DEFAULT_WEIGHTS));
  const shownSentences = new Set(top.map((r) => r.c.sentence));
  const passed = new Set(ranked.map((r) => r.c.sentence));
  const all = overgenerate(a, fixtureOptions(fixture));
  const furthest = new Map<number, number>();
  for (const c of all) {
    const g = GATES.findIndex(([, gate]) => gate(c, a) !== null);
    if (g >= 0 && g > (furthest.get(c.sentence) ?? -1)) furthest.set(c.sentence, g);
  }
  const fateOf = (i: number) =>
    shownSentences.has(i) ? "shown (another card)" : passed.has(i) ? "lost at selection" : furthest.has(i) ? `gate ${GATES[furthest.get(i)!][0]}` : "no candidate";
  for (const g of gold.filter((f) => !cards.some((c) => covers(c, f)))) {
    const hit = all.some((c) => covers(sides(c), g));
    const said = a.sentences.filter((s) => covers({ front: s.text, back: "" }, g));
    const key = `${fixture}/${g.id}`;
    const fate = hit ? "a candidate covers it (gate or selection)" : said.length ? "no covering candidate" : "no single sentence states it";
    fates[fate] = (fates[fate] ?? 0) + 1;
    if (!hit) count(classes[key] ?? "(unclassified)", info.book);
    if (todo) {
      if (!hit && !classes[key]) console.log(JSON.stringify({ key, fact: g.fact, sentences: said.map((s) => `#${s.sentence.id} [${fateOf(s.sentence.id)}] ${s.text}`) }));
      continue;
    }
    if (tableOnly) continue;
    console.log(`- ${key} (${fate}${hit ? "" : `; class ${classes[key] ?? "?"}`}): ${g.fact}`);
    for (const s of said.slice(0, 3)) console.log(`    #${s.sentence.id} [${fateOf(s.sentence.id)}] ${s.text.slice(0, 200)}`);
    if (!hit && judged[key]?.card) console.log(`    card: ${judged[key].card}\n    why not: ${judged[key].why}`);
  }
}

if (!todo) {
  console.log("\nMissed facts by fate:");
  console.table(fates);
  const bookNames = [...new Set([...table.values()].flatMap((r) => [...r.keys()]))].sort();
  console.log("\n| class (no covering candidate) | facts | books | per book |\n|---|---|---|---|");
  for (const [cls, row] of [...table].sort((x, y) => [...y[1].values()].reduce((p, q) => p + q, 0) - [...x[1].values()].reduce((p, q) => p + q, 0))) {
    const n = [...row.values()].reduce((p, q) => p + q, 0);
    console.log(`| ${cls} | ${n} | ${row.size} | ${bookNames.filter((b) => row.has(b)).map((b) => `${b} ${row.get(b)}`).join(", ")} |`);
  }
}
