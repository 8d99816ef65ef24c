// The first-person singular rate of every chapter fixture (lib/cards/narrator/narration.ts): the table
// the narration rule was chosen from. npx tsx scripts/narrator-rates.ts [--train]
// --train: only books.json's training fixtures (never held-out ones); default: every fixture file in
// this worktree's tests/fixtures/chapters (the worktree holds no held-out book).
import { readdirSync } from "node:fs";
import { chaptersOf, dirs, loadBooks } from "./lib/cards-eval";
import { narrationStats } from "@/lib/cards/narrator/narration";
import { isFirstPersonNarrative } from "@/lib/cards/narrator";

const books = loadBooks();
const heldout = new Set(Object.entries(books.fixtures).filter(([, e]) => books.books[e.book].split === "heldout").map(([f]) => f));
const files = readdirSync(dirs.chapters).filter((f) => /\.(?:txt|md)$/.test(f) && f !== "SOURCES.md" && !heldout.has(f))
  .filter((f) => !process.argv.includes("--train") || books.fixtures[f]);
const rows: string[] = [];
for (const f of files) {
  for (const ch of chaptersOf(f)) {
    const s = narrationStats(ch);
    rows.push([f.padEnd(46), String(ch.index).padStart(2), String(s.words).padStart(6), String(s.firstPerson).padStart(5), s.perThousand.toFixed(1).padStart(6), `${s.sentencesWithI}/${s.sentences}`.padStart(8), (100 * s.sentenceShare).toFixed(0).padStart(4) + "%", isFirstPersonNarrative(ch) ? "  NARRATED" : ""].join(" "));
  }
}
console.log(`${"fixture".padEnd(46)} ch  words    fp  /1000  sent.w/I share`);
for (const r of rows.sort((a, b) => Number(b.split(/\s+/)[4]) - Number(a.split(/\s+/)[4]))) console.log(r);
