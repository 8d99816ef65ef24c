// Every OCR word repair the clean-up makes on every chapter fixture (held-out books skipped), for
// counting them and judging each by eye: "fixture: misread -> repaired (times)". Run on the text as
// the clean-up sees it (after the long-s repair), only where the clean-up runs the repair at all
// (hard-wrapped lines: a page or a column).
//   npx tsx scripts/ocr-repair-audit.ts [fixture ...]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { normalizeDocument } from "../lib/chapters/blocks";
import { repairLongS } from "../lib/chapters/long-s";
import { repairOcrWords } from "../lib/chapters/ocr-words";
import { measureOf } from "../lib/chapters/side-notes";
import { dirs } from "./lib/cards-eval";

const books = JSON.parse(readFileSync(path.join(dirs.labels, "books.json"), "utf8")) as { books: Record<string, { split: string }>; fixtures: Record<string, { book: string }> };
const heldOut = new Set(Object.entries(books.fixtures).filter(([, f]) => books.books[f.book]?.split === "heldout").map(([name]) => name));
const only = process.argv.slice(2);
const files = (only.length ? only : readdirSync(dirs.chapters)).filter((f) => /\.(txt|md)$/.test(f) && f !== "SOURCES.md" && !heldOut.has(f));
let total = 0;
for (const f of files) {
  // As cleanDocument does, less the passes before it that move whole lines (they change no word).
  const normalized = normalizeDocument(readFileSync(path.join(dirs.chapters, f), "utf8"));
  if (measureOf(normalized.split("\n").map((l) => l.trim().length).filter((n) => n > 0), 20) === null) continue;
  const text = repairLongS(normalized).text;
  // Only the repairs made: a part of a word split at a line end ("actu-" / "lly") is never repaired.
  const { fixes, applied } = repairOcrWords(text);
  const list = [...applied].map(([from, n]) => `${from} -> ${fixes.get(from)} (${n})`);
  total += applied.size;
  console.log(`${f}: ${applied.size} word(s)${list.length ? `\n  ${list.join("\n  ")}` : ""}`);
}
console.log(`total: ${total} distinct misread word(s) repaired`);
