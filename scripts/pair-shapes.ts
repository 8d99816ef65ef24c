// Adjacent sentence pairs of the TRAIN chapters by the shape that joins them (a reason after "For",
// "The reason is", a conclusion, the author's question and the next sentence, "not X" then "It is Y",
// a naming sentence): per chapter a mark per pair, G when a gold fact's first key term is in the pair.
//   npx tsx scripts/pair-shapes.ts all [shape]   (with a shape, the pairs themselves)
import { analyseChapter } from "@/lib/cards/analyse";
import { covers } from "../tests/unit/cards/gold";
import { fixtureChapter, loadBooks, readGold, fixtureOptions } from "./lib/cards-eval";
const books = loadBooks();
const SHAPES: [string, (p: string, n: string) => boolean][] = [
  ["for", (p, n) => /^For (?!example|instance|this|that reason|the (?:most|first|rest|present|sake)|a time|some|many|all that)/.test(n) && !/\?$/.test(p)],
  ["because", (p, n) => /^(?:This|That|It) (?:is|was) (?:so )?(?:simply |partly |chiefly |only )?because\b|^The (?:reason|cause) (?:of this |for this )?(?:is|was)\b/.test(n)],
  ["conclusion", (p, n) => /^(?:Hence|Therefore|Thus|Consequently|It follows)\b/.test(n)],
  ["question", (p, n) => /\?["”’)]*$/.test(p) && !/\?["”’)]*$/.test(n)],
  ["not-but", (p, n) => /\b(?:is|are|was|were) not\b/.test(p) && /^(?:It|They|This|These) (?:is|are|was|were) (?!not)/.test(n)],
  ["naming", (p, n) => /\b(?:is|are|was|were) (?:called|termed|named|known as)\b|\bthe name of\b/.test(n) && /^(?:Such|This|These|That|It|They)\b/.test(n)],
];
const only = process.argv[2];
const show = process.argv[3];
for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train" || !info.gold || (only && only !== "all" && !fixture.includes(only))) continue;
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const gold = readGold(info)!;
  const raw = a.chapter.sentences;
  const counts: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i++) {
    const p = raw[i].text, n = raw[i + 1].text;
    for (const [name, test] of SHAPES) if (test(p, n)) {
      const g = gold.find((g) => covers({ front: `${p} ${n}`, back: "" }, g) || (g.any[0].some((x) => n.toLowerCase().includes(x.toLowerCase()) || p.toLowerCase().includes(x.toLowerCase()))));
      counts[name] = (counts[name] ?? "") + (g ? "G" : ".");
      if (show === name) console.log(`  [${fixture.slice(3, 20)}] ${g ? "G:" + g.id : ""}\n     P: ${p.slice(0, 250)}\n     N: ${n.slice(0, 250)}`);
    }
  }
  console.log(fixture, JSON.stringify(counts));
}
