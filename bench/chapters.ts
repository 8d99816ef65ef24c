// Chapter clean-up speed: cleanDocument on a ~25 KB chapter and a ~1 MB book built by repeating the
// fixtures, beside a trivial baseline measured in the same run on the same text (a regex sentence
// split), so the ratio is comparable across machines. ms/KB for both sizes shows linearity.
// Run: npx tsx bench/chapters.ts [--quick]
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { cleanDocument } from "@/lib/chapters";
import { stripGutenberg } from "@/lib/chapters/blocks";

const dir = path.join(process.cwd(), "tests", "fixtures", "chapters");
// Each fixture without its Project Gutenberg licence wrapper: a real book carries one, not one per chapter.
const read = (name: string) => stripGutenberg(readFileSync(path.join(dir, name), "utf8"));
const files = readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f) && !f.startsWith("gold-")).sort();

// ~25 KB: the Carr sample (front matter, contents, footnote blocks) continued with another fixture's prose.
const carr = read("carr-ch11.md");
const naturalist = read("gutenberg-naturalist.txt");
const more = naturalist.slice(naturalist.indexOf("\n\n\nWhen ")).replace(/^CHAPTER .*$/gim, "");
const chapter25 = (carr + "\n\n" + more).slice(0, 25_000);

// ~1 MB: every fixture in turn, each under its own numbered chapter heading so the book has many
// chapters, footnote blocks, page numbers and running heads throughout.
let book = "";
for (let i = 1; book.length < 1_000_000; i++) {
  const body = read(files[i % files.length]).replace(/^---[\s\S]*?---\n/, "").replace(/^#+ .*$/gm, "").replace(/^CHAPTER .*$/gim, "");
  book += `\n\n# CHAPTER ${i}\n\n${body}`;
}

function time(fn: () => unknown, runs: number): number {
  fn(); // warm-up: regex compilation and JIT are not what we measure
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t) / runs;
}

const baseline = (text: string) => text.split(/(?<=[.!?])\s+/).length;
const quick = process.argv.includes("--quick");
console.log("| input | KB | cleanDocument ms | baseline ms | ratio | clean ms/KB | baseline ms/KB | chapters | sentences |");
console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const [label, text, runs] of [["25 KB chapter", chapter25, quick ? 3 : 20], ["1 MB book", book, quick ? 1 : 3]] as const) {
  const kb = text.length / 1024;
  const doc = cleanDocument(text);
  const clean = time(() => cleanDocument(text), runs);
  const base = time(() => baseline(text), runs * 5);
  const sentences = doc.chapters.reduce((n, c) => n + c.sentences.length, 0);
  console.log(`| ${label} | ${kb.toFixed(0)} | ${clean.toFixed(1)} | ${base.toFixed(2)} | ${(clean / base).toFixed(0)}x | ${(clean / kb).toFixed(3)} | ${(base / kb).toFixed(4)} | ${doc.chapters.length} | ${sentences} |`);
}
