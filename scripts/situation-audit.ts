// Situation-line audit (lib/cards/situation), TRAINING books only: the top-N cards of each chapter
// with the line on, how many carry a line and which rules gave its parts, and a sample of lines to
// read by eye. The cards themselves are the same as with the line off (the line is read by neither
// the ranker nor the selection); the script checks that too.
//   npx tsx scripts/situation-audit.ts [--top 40] [--sample 60] [--fixture NAME]
import { generateCards } from "@/lib/cards";
import { analyseChapter } from "@/lib/cards/analyse";
import { isNarrative, situations, withSituation } from "@/lib/cards/situation";
import { authorOf, documentOf, loadBooks, trainFixtures } from "./lib/cards-eval";

const args = process.argv.slice(2);
const opt = (name: string, d: number) => { const k = args.indexOf(name); return k >= 0 ? Number(args[k + 1]) : d; };
const top = opt("--top", 40), sample = opt("--sample", 60);
const only = args.includes("--fixture") ? args[args.indexOf("--fixture") + 1] : null;
const books = loadBooks();
const rules = new Map<string, number>();
let cards = 0, withLine = 0, changed = 0, mismatched = 0;
type Entry = { fixture: string; line: string; front: string; back: string; sentence: string };
const lines: Entry[] = [];
const scenesShown: Entry[] = [];
for (const fixture of trainFixtures(books)) {
  if (only && fixture !== only) continue;
  const doc = documentOf(fixture);
  const author = authorOf(fixture, books);
  for (const ch of doc.chapters) {
    const opts = { max: top, author, ...(doc.title ? { title: doc.title } : {}) };
    const off = generateCards(ch, { ...opts, situation: false });
    const on = generateCards(ch, { ...opts, situation: true });
    if (off.length !== on.length || off.some((c, i) => c.front !== on[i].front || c.back !== on[i].back)) changed++;
    const a = analyseChapter(ch, { author });
    const story = isNarrative(a);
    const lineOf = situations(a, { author, ...(doc.title ? { title: doc.title } : {}) });
    for (const [i, c] of on.entries()) {
      cards++;
      const s = lineOf(c.source.sentence, c.back, c.front);
      // The line the generator printed is the one this reading gives (joined before any referent line).
      if (c.context !== withSituation(s?.line, off[i]?.context)) mismatched++;
      if (!s) continue;
      withLine++;
      for (const rule of new Set(s.parts.map((p) => p.rule))) rules.set(rule, (rules.get(rule) ?? 0) + 1);
      const entry = { fixture: `${fixture}${doc.chapters.length > 1 ? `#${ch.index}` : ""}${story ? " [story]" : ""}`, line: s.line, front: c.front, back: c.back, sentence: ch.sentences[c.source.sentence].text };
      lines.push(entry);
      if (s.parts.some((p) => p.rule === "place" || p.rule === "date")) scenesShown.push(entry);
    }
  }
}
console.log(`${cards} top-${top} cards, ${withLine} with a situation line; chapters whose cards changed with the line on: ${changed}; cards whose printed context is not the line read here: ${mismatched}`);
for (const [k, n] of [...rules].sort((x, y) => y[1] - x[1])) console.log(`  ${k}: ${n}`);
// A spread sample: every k-th line, so each book shows up.
const step = Math.max(1, Math.floor(lines.length / sample));
console.log(`\nSample (every ${step}th line):`);
for (let i = 0, n = 0; i < lines.length && n < sample; i += step, n++) console.log(`- ${lines[i].fixture}: (${lines[i].line}) ${lines[i].front.slice(0, 90)} → ${lines[i].back.slice(0, 40)}`);
if (args.includes("--scenes")) {
  console.log(`\nEvery line with a place or date (${scenesShown.length}):`);
  for (const e of scenesShown) console.log(`- ${e.fixture}: (${e.line}) ${e.front.slice(0, 100)} → ${e.back.slice(0, 40)}`);
}
