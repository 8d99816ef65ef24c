// Gold facts of the argumentative TRAIN chapters that no candidate covers, with the pair of adjacent
// sentences (same paragraph or not) whose text together covers the fact when neither alone does:
// the evidence for cards across sentences (session 8). Held-out chapters are never read.
//   npx tsx scripts/pair-audit.ts [fixture-part]
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { analyseChapter } from "@/lib/cards/analyse";
import { covers } from "../tests/unit/cards/gold";
import { fixtureChapter, loadBooks, readGold, fixtureOptions } from "./lib/cards-eval";

const books = loadBooks();
const only = process.argv[2];
const sides = (c: Candidate) => ({ front: c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"), back: c.back });
for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train" || !info.gold || (only && !fixture.includes(only))) continue;
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const all = overgenerate(a, fixtureOptions(fixture));
  const raw = a.chapter.sentences.map((s) => s.text);
  for (const g of readGold(info)!) {
    if (all.some((c) => covers(sides(c), g))) continue;
    const single = raw.findIndex((t) => covers({ front: t, back: "" }, g));
    const pair = single >= 0 ? -1 : raw.findIndex((t, i) => i + 1 < raw.length && covers({ front: `${t} ${raw[i + 1]}`, back: "" }, g));
    console.log(`${fixture}\t${g.id}\t${single >= 0 ? "single" : pair >= 0 ? "pair" : "none"}\t${g.fact}`);
    if (pair >= 0) console.log(`    #${pair}: ${raw[pair].slice(0, 300)}\n    #${pair + 1}: ${raw[pair + 1].slice(0, 300)}`);
  }
}
