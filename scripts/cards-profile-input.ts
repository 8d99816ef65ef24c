// npx tsx scripts/cards-profile-input.ts [chapter|book|one] [runs]
// The bench's inputs (bench/cards.ts: the 25 KB chapter, the ~1 MB book of numbered chapters, the same
// ~1 MB as one chapter) generated `runs` times on fresh chapter copies, for `node --cpu-prof` /
// `--heap-prof` runs of the offline default: the profile is of generateCards alone, after one warm-up.
import { cleanDocument } from "@/lib/chapters";
import { generateCards } from "@/lib/cards";
import { readFixture } from "../tests/unit/cards/gold";

const which = process.argv[2] ?? "chapter";
const runs = Number(process.argv[3] ?? 3);
const carr = readFixture("carr-ch11.md"), dna = readFixture("gold-dna.md");
const chapter25 = carr + "\n\n" + dna.replace(/^---[\s\S]*?---\n/, "").replace(/^#.*$/gm, "").slice(0, 25_000 - carr.length);
const parts = ["carr-ch11.md", "gold-dna.md", "gutenberg-voyage.txt", "pandoc-cell-biology.md", "modern-prose-computing.md"].map(readFixture);
let book = "";
for (let i = 1; book.length < 1_000_000; i++) book += `\n\n# CHAPTER ${i}\n\n${parts[i % parts.length].replace(/^---[\s\S]*?---\n/, "").replace(/^#+ .*$/gm, "").replace(/^CHAPTER .*$/gim, "")}`;
const oneChapter = "# CHAPTER 1\n\n" + book.replace(/^# CHAPTER \d+$/gm, "");
const text = which === "book" ? book : which === "one" ? oneChapter : chapter25;
const doc = cleanDocument(text);
const go = () => { for (const c of doc.chapters.map((c) => ({ ...c }))) generateCards(c, { max: 40 }); };
go();
const t = performance.now();
for (let i = 0; i < runs; i++) go();
console.log(`${which}: ${doc.chapters.length} chapters, ${((performance.now() - t) / runs).toFixed(1)} ms per run`);
