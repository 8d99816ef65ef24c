// npx tsx scripts/claims-audit.ts: the claim pass (lib/cards/claims) on the TRAINING books only.
// 1. Thesis signals: in paragraphs (>= 3 sentences, expository) holding a sentence that covers a gold
//    fact, how often the sentence each signal alone (and the fixed sum) ranks first is such a sentence.
// 2. The thesis cards in each chapter's top 40, with the verdict of the first rater that labelled them.
import { readFileSync } from "node:fs";
import { importFile, cleanImported } from "@/lib/import";
import { analyseChapter } from "@/lib/cards/analyse";
import { generateCards } from "@/lib/cards";
import { paragraphsOf, expository, rankTheses, SIGNALS, WEIGHTS } from "@/lib/cards/claims";
import { EQUAL_WEIGHTS } from "@/lib/cards/claims/thesis";
import { covers, type GoldFact } from "../tests/unit/cards/gold";
import { RATER_PRECEDENCE } from "./lib/rater-order";
import { fixtureOptions } from "./lib/cards-eval";

const books = JSON.parse(readFileSync("tests/fixtures/labels/books.json", "utf8"));
const train = Object.entries(books.fixtures as Record<string, { book: string; gold?: string }>).filter(([, f]) => books.books[f.book]?.split === "train" && f.gold);
const hits: Record<string, number> = {}; let paragraphs = 0;
const only = (...names: string[]) => Object.fromEntries(SIGNALS.map((s) => [s, names.includes(s) ? 1 : 0])) as typeof WEIGHTS;
// The weightings compared (each signal alone, the fixed sum, pairs led by centrality); the first-sentence rule as a floor.
const CONFIGS: Record<string, typeof WEIGHTS> = {
  position: only("position"), marker: only("marker"), chain: only("chain"), centrality: only("centrality"), sum: EQUAL_WEIGHTS,
  "centrality+chain": only("centrality", "chain"), "centrality+marker": only("centrality", "marker"), "centrality+position": only("centrality", "position"), "sum-position": only("marker", "chain", "centrality"),
};
// Per book: paragraphs with a gold sentence, and hits per config (for the leave-one-book-out choice).
const perBook = new Map<string, { n: number; hits: Record<string, number> }>();
for (const [fixture, f] of train) {
  const file = `tests/fixtures/chapters/${fixture}`;
  const gold: GoldFact[] = JSON.parse(readFileSync(`tests/fixtures/gold/${f.gold}`, "utf8"));
  const doc = cleanImported(await importFile(readFileSync(file), { filename: file }), file);
  const labels = readFileSync(`tests/fixtures/labels/${fixture}.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  for (const ch of doc.chapters) {
    const a = analyseChapter(ch, fixtureOptions(fixture));
    const golden = (s: { text: string }) => gold.some((g) => covers({ front: s.text, back: "" }, g));
    for (const p of paragraphsOf(a)) {
      if (p.length < 3 || !expository(p) || !p.some(golden)) continue;
      paragraphs++;
      const b = perBook.get(f.book) ?? { n: 0, hits: {} };
      perBook.set(f.book, b);
      b.n++;
      for (const name of [...Object.keys(CONFIGS), "first"]) {
        const top = name === "first" ? p[0] : rankTheses(p, a, CONFIGS[name])[0];
        if (golden(top)) { hits[name] = (hits[name] ?? 0) + 1; b.hits[name] = (b.hits[name] ?? 0) + 1; }
      }
    }
    for (const c of generateCards(ch, fixtureOptions(fixture))) {
      if (c.rule !== "thesis") continue;
      const l = RATER_PRECEDENCE.map((r) => labels.find((x) => x.rater === r && x.front === c.front && x.back === c.back)).find(Boolean);
      console.log(`${fixture} | ${l ? `${l.label} ${l.rater}` : "unlabelled"} | ${c.front} → ${c.back}`);
    }
  }
}
console.log(`paragraphs with a gold sentence: ${paragraphs}; top sentence covers a gold fact:`);
for (const [k, v] of Object.entries(hits)) console.log(`  ${k.padEnd(11)} ${v} (${((100 * v) / paragraphs).toFixed(1)} %)`);

// Leave one book out: the config with the best hit rate on the other books, judged on the book left out.
let loboHits = 0, total = 0;
const chosen = new Map<string, number>();
for (const [book, b] of perBook) {
  let best = "", bestRate = -1;
  for (const name of Object.keys(CONFIGS)) {
    let n = 0, h = 0;
    for (const [other, o] of perBook) if (other !== book) { n += o.n; h += o.hits[name] ?? 0; }
    if (h / n > bestRate) { bestRate = h / n; best = name; }
  }
  chosen.set(best, (chosen.get(best) ?? 0) + 1);
  loboHits += b.hits[best] ?? 0; total += b.n;
}
console.log(`leave-one-book-out: configs chosen ${JSON.stringify(Object.fromEntries(chosen))}; held-out hit rate ${loboHits}/${total} (${((100 * loboHits) / total).toFixed(1)} %) against the fixed sum's ${hits.sum ?? 0}/${total}`);
