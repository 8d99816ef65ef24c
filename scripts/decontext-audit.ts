// What decontextualisation finds and repairs among the labelled candidates of TRAIN books (never
// held-out ones): for each operation and kind, the labels of the candidates whose visible text it
// touches, counted on the unrepaired candidates the labels were given to. "(pass)" counts only
// candidates that pass every gate as they were; "ns" is how many were labelled not-standalone.
//   npx tsx scripts/decontext-audit.ts            the table
//   npx tsx scripts/decontext-audit.ts <op:kind>  also the cards of that row
import { readFileSync } from "node:fs";
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { visible } from "@/lib/cards/gates/referring";

type Label = { front: string; back: string; label: "accept" | "edit" | "reject"; reason?: string };
const root = "tests/fixtures";
const books = JSON.parse(readFileSync(`${root}/labels/books.json`, "utf8")) as { books: Record<string, { split: string }>; fixtures: Record<string, { book: string }> };
const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
const show = process.argv[2];
type Row = { accept: number; edit: number; reject: number; ns: number; "accept (pass)": number; "edit (pass)": number; "reject (pass)": number };
const tally: Record<string, Row> = {};
for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train") continue;
  const labels = new Map<string, Label>();
  for (const line of readFileSync(`${root}/labels/${fixture}.jsonl`, "utf8").split("\n").filter(Boolean)) {
    const l = JSON.parse(line) as Label;
    labels.set(`${norm(l.front)}|${norm(l.back)}`, l);
  }
  const chapter = cleanDocument(readFileSync(`${root}/chapters/${fixture}`, "utf8"), { filename: fixture }).chapters[0];
  const raw = analyseChapter(chapter, { decontext: false });
  const fixed = analyseChapter(chapter);
  for (const c of overgenerate(raw)) {
    const l = labels.get(`${norm(c.front)}|${norm(c.back)}`);
    const ctx = fixed.sentences[c.sentence].context;
    if (!l || !ctx) continue;
    const pass = !GATES.some(([, g]) => g(c, raw));
    const text = visible(c);
    const rows = new Set<string>();
    for (const d of ctx.unresolved) if (text.includes(d.text)) rows.add(`${d.op}:${d.kind}`);
    for (const e of ctx.edits) {
      // An insertion is shown when the word it attaches to is: the surname after it, the month before it.
      const word = e.start === e.end
        ? (e.op === "name" ? ctx.before.slice(e.end).match(/^[\p{L}-]+/u)?.[0] : ctx.before.slice(0, e.start).match(/[\p{L}-]+$/u)?.[0])
        : ctx.before.slice(e.start, e.end).replace(/^[\s,]+|[\s,]+$/g, "");
      if (word && text.includes(word)) rows.add(`repair:${e.op}`);
    }
    for (const r of rows) {
      const t = (tally[r] ??= { accept: 0, edit: 0, reject: 0, ns: 0, "accept (pass)": 0, "edit (pass)": 0, "reject (pass)": 0 });
      t[l.label]++;
      if (l.reason === "not-standalone") t.ns++;
      if (pass) t[`${l.label} (pass)`]++;
      if (show && r === show) console.log(`${l.label.padEnd(6)} ${(l.reason ?? "").padEnd(22)} ${pass ? "PASS" : "    "} | ${c.front} → ${c.back}`);
    }
  }
}
console.table(Object.fromEntries(Object.entries(tally).sort(([x], [y]) => x.localeCompare(y))));
