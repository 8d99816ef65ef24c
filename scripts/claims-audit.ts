// npx tsx scripts/claims-audit.ts: the claim pass (lib/cards/claims) on the TRAINING books only.
// 1. Thesis signals: in paragraphs (>= 3 sentences, expository) holding a sentence that covers a gold
//    fact, how often the sentence each signal alone (and the fixed sum) ranks first is such a sentence.
// 2. The thesis cards in each chapter's top 40, with the verdict of the first rater that labelled them.
import { readFileSync } from "node:fs";
import { importFile, cleanImported } from "@/lib/import";
import { analyseChapter } from "@/lib/cards/analyse";
import { generateCards } from "@/lib/cards";
import { paragraphsOf, expository, rankTheses, SIGNALS, WEIGHTS } from "@/lib/cards/claims";
import { covers, type GoldFact } from "../tests/unit/cards/gold";
import { RATER_PRECEDENCE } from "./lib/rater-order";

const books = JSON.parse(readFileSync("tests/fixtures/labels/books.json", "utf8"));
const train = Object.entries(books.fixtures as Record<string, { book: string; gold?: string }>).filter(([, f]) => books.books[f.book]?.split === "train" && f.gold);
const hits: Record<string, number> = {}; let paragraphs = 0;
const only = (name: string) => Object.fromEntries(SIGNALS.map((s) => [s, s === name ? 1 : 0])) as typeof WEIGHTS;
for (const [fixture, f] of train) {
  const file = `tests/fixtures/chapters/${fixture}`;
  const gold: GoldFact[] = JSON.parse(readFileSync(`tests/fixtures/gold/${f.gold}`, "utf8"));
  const doc = cleanImported(await importFile(readFileSync(file), { filename: file }), file);
  const labels = readFileSync(`tests/fixtures/labels/${fixture}.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  for (const ch of doc.chapters) {
    const a = analyseChapter(ch);
    const golden = (s: { text: string }) => gold.some((g) => covers({ front: s.text, back: "" }, g));
    for (const p of paragraphsOf(a)) {
      if (p.length < 3 || !expository(p) || !p.some(golden)) continue;
      paragraphs++;
      for (const name of [...SIGNALS, "sum", "first"]) {
        const top = name === "sum" ? rankTheses(p, a)[0] : name === "first" ? p[0] : rankTheses(p, a, only(name))[0];
        if (golden(top)) hits[name] = (hits[name] ?? 0) + 1;
      }
    }
    for (const c of generateCards(ch)) {
      if (c.rule !== "thesis") continue;
      const l = RATER_PRECEDENCE.map((r) => labels.find((x) => x.rater === r && x.front === c.front && x.back === c.back)).find(Boolean);
      console.log(`${fixture} | ${l ? `${l.label} ${l.rater}` : "unlabelled"} | ${c.front} → ${c.back}`);
    }
  }
}
console.log(`paragraphs with a gold sentence: ${paragraphs}; top sentence covers a gold fact:`);
for (const [k, v] of Object.entries(hits)) console.log(`  ${k.padEnd(11)} ${v} (${((100 * v) / paragraphs).toFixed(1)} %)`);
