// npx tsx scripts/cards-book-chapters.ts
// Where the bench's 1 MB book (bench/cards.ts: five samples repeated as 120 numbered chapters) spends
// its time, by chapter: CPU ms of each chapter generated inside the book, by sample, beside the same
// sample generated alone, the bench's 25 KB chapter, and a two-sentence chapter (the fixed cost per
// chapter). CPU time (process.cpuUsage), not wall time: the machine is shared. A book-wide pass or
// state that grows along the book would show as later chapters costing more than earlier ones.
import { cleanDocument } from "@/lib/chapters";
import { generateCards } from "@/lib/cards";
import type { CleanChapter } from "@/lib/chapters/types";
import { readFixture } from "../tests/unit/cards/gold";

const names = ["carr-ch11.md", "gold-dna.md", "gutenberg-voyage.txt", "pandoc-cell-biology.md", "modern-prose-computing.md"];
const strip = (s: string) => s.replace(/^---[\s\S]*?---\n/, "").replace(/^#+ .*$/gm, "").replace(/^CHAPTER .*$/gim, "");
const parts = names.map((n) => strip(readFixture(n)));
let book = "";
for (let i = 1; book.length < 1_000_000; i++) book += `\n\n# CHAPTER ${i}\n\n${parts[i % parts.length]}`;

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const alone = (text: string) => cleanDocument(`# CHAPTER 1\n\n${text}`).chapters[0];
const timed = (c: CleanChapter, runs = 1) => { const t = cpu(); for (let r = 0; r < runs; r++) generateCards({ ...c }, { max: 40 }); return (cpu() - t) / runs; };

const doc = cleanDocument(book);
for (const p of parts) timed(alone(p)); // warm-up
const bySample = names.map((): number[] => []);
const t0 = cpu();
doc.chapters.forEach((c, i) => bySample[(i + 1) % parts.length].push(timed(c)));
console.log(`book: ${doc.chapters.length} chapters, ${(book.length / 1024).toFixed(0)} KB, ${(cpu() - t0).toFixed(0)} ms CPU`);
console.log("| sample | KB | in the book: mean (first 4 … last 4) ms | alone ms | alone ms/KB |\n| --- | --- | --- | --- | --- |");
const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
names.forEach((n, k) => {
  const ms = bySample[k], kb = parts[k].length / 1024, solo = timed(alone(parts[k]), 3);
  const f = (a: number[]) => a.map((x) => x.toFixed(0)).join(" ");
  console.log(`| ${n} | ${kb.toFixed(1)} | ${mean(ms).toFixed(0)} (${f(ms.slice(0, 4))} … ${f(ms.slice(-4))}) | ${solo.toFixed(0)} | ${(solo / kb).toFixed(1)} |`);
});
const carr = readFixture("carr-ch11.md"), dna = readFixture("gold-dna.md");
const text25 = carr + "\n\n" + dna.replace(/^---[\s\S]*?---\n/, "").replace(/^#.*$/gm, "").slice(0, 25_000 - carr.length);
const chapter25 = cleanDocument(text25).chapters[0];
timed(chapter25);
const ms25 = timed(chapter25, 5);
console.log(`the bench's 25 KB chapter: ${ms25.toFixed(0)} ms CPU, ${(ms25 / (text25.length / 1024)).toFixed(1)} ms/KB`);
const tiny = alone("The mitochondrion is the site of aerobic respiration in the cell. It was described in 1857 by a Swiss anatomist.");
timed(tiny, 3);
console.log(`two-sentence chapter: ${timed(tiny, 20).toFixed(1)} ms CPU per chapter`);
