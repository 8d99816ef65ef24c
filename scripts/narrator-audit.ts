// Every sentence of the TRAINING chapters the narrator rule reads as first-person narratives
// (lib/cards/narrator), with the first-person words in its narration: the sentence as written and
// as rewritten with the book's author (books.json), or the reason it was refused; counts at the end.
//   npx tsx scripts/narrator-audit.ts [--refused]   (--refused: only the refused sentences)
import { analyseChapter } from "@/lib/cards/analyse";
import { firstPersonWords, narratorEdits, narratorFor, sentenceQuoting } from "@/lib/cards/narrator";
import { applyEdits } from "@/lib/cards/decontext";
import { authorOf, chaptersOf, loadBooks, trainFixtures } from "./lib/cards-eval";

const books = loadBooks();
const onlyRefused = process.argv.includes("--refused");
const reasons = new Map<string, number>();
let rewritten = 0, refused = 0;
for (const fixture of trainFixtures(books)) {
  for (const ch of chaptersOf(fixture)) {
    const name = narratorFor(ch, authorOf(fixture, books), true);
    if (!name) continue;
    const a = analyseChapter(ch, { decontext: false });
    const quoting = sentenceQuoting(ch);
    console.log(`\n## ${fixture} (chapter ${ch.index}): ${name.full} / ${name.short}`);
    a.sentences.forEach((s, i) => {
      if (!quoting[i].narration || !firstPersonWords(s.text).length) return;
      const r = narratorEdits(s, name, quoting[i].startsQuoted);
      if (r.refused) {
        refused++;
        const why = r.refused.replace(/"[^"]*"/, (m) => (/^"I \w+" \(tense/.test(r.refused!) ? '"I VERB"' : m));
        reasons.set(why, (reasons.get(why) ?? 0) + 1);
        console.log(`\n[${s.sentence.id}] REFUSED (${r.refused}): ${s.text}`);
      } else if (r.edits.length) {
        rewritten++;
        if (!onlyRefused) console.log(`\n[${s.sentence.id}] ${s.text}\n   → ${applyEdits(s.text, r.edits)}`);
      }
    });
  }
}
console.log(`\nrewritten ${rewritten}, refused ${refused}`);
for (const [why, n] of [...reasons].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${why}`);
