// What the shape, low-value, parse, blank-choice, boundary, definition-shape, fragment and
// scene-anchor gates drop on TRAIN books (never held-out ones), by sub-rule (the gate's reason,
// lib/cards/gates/sub-rule.ts) × book: every candidate whose FIRST failing gate is one of them.
// "sole" counts the drops that sub-rule alone makes (every later gate passes: narrowing it would let
// the candidate through); "gold" counts the drops whose card covers a gold key fact of the chapter.
//   npx tsx scripts/gates2-audit.ts                       the sub-rule × book table
//   npx tsx scripts/gates2-audit.ts --sample 4 --seed 21  a fixed-seed sample of sole drops per
//                                                         sub-rule (JSON lines) for judging by hand
//   npx tsx scripts/gates2-audit.ts --judged              the hand judgements (scripts/gates2-judged.json) per sub-rule
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { subRule } from "@/lib/cards/gates/sub-rule";
import { covers } from "../tests/unit/cards/gold";
import { fixtureChapter, labelsByLooseKey, loadBooks, looseKey, readGold, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { RATER_PRECEDENCE } from "./lib/rater-order";
import { judgedTable, stratifiedSample } from "./lib/judged-table";

const AUDITED = new Set(["shape", "low-value", "parse", "blank-choice", "boundary", "definition-shape", "fragment", "scene-anchor"]);
const args = process.argv.slice(2);
const opt = (name: string, d: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const sampleSize = opt("--sample", 0);
const seed = opt("--seed", 21);
const only = args.includes("--rule") ? args[args.indexOf("--rule") + 1] : null;
const judgedFile = path.join(path.dirname(new URL(import.meta.url).pathname), "gates2-judged.json");


type Drop = { fixture: string; book: string; rule: string; sole: boolean; gold: boolean; card: string; sentence: string; label?: string; note?: string };
const books = loadBooks();
const drops: Drop[] = [];
const sides = (c: Candidate) => ({ front: c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"), back: c.back });

if (!args.includes("--judged")) {
  for (const fixture of trainFixtures(books)) {
    const book = books.fixtures[fixture].book;
    const gold = readGold(books.fixtures[fixture]) ?? [];
    const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
    const byRater = RATER_PRECEDENCE.map((r) => labelsByLooseKey(fixture, (l) => l.rater === r));
    const labelOf = (c: Candidate) => byRater.map((m) => m.get(looseKey(c))).find(Boolean);
    for (const c of overgenerate(a, fixtureOptions(fixture))) {
      const i = GATES.findIndex(([, g]) => g(c, a) !== null);
      if (i < 0 || !AUDITED.has(GATES[i][0])) continue;
      const [name, g] = GATES[i];
      const sole = GATES.slice(i + 1).every(([, h]) => h(c, a) === null);
      const l = labelOf(c);
      drops.push({ fixture, book, rule: subRule(name, g(c, a)!), sole, gold: gold.some((f) => covers(sides(c), f)), card: c.kind === "cloze" ? `${c.front}  [${c.back}]` : `${c.front} → ${c.back}`, sentence: a.sentences[c.sentence].text, label: l?.label, note: l ? `${l.rater}${l.reason ? ` ${l.reason}` : ""}` : undefined });
    }
  }
}

if (args.includes("--judged")) {
  console.table(judgedTable(judgedFile));
} else if (sampleSize) {
  // Stratified by sub-rule, one card at most once (scripts/lib/judged-table.ts).
  for (const d of stratifiedSample(drops.filter((d) => d.sole && (!only || d.rule === only)), sampleSize, seed)) console.log(JSON.stringify({ rule: d.rule, fixture: d.fixture, gold: d.gold, card: d.card, sentence: d.sentence === d.card ? undefined : d.sentence, label: d.label, note: d.note }));
} else {
  const bookNames = [...new Set(drops.map((d) => d.book))].sort();
  const rows = new Map<string, Drop[]>();
  for (const d of drops) rows.set(d.rule, [...(rows.get(d.rule) ?? []), d]);
  const short = (b: string) => b.split("-")[0].slice(0, 6);
  console.log(["sub-rule".padEnd(62), "all".padStart(5), "sole".padStart(5), "gold".padStart(5), "lab a/e/r".padStart(10), ...bookNames.map((b) => short(b).padStart(6))].join(" "));
  for (const [rule, ds] of [...rows].sort((x, y) => y[1].length - x[1].length)) {
    const sole = ds.filter((d) => d.sole);
    const lab = (v: string) => sole.filter((d) => d.label === v).length;
    console.log([rule.slice(0, 62).padEnd(62), String(ds.length).padStart(5), String(sole.length).padStart(5), String(sole.filter((d) => d.gold).length).padStart(5), `${lab("accept")}/${lab("edit")}/${lab("reject")}`.padStart(10), ...bookNames.map((b) => String(ds.filter((d) => d.book === b).length).padStart(6))].join(" "));
  }
  const sole = drops.filter((d) => d.sole).length;
  console.log(`\n${drops.length} candidates whose first failing gate is one of ${[...AUDITED].join(", ")} on ${trainFixtures(books).length} training chapters; ${sole} by that sub-rule alone with every later gate passing.`);
}
