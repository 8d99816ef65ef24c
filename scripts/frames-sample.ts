// The cards the added author frames (lib/cards/decontext/author-frames.ts, FRAMES_MORE_ON) rewrite on
// TRAIN books: every sentence whose frame only the added rules delete, and each of its candidates
// that passes every gate, shown as the card reads after the deletion. A fixed-seed sample for judging
// by hand (the judgements: scripts/frames-judged.json).
//   npx tsx scripts/frames-sample.ts                  how many sentences and cards, per book
//   npx tsx scripts/frames-sample.ts --list           every rewritten sentence, before and after (JSON lines)
//   npx tsx scripts/frames-sample.ts --sample 40 --seed 11   a fixed-seed sample (JSON lines)
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { addedFrame } from "@/lib/cards/decontext/author-frames";
import { fixtureChapter, loadBooks, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { seededRandom } from "@/lib/optimizer/random";

const args = process.argv.slice(2);
const opt = (name: string, d: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : d);
const sampleSize = opt("--sample", 0);

// The same seeded stream as lib/optimizer/random.ts (mulberry32), so a sample is the same on every run.
const random = seededRandom;

type Row = { fixture: string; sentence: string; card: string };
const books = loadBooks();
const rows: Row[] = [];
const perBook = new Map<string, { sentences: number; cards: number }>();
for (const fixture of trainFixtures(books)) {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const book = books.fixtures[fixture].book;
  const hit = new Set<number>();
  a.sentences.forEach((s, i) => {
    const ctx = s.context;
    if (ctx?.edits.some((e) => e.op === "marker" && addedFrame(ctx.before.slice(e.start, e.end)))) hit.add(i);
  });
  if (args.includes("--list")) for (const i of hit) console.log(JSON.stringify({ fixture, before: a.sentences[i].context?.before, after: a.sentences[i].text }));
  const t = perBook.get(book) ?? { sentences: 0, cards: 0 };
  t.sentences += hit.size;
  for (const c of overgenerate(a, fixtureOptions(fixture))) {
    if (!hit.has(c.sentence) || GATES.some(([, g]) => g(c, a) !== null)) continue;
    t.cards++;
    rows.push({ fixture, sentence: a.sentences[c.sentence].context?.before ?? a.sentences[c.sentence].text, card: c.kind === "cloze" ? `${c.front}  [${c.back}]` : `${c.front} → ${c.back}` });
  }
  perBook.set(book, t);
}
if (sampleSize) {
  const rnd = random(opt("--seed", 11));
  const pool = [...rows];
  for (let n = 0; n < sampleSize && pool.length; n++) console.log(JSON.stringify(pool.splice(Math.floor(rnd() * pool.length), 1)[0]));
} else {
  for (const [b, t] of [...perBook].sort()) if (t.sentences) console.log(`${b.padEnd(28)} sentences ${t.sentences}  cards passing every gate ${t.cards}`);
  console.log(`all: ${rows.length} cards from ${[...perBook.values()].reduce((n, t) => n + t.sentences, 0)} sentences`);
}
