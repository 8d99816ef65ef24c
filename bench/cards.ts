// Chapter clean-up and card generation: quality on the gold samples, and speed for a 25 KB chapter
// and a ~1 MB book, per KB to show linearity, beside a reference measured in the same run (a plain
// regex sentence split over the same text: the cost of merely reading it).
// Run: node --import tsx bench/cards.ts [--quick]
import { readFileSync } from "node:fs";
import path from "node:path";
import { cleanDocument } from "@/lib/chapters";
import { generateCards } from "@/lib/cards";
import { loadGold, malformed, recall, RESIDUE } from "../tests/unit/cards/gold";

const dir = path.join(process.cwd(), "tests", "fixtures", "chapters");
const read = (f: string) => readFileSync(path.join(dir, f), "utf8");

console.log("| sample | cards | recall@40 | malformed | residue | missed |\n| --- | --- | --- | --- | --- | --- |");
for (const name of ["carr-ch11.json", "modern-prose-computing.json"]) {
  const gold = loadGold(name);
  const chapter = cleanDocument(read(gold.fixture)).chapters[0];
  const cards = generateCards(chapter, { max: 40 });
  const r = recall(cards, gold);
  const bad = cards.filter((c) => malformed(c)).length;
  const residue = cards.filter((c) => RESIDUE.test(`${c.front} ${c.back}`)).length;
  console.log(`| ${gold.fixture} | ${cards.length} | ${(r.rate * 100).toFixed(0)}% (${r.covered.length}/${gold.facts.length}) | ${((bad / cards.length) * 100).toFixed(1)}% | ${residue} | ${r.missed.join(", ") || "—"} |`);
}

// A 25 KB chapter: the Carr sample padded with its own body; a ~1 MB book: all samples repeated as chapters.
const chapter25 = read("carr-ch11.md").padEnd(25_000, "\n\nThe summer months of 1924 were marked by the usual seasonal respite in political strife.");
const parts = ["carr-ch11.md", "gutenberg-voyage.txt", "pandoc-cell-biology.md", "ocr-marginal-endnotes.md", "modern-prose-computing.md"].map(read);
let book = "";
for (let i = 1; book.length < 1_000_000; i++) book += `\n\n# CHAPTER ${i}\n\n${parts[i % parts.length].replace(/^#+ .*$/gm, "").replace(/^CHAPTER .*$/gim, "")}`;

function time(fn: () => unknown, runs: number): number {
  fn();
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t) / runs;
}

const quick = process.argv.includes("--quick");
console.log("\n| input | reference split ms | clean ms | clean + cards ms | ms/KB (clean + cards) | ratio to reference |\n| --- | --- | --- | --- | --- | --- |");
for (const [label, text, runs] of [["25 KB chapter", chapter25, quick ? 3 : 20], ["1 MB book", book, quick ? 1 : 3]] as const) {
  const ref = time(() => text.split(/(?<=[.!?])\s+/).length, runs);
  const clean = time(() => cleanDocument(text), runs);
  const full = time(() => cleanDocument(text).chapters.map((c) => generateCards(c, { max: 40 })), runs);
  const kb = text.length / 1024;
  console.log(`| ${label} (${kb.toFixed(0)} KB) | ${ref.toFixed(1)} | ${clean.toFixed(1)} | ${full.toFixed(1)} | ${(full / kb).toFixed(3)} | ${(full / ref).toFixed(0)}× |`);
}
console.log("\nTargets: 25 KB chapter < 200 ms, 1 MB book < 10 s, ms/KB roughly constant.");
