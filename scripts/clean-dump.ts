// The cleaned text of every chapter fixture, one file each, for diffing the clean-up before/after a
// change: document title and layout notes, each chapter's number and title, its paragraphs (kind,
// page), sentences (page, note references), page map and notes.
//   npx tsx scripts/clean-dump.ts <out-dir> [fixture ...]
// Held-out books are skipped (books.json split "heldout"): the clean-up is never looked at on them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cleanDocument } from "../lib/chapters";
import { dirs } from "./lib/cards-eval";

const [out, ...only] = process.argv.slice(2);
if (!out) throw new Error("usage: npx tsx scripts/clean-dump.ts <out-dir> [fixture ...]");
const books = JSON.parse(readFileSync(path.join(dirs.labels, "books.json"), "utf8")) as { books: Record<string, { split: string }>; fixtures: Record<string, { book: string }> };
const heldOut = new Set(Object.entries(books.fixtures).filter(([, f]) => books.books[f.book]?.split === "heldout").map(([name]) => name));
const files = (only.length ? only : readdirSync(dirs.chapters)).filter((f) => /\.(txt|md)$/.test(f) && f !== "SOURCES.md" && !heldOut.has(f));
mkdirSync(out, { recursive: true });
for (const f of files) {
  const doc = cleanDocument(readFileSync(path.join(dirs.chapters, f), "utf8"), { filename: f });
  const lines = [`TITLE ${doc.title}`, ...doc.layout.notes.map((n) => `LAYOUT ${n}`)];
  for (const ch of doc.chapters) {
    lines.push("", `== CHAPTER ${ch.number ?? "-"}: ${ch.title}`);
    for (const p of ch.paragraphs) lines.push(`[${p.kind} p.${p.page ?? "?"}] ${ch.text.slice(p.start, p.end)}`);
    for (const s of ch.sentences) lines.push(`  S${s.id} p.${s.page ?? "?"} par ${s.paragraph}${s.footnoteRefs.length ? ` refs ${s.footnoteRefs.join(",")}` : ""}: ${s.text}`);
    lines.push(`  PAGES ${ch.pages.map((p) => `${p.page}@${p.offset}`).join(" ")}`);
    for (const n of ch.footnotes) lines.push(`  NOTE ${n.number} p.${n.page ?? "?"} cited ${n.citedAt ? n.citedAt.sentence : "-"}: ${n.text}`);
  }
  writeFileSync(path.join(out, `${f}.txt`), lines.join("\n") + "\n");
}
console.log(`${files.length} fixture(s) written to ${out}`);
