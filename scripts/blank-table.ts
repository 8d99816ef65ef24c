// The top-40 cloze cards of every TRAIN chapter with their strict-first label (the chain of
// `eval:cards --rater`), for comparing where the blank sits before and after a change to the span
// chooser. Writes one JSON line per card; with --wrong prints only the clozes edited or rejected as
// wrong-or-trivial-blank, with the rater's note.
//   npx tsx scripts/blank-table.ts > /tmp/before.jsonl
//   npx tsx scripts/blank-table.ts --wrong
//   npx tsx scripts/blank-table.ts --diff /tmp/before.jsonl     the cards whose blank moved since
//   --off: with the misplaced-blank checks and their repairs off (lib/cards/spans/misplaced-blank)
//   --skip book,book: leaves those books out (an engineer's check set, unread while developing)
import { readFileSync } from "node:fs";
import { LabelIndex } from "@/lib/cards/eval/labels";
import { inRepoCards, loadBooks, readLabels, trainFixtures } from "./lib/cards-eval";
import { STRICT_FIRST_CHAIN } from "./lib/rater-order";
import { arg } from "./lib/args";
import { MISPLACED_BLANK } from "@/lib/cards/spans/misplaced-blank";

type Row = { fixture: string; rank: number; kind: string; front: string; back: string; sentence: string; label: string | null; reason: string | null; note: string | null; rater: string | null; by: string | null };

const args = process.argv.slice(2);
if (args.includes("--off")) MISPLACED_BLANK.on = false;
const books = loadBooks();
const skip = new Set(arg("--skip")?.split(",") ?? []);
const rows: Row[] = [];
for (const fixture of trainFixtures(books).filter((f) => !skip.has(books.fixtures[f].book))) {
  const index = new LabelIndex(readLabels(fixture), STRICT_FIRST_CHAIN);
  inRepoCards(fixture, 40).cards.forEach((c, rank) => {
    const m = index.find(c);
    rows.push({ fixture, rank, kind: c.kind, front: c.front, back: c.back, sentence: c.sentence, label: m?.label.label ?? null, reason: m?.label.reason ?? null, note: m?.label.note ?? null, rater: m?.label.rater ?? null, by: m?.by ?? null });
  });
}

if (args.includes("--diff")) {
  const before = readFileSync(args[args.indexOf("--diff") + 1], "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as Row);
  const key = (r: Row) => `${r.fixture}|${r.front}|${r.back}`;
  const now = new Set(rows.map(key)), then = new Set(before.map(key));
  const gone = before.filter((r) => !now.has(key(r))), added = rows.filter((r) => !then.has(key(r)));
  for (const r of gone) console.log(`- ${r.fixture} [${r.label ?? "UNLAB"}${r.reason ? ` ${r.reason}` : ""}] ${r.front} → ${r.back}`);
  for (const r of added) console.log(`+ ${r.fixture} [${r.label ?? "UNLAB"}${r.reason ? ` ${r.reason}` : ""}] ${r.front} → ${r.back}`);
  console.log(`${gone.length} cards left the top 40s, ${added.length} entered (${added.filter((r) => !r.label).length} unlabelled)`);
} else if (args.includes("--wrong")) {
  for (const r of rows.filter((x) => x.kind === "cloze" && x.reason === "wrong-or-trivial-blank")) console.log(`${r.fixture} [${r.label} ${r.rater}] ${r.front}\n    note: ${r.note ?? ""}`);
} else for (const r of rows) console.log(JSON.stringify(r));
