// npm run --silent cards -- <file> [--json] [--max N] [--author NAME] [--candidates] [--pipeline]
// Prints the cleaned chapter outline and the generated cards; with --json, only a JSON array of cards.
// --candidates: every candidate that passed the hard gates (all question types, unranked, in source
// order, with the source sentence text), for labelling. --pipeline names the generator explicitly (it is
// the only offline one since the rule-based generator was retired; --legacy now fails with a message).
// --author: the book's author, as a user types it at import (GenerateOptions.author); without it, the file's
// own metadata names it (as in the web import). It names a first-person narrator while lib/cards/narrator's
// switch is on (the default since session 26; LECTERN_NARRATOR=0 turns it off, and then nothing changes).
import { readFileSync } from "node:fs";
import { cleanImported, importFile, ImportError } from "@/lib/import";
import { localOcr } from "@/lib/import/ocr/local";
import { generateCards, pipelineCandidateCards } from "@/lib/cards";
import { cardJson } from "./lib/card-json";

function fail(message: string): never {
  process.stderr.write(`cards: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes("--json");
const all = args.includes("--candidates");
if (args.includes("--legacy")) fail("--legacy: the rule-based generator was retired (the NLP pipeline beat it on books neither was tuned on); drop the flag");
const maxAt = args.indexOf("--max");
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 40;
const authorAt = args.indexOf("--author");
const file = args.find((a, i) => !a.startsWith("--") && (maxAt < 0 || i !== maxAt + 1) && (authorAt < 0 || i !== authorAt + 1));
if (!file) fail("usage: npm run --silent cards -- <file> [--json] [--max N] [--author NAME] [--candidates] [--pipeline]");
if (authorAt >= 0 && !args[authorAt + 1]?.trim()) fail("--author takes a name");
if (authorAt >= 0 && args[authorAt + 1].startsWith("--")) fail('--author takes the author\'s name ("Booker T. Washington")');
if (!Number.isInteger(max) || max < 1) fail("--max takes a positive whole number");
let bytes: Uint8Array;
try {
  bytes = readFileSync(file);
} catch (err) {
  fail(`cannot read ${file}: ${(err as Error).message}`);
}
// Any format the web import takes (PDF, scans and photos through OCR, EPUB, DOCX, HTML, text), sniffed from its bytes.
const imported = await importFile(bytes, { filename: file, ocr: localOcr() }).catch((err: unknown) => fail(err instanceof ImportError ? err.message : `cannot import ${file}: ${(err as Error).message}`));
const doc = cleanImported(imported, file);
if (!doc.chapters.length) fail(`no chapter text found in ${file}`);
const author = authorAt >= 0 ? args[authorAt + 1].trim() : imported.metadata.author ?? undefined;
// The document's title: the situation line (LECTERN_SITUATION=1) cites it when a chapter's own title is a file's name.
const title = doc.title ?? undefined;
const cards = doc.chapters.flatMap((c) => (all ? pipelineCandidateCards(c, { author, title }) : generateCards(c, { max, author, title })));
const sentenceText = (chapter: number, id: number) => doc.chapters.find((ch) => ch.index === chapter)?.sentences[id]?.text ?? "";

// The printed chapter number when it is a plain number ("11"), else the chapter's index.
function chapterNumber(index: number): number {
  const n = doc.chapters.find((ch) => ch.index === index)?.number;
  return n && /^\d+$/.test(n) ? Number(n) : index;
}

if (json) {
  const out = cards.map((c) => cardJson(c, { candidates: all, chapter: chapterNumber(c.source.chapter), sentence: () => sentenceText(c.source.chapter, c.source.sentence) }));
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
} else {
  const l = doc.layout;
  const found = [l.hasSupMarkers && "<sup> note markers", l.hasFootnoteBlocks && "footnotes at page breaks", l.hasEndnotes && "endnotes",
    l.hasRunningHeads && "running heads", l.hasPageNumbers && "page numbers", l.hyphenationRepairs && `${l.hyphenationRepairs} hyphenation repair(s)`].filter(Boolean);
  console.log(`${doc.title ?? file}${author ? ` by ${author}` : ""} (${l.format}; ${found.length ? found.join(", ") : "no page furniture detected"})`);
  for (const note of l.notes) console.log(`  · ${note}`);
  for (const ch of doc.chapters) {
    const pages = ch.pages.length ? `pp. ${ch.pages[0].page}–${ch.pages.at(-1)!.page}` : "no page numbers";
    console.log(`\nChapter ${ch.number ?? ch.index + 1}: ${ch.title} (${pages}; ${ch.sentences.length} sentences, ${ch.footnotes.length} footnotes)`);
    for (const c of cards.filter((x) => x.source.chapter === ch.index)) {
      console.log(`\n  [${c.kind}] ${c.context ? `(${c.context}) ` : ""}${c.front}\n      → ${c.back}\n      p. ${c.source.page ?? "?"}, sentence ${c.source.sentence} · ${c.rule} · ${c.score.toFixed(2)}${c.flags.length ? ` · ${c.flags.join(", ")}` : ""}`);
    }
  }
}
