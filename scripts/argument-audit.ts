// The cross-sentence argument candidates (candidates/argument.ts) of every TRAIN chapter, with the
// gate that drops each one or its rank among the chapter's passed candidates and whether it is in
// the top 40. Held-out chapters are never read.
//   npx tsx scripts/argument-audit.ts [fixture-part] [--passed]
import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { fixtureChapter, loadBooks, fixtureOptions } from "./lib/cards-eval";

const books = loadBooks();
const args = process.argv.slice(2);
const only = args.find((x) => !x.startsWith("--"));
const passedOnly = args.includes("--passed");
for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train" || (only && !fixture.includes(only))) continue;
  const { a, ranked } = rankedCandidates(fixtureChapter(fixture), undefined, fixtureOptions(fixture));
  const order = [...ranked].sort((x, y) => y.p - x.p);
  const top = new Set(select(ranked, 40).map((r) => r.c));
  const mine = overgenerate(a, fixtureOptions(fixture)).filter((c) => c.type === "argument");
  if (!mine.length) continue;
  console.log(`\n## ${fixture}: ${mine.length} argument candidates`);
  for (const c of mine) {
    const why = gate(c, a);
    if (why && passedOnly) continue;
    const k = order.findIndex((r) => r.c.front === c.front && r.c.back === c.back);
    const where = why ?? `rank ${k + 1}/${order.length} p=${order[k]?.p.toFixed(2)}${[...top].some((t) => t.front === c.front && t.back === c.back) ? " TOP40" : ""}`;
    console.log(`- [${where}]\n    Q: ${c.front}\n    A: ${c.back}`);
  }
}
