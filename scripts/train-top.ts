// Prints the top cards of each TRAIN chapter with their rater-a label (never held-out chapters).
//   npx tsx scripts/train-top.ts [fixture-substring]
import { readFileSync } from "node:fs";
import { cleanDocument } from "@/lib/chapters";
import { generateCards } from "@/lib/cards";

type Label = { front: string; back: string; label: string; reason?: string; rater?: string };
const root = "tests/fixtures";
const books = JSON.parse(readFileSync(`${root}/labels/books.json`, "utf8")) as { books: Record<string, { split: string }>; fixtures: Record<string, { book: string }> };
const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
const only = process.argv[2];
for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train") continue;
  if (only && !fixture.includes(only)) continue;
  const labels = new Map<string, Label>();
  for (const line of readFileSync(`${root}/labels/${fixture}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const l = JSON.parse(line) as Label;
    if (l.rater && !l.rater.startsWith("rater-a")) continue;
    labels.set(`${norm(l.front)}|${norm(l.back)}`, l);
  }
  const chapter = cleanDocument(readFileSync(`${root}/chapters/${fixture}`, "utf8"), { filename: fixture }).chapters[0];
  const cards = generateCards(chapter, { max: 40 });
  console.log(`\n## ${fixture} (${cards.length})`);
  for (const c of cards) {
    const l = labels.get(`${norm(c.front)}|${norm(c.back)}`);
    console.log(`${(l?.label ?? "UNLAB").padEnd(6)} ${(l?.reason ?? "").padEnd(22)} [${c.type}] ${c.front} → ${c.back}`);
  }
}
