// What each hard gate drops among the labelled candidates of TRAIN books (never held-out ones):
// accept / edit / reject counts per gate (the first gate that fires), and "pass" for the rest.
// Used to keep a gate only when what it drops is mostly rejected.
//   npx tsx scripts/gate-audit.ts            the table
//   npx tsx scripts/gate-audit.ts <gate>     also every labelled card that gate drops, with its reason
//   npx tsx scripts/gate-audit.ts pass       also every labelled card that passes all gates
import { readFileSync } from "node:fs";
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";

type Label = { front: string; back: string; label: "accept" | "edit" | "reject"; reason?: string };
const root = "tests/fixtures";
const books = JSON.parse(readFileSync(`${root}/labels/books.json`, "utf8")) as { books: Record<string, { split: string }>; fixtures: Record<string, { book: string }> };
const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
const show = process.argv[2];
const tally: Record<string, Record<Label["label"], number>> = {};
for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train") continue;
  const labels = new Map<string, Label>();
  for (const line of readFileSync(`${root}/labels/${fixture}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const l = JSON.parse(line) as Label;
    labels.set(`${norm(l.front)}|${norm(l.back)}`, l);
  }
  const chapter = cleanDocument(readFileSync(`${root}/chapters/${fixture}`, "utf8"), { filename: fixture }).chapters[0];
  const a = analyseChapter(chapter);
  for (const c of overgenerate(a)) {
    const l = labels.get(`${norm(c.front)}|${norm(c.back)}`);
    if (!l) continue;
    let killed = "pass", why = "";
    for (const [name, g] of GATES) {
      const r = g(c, a);
      if (r) { killed = name; why = r; break; }
    }
    if (show && killed === show) console.log(`${l.label.padEnd(6)} ${l.reason ?? ""} | ${why || `${c.type}:${c.answerKind}`} | ${c.front} → ${c.back}`);
    (tally[killed] ??= { accept: 0, edit: 0, reject: 0 })[l.label]++;
  }
}
console.table(tally);
