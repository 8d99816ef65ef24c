// The cross-sentence argument pass (lib/cards/candidates/argument.ts) on a ~1 MB chapter of real
// prose, beside a reference measured in the same run on the same analysis: overgenerate, which
// includes it. The pass must stay a small, linear share (one look at each adjacent pair).
// Run: npx tsx bench/argument-pass.ts
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { argumentCandidates } from "@/lib/cards/candidates/argument";
import { readFixture } from "../tests/unit/cards/gold";

const parts = ["carr-ch11.md", "gold-dna.md", "gutenberg-voyage.txt", "pandoc-cell-biology.md", "modern-prose-computing.md"].map(readFixture);
// The same ~1 MB single chapter as bench/cards.ts.
let book = "";
for (let i = 1; book.length < 1_000_000; i++) {
  book += `\n\n# CHAPTER ${i}\n\n${parts[i % parts.length].replace(/^---[\s\S]*?---\n/, "").replace(/^#+ .*$/gm, "").replace(/^CHAPTER .*$/gim, "")}`;
}
const text = "# CHAPTER 1\n\n" + book.replace(/^# CHAPTER \d+$/gm, "");
const a = analyseChapter(cleanDocument(text, { filename: "book.md" }).chapters[0]);

function time(fn: () => unknown, runs = 3): number {
  fn();
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn();
  return (performance.now() - t) / runs;
}
const pass = time(() => a.sentences.flatMap((s, i) => argumentCandidates(s, a.sentences[i + 1], a)));
const all = time(() => overgenerate(a));
console.log(`| ~1 MB chapter (${a.sentences.length} sentences) | argument pass | overgenerate (reference, includes it) | share |\n| --- | --- | --- | --- |`);
console.log(`| ${(text.length / 1000).toFixed(0)} KB | ${pass.toFixed(1)} ms | ${all.toFixed(0)} ms | ${((100 * pass) / all).toFixed(1)}% |`);
