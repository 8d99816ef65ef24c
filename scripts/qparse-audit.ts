// Which strict Q&A labels of TRAIN books the question-structure checks refuse (never held-out
// books): per book, rejects refused (of all rejects) and accepted/edited cards wrongly refused.
// Each label's question is checked against the chapter's analysed sentence it was made from.
//   npx tsx scripts/qparse-audit.ts          the per-book table
//   npx tsx scripts/qparse-audit.ts show     also every refused label, and every unrefused garbled/wrong-answer reject
import { analyseChapter, type AnalysedSentence } from "@/lib/cards/analyse";
import { isStrict, STRICT_RATERS } from "@/lib/cards/rank/training";
import type { CardLabel } from "@/lib/cards/eval";
import { questionStructureProblem } from "@/lib/cards/gates/question-structure";
import { brokenQuestion } from "@/lib/cards/gates/question-parse";
import { definitionShapeProblem } from "@/lib/cards/gates/definition-shape";
import { fixtureChapter, loadBooks, looseKey, readLabels, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const show = process.argv[2] === "show";
const norm = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();
const books = loadBooks();
type Row = { rejects: number; refused: number; kept: number; lost: number; other: number; otherLost: number; any: number; anyLost: number };
const rows: Record<string, Row> = {};
for (const fixture of trainFixtures(books)) {
  // One label a card: the first strict rater's, in the strict-first order (k, j, i, …, c).
  const byCard = new Map<string, CardLabel>();
  const order = (r: string) => -STRICT_RATERS.indexOf(r as (typeof STRICT_RATERS)[number]);
  for (const l of readLabels(fixture).filter((x) => isStrict(x.rater) && x.kind === "qa").sort((x, y) => order(x.rater) - order(y.rater))) {
    if (!byCard.has(looseKey(l))) byCard.set(looseKey(l), l);
  }
  const labels = [...byCard.values()];
  if (!labels.length) continue;
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const raw = analyseChapter(fixtureChapter(fixture), { decontext: false });
  const find = (text: string): AnalysedSentence | undefined => {
    const n = norm(text);
    return a.sentences.find((s) => norm(s.text) === n) ?? raw.sentences.find((s) => norm(s.text) === n)
      ?? a.sentences.find((s) => norm(s.text).includes(n.slice(0, 60)) || n.includes(norm(s.text).slice(0, 60)));
  };
  const row = (rows[books.fixtures[fixture].book] ??= { rejects: 0, refused: 0, kept: 0, lost: 0, other: 0, otherLost: 0, any: 0, anyLost: 0 });
  for (const l of labels) {
    const s = find(l.sentence ?? "");
    if (!s) { if (show) console.log(`NO SENTENCE ${fixture}: ${l.front}`); continue; }
    // The other question checks (question-parse, definition-shape), which may refuse the card anyway.
    const other = brokenQuestion(l.front, l.back, s) ?? definitionShapeProblem(l.front, l.back, s);
    const why = questionStructureProblem(l.front, l.back, s);
    if (l.label === "reject") { row.other += other ? 1 : 0; row.any += other || why ? 1 : 0; } else { row.otherLost += other ? 1 : 0; row.anyLost += other || why ? 1 : 0; }
    if (l.label === "reject") { row.rejects++; if (why) row.refused++; } else { row.kept++; if (why) row.lost++; }
    if (show && (why || other || (l.label === "reject" && /garbled|wrong-answer/.test(l.reason ?? "")))) {
      const verdict = why ? `REFUSED (${why})` : other ? `other check (${other})` : "passes";
      console.log(`${l.label.padEnd(6)} ${(l.reason ?? "").padEnd(16)} ${verdict} | ${l.front} → ${l.back}`);
    }
  }
}
console.table(rows);
const t = Object.values(rows).reduce((x, r) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, v + r[k as keyof Row]])) as Row);
console.log(`all books: question-structure refuses ${t.refused} of ${t.rejects} strict Q&A rejects and ${t.lost} of ${t.kept} accepted/edited cards;`);
console.log(`  question-parse + definition-shape refuse ${t.other} rejects and ${t.otherLost} accepted/edited; all three ${t.any} and ${t.anyLost}`);
