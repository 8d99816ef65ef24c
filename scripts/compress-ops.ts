// Per compression op on the TRAIN books: candidates it made (for the connective repair: sentences), how many passed the gates, how many
// reached the top 40, and the strict-first labels of those (matched by card; a label found only
// through the sentence belongs to the uncompressed card and is shown as "by sentence").
//   npx tsx scripts/compress-ops.ts           the table
//   npx tsx scripts/compress-ops.ts --cards   also every top-40 compressed card with its label
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { LabelIndex } from "@/lib/cards/eval";
import { fixtureChapter, readLabels, trainFixtures, loadBooks, fixtureOptions } from "./lib/cards-eval";
import { STRICT_FIRST_CHAIN } from "./lib/rater-order";

const CHAIN = STRICT_FIRST_CHAIN;
const cards = process.argv.includes("--cards");
type Row = { made: number; passed: number; top40: number; accept: number; edit: number; reject: number; bySentence: number; unlabelled: number; books: Set<string> };
const tally: Record<string, Row> = {};
const row = (op: string) => (tally[op] ??= { made: 0, passed: 0, top40: 0, accept: 0, edit: 0, reject: 0, bySentence: 0, unlabelled: 0, books: new Set() });
const books = loadBooks();
for (const fixture of trainFixtures(books)) {
  const chapter = fixtureChapter(fixture);
  const a = analyseChapter(chapter, fixtureOptions(fixture));
  for (const c of overgenerate(a, fixtureOptions(fixture))) for (const op of c.compressed ?? []) row(op).made++;
  for (const s of a.sentences) if (s.context?.edits.some((e) => e.op === "connective")) row("connective").made++;
  const { ranked } = rankedCandidates(chapter, undefined, fixtureOptions(fixture));
  for (const r of ranked) for (const op of r.c.compressed ?? []) row(op).passed++;
  const labels = new LabelIndex(readLabels(fixture), CHAIN);
  for (const r of select(ranked, 40, DEFAULT_WEIGHTS)) {
    // The leading connective is a repair of the whole sentence (every card of it), not a cloze op.
    const ops = [...(r.c.compressed ?? []), ...(a.sentences[r.c.sentence].context?.edits.some((e) => e.op === "connective") ? ["connective"] : [])];
    if (!ops.length) continue;
    const m = labels.find({ kind: r.c.kind, front: r.c.front, back: r.c.back, sentence: chapter.sentences[r.c.sentence].text });
    for (const op of ops) {
      const t = row(op);
      t.top40++;
      t.books.add(books.fixtures[fixture].book);
      if (!m) t.unlabelled++;
      else if (m.by === "sentence") t.bySentence++;
      else t[m.label.label]++;
    }
    if (cards) console.log(`${fixture} · [${ops.join(",")}] · ${m ? `${m.label.label}${m.by === "sentence" ? " (by sentence)" : ""} ${m.label.rater} ${m.label.reason ?? ""} — ${m.label.note ?? ""}` : "UNLABELLED"}\n  ${r.c.front}\n  = ${chapter.sentences[r.c.sentence].text}\n`);
  }
}
console.log("| op | made | passed gates | top 40 | books | accept | edit | reject | by sentence only | unlabelled |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
for (const [op, t] of Object.entries(tally)) console.log(`| ${op} | ${t.made} | ${t.passed} | ${t.top40} | ${t.books.size} | ${t.accept} | ${t.edit} | ${t.reject} | ${t.bySentence} | ${t.unlabelled} |`);
