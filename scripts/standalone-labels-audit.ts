// Session 17 (standalone): every labelled card a TRAIN chapter shows (top 40, eval:cards' strict-first
// chain), with its verdict, reason, note, rater and the sentences before it, one JSON line each; the
// check set (./standalone-labels-audit-check.ts, named before any label was read) is left out unless --check is given, and
// held-out books are never read (trainFixtures). Used to class the not-standalone rejects of cards the
// gates pass and to count what a would-be rule would also hit among accepted and edited cards.
//   npx tsx scripts/standalone-labels-audit.ts > /tmp/dev-cards.jsonl
import { generateCards } from "@/lib/cards";
import { LabelIndex } from "@/lib/cards/eval";
import { isStrict } from "@/lib/cards/rank/training";
import { documentOf, fixtureOptions, loadBooks, readLabels, trainFixtures } from "./lib/cards-eval";
import { STRICT_FIRST_CHAIN } from "./lib/rater-order";

import { CHECK } from "./standalone-labels-audit-check";

const args = process.argv.slice(2);
const check = args.includes("--check");
const max = args.includes("--max") ? Number(args[args.indexOf("--max") + 1]) : 40;
const books = loadBooks();
for (const fixture of trainFixtures(books)) {
  if (CHECK.has(books.fixtures[fixture].book) !== check) continue;
  const doc = documentOf(fixture);
  const index = new LabelIndex(readLabels(fixture), STRICT_FIRST_CHAIN);
  doc.chapters.forEach((ch) => {
    const cards = generateCards(ch, { max, ...fixtureOptions(fixture), ...(doc.title ? { title: doc.title } : {}) });
    cards.forEach((c, rank) => {
      const sentence = ch.sentences[c.source.sentence]?.text ?? "";
      const m = index.find({ kind: c.kind, front: c.front, back: c.back, ...(c.context ? { context: c.context } : {}), sentence });
      const before = ch.sentences.slice(Math.max(0, c.source.sentence - 3), c.source.sentence).map((s) => s.text);
      process.stdout.write(JSON.stringify({ fixture, book: books.fixtures[fixture].book, rank, kind: c.kind, front: c.front, back: c.back, context: c.context, sentence, before, label: m?.label.label ?? null, reason: m?.label.reason ?? null, note: m?.label.note ?? null, rater: m?.label.rater ?? null, strict: m ? isStrict(m.label.rater) : null, by: m?.by ?? null }) + "\n");
    });
  });
}
