// Missed gold key facts of the TRAIN chapters whose covering candidates all die at the standalone or
// referring gate, with what the stating sentence points back with (its opening) and the sentence
// before it, so the right antecedent can be read off. Held-out chapters are never read.
//   npx tsx scripts/opening-audit.ts            every train chapter with gold facts
//   npx tsx scripts/opening-audit.ts --summary  counts per class and per book only
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { rankedCandidates, toCard } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { covers } from "../tests/unit/cards/gold";
import { fixtureChapter, loadBooks, readGold, fixtureOptions } from "./lib/cards-eval";

const books = loadBooks();
const summary = process.argv.includes("--summary");
const sides = (c: Candidate) => ({ front: c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"), back: c.back });

/** What the sentence as written points back with, after an opening adverbial ("In 1723, …"). */
export function openingClass(text: string): string {
  const t = text.replace(/^(?!(?:It|Its|They|Their|He|She|His|Her|This|These|Those|That|Such|I|We|You|My|Our|Your)\b)(?:[A-Z][^,]{0,50}, )/, "").replace(/^(?:And|But|Now|Yet|So|Thus|Hence|For|Again|Moreover|Therefore),?\s+/, "");
  const m = /^(\w+)(?:\s+(\w+))?/.exec(t);
  const w = m?.[1].toLowerCase() ?? "", n = m?.[2]?.toLowerCase() ?? "";
  if (/^(?:it|its)$/.test(w)) return "it";
  if (/^(?:they|their|them)$/.test(w)) return "they";
  if (/^(?:he|she|his|her)$/.test(w)) return "he/she";
  if (/^(?:this|these|those|that)$/.test(w)) return /^(?:is|was|are|were|has|had|may|must|can|will|would|could|should|seems|appears|being|does|did)$/.test(n) || !n ? "this (bare)" : "this N";
  if (w === "such") return "such N";
  if (w === "the" && /^(?:latter|former|same|other|above)$/.test(n)) return `the ${n}`;
  if (/^(?:i|we|you|my|our|your)$/.test(w)) return "I/we/you";
  return "other";
}

const perClass: Record<string, Record<string, number>> = {};
for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train" || !info.gold) continue;
  const gold = readGold(info)!;
  const chapter = fixtureChapter(fixture);
  const { a, ranked } = rankedCandidates(chapter, undefined, fixtureOptions(fixture));
  const cards = select(ranked, 40).map((r) => toCard(r, a, DEFAULT_WEIGHTS));
  const all = overgenerate(a, fixtureOptions(fixture));
  for (const g of gold.filter((x) => !cards.some((c) => covers(c, x)))) {
    const hits = all.filter((c) => covers(sides(c), g));
    if (!hits.length) continue;
    const whys = hits.map((c) => GATES.map(([n, gt]) => { const w = gt(c, a); return w ? `${n}: ${w}` : null; }).find(Boolean));
    if (whys.some((w) => !w)) continue;
    const gates = whys.map((w) => w!.split(":")[0]);
    if (!gates.every((x) => x === "standalone" || x === "referring")) continue;
    const sid = hits[0].sentence;
    const src = chapter.sentences[sid];
    // A sentence that opens plainly is classed by what its gate found pointing back inside it.
    const inside = (whys[0] ?? "").replace(/^(\w+): /, "").replace(/ \(([\w-]+) .*\)$/, ": $1").replace(/ \(".*"\)$/, "");
    const cls = openingClass(src.text) === "other" ? `inside: ${inside}` : openingClass(src.text);
    (perClass[cls] ??= {})[info.book] = (perClass[cls][info.book] ?? 0) + 1;
    if (summary) continue;
    const prev = chapter.sentences[sid - 1];
    console.log(`\n[${cls}] ${fixture} ${g.id}: ${g.fact}\n  gate: ${whys[0]}\n  #${sid}: ${src.text.slice(0, 260)}\n  prev${prev && prev.paragraph === src.paragraph ? "" : " (other paragraph)"}: ${prev?.text.slice(0, 260)}`);
  }
}
console.log("\n| opening | books | facts | per book |\n|---|---|---|---|");
for (const [cls, byBook] of Object.entries(perClass).sort((x, y) => Object.values(y[1]).reduce((p, q) => p + q, 0) - Object.values(x[1]).reduce((p, q) => p + q, 0)))
  console.log(`| ${cls} | ${Object.keys(byBook).length} | ${Object.values(byBook).reduce((p, q) => p + q, 0)} | ${Object.entries(byBook).map(([b, n]) => `${b} ${n}`).join(", ")} |`);
