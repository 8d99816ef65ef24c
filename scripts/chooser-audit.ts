// Session 16 (chooser): does the ranker choose well WITHIN a sentence? Two counts over the TRAIN
// books (held-out never read), strict raters only, strict-first:
//  1. current pool: sentences whose current candidates (rankedCandidates) include two or more
//     labelled with different verdicts; is the card today's selection shows for the sentence the
//     best-labelled one, a worse one, or unlabelled?
//  2. labelled cards: sentences with two or more strictly labelled cards (any generator's, each
//     re-analysed from its sentence, its question type guessed as in scripts/lib/standalone-data.ts)
//     with different verdicts; for each such pair, does the ranker's p put the better-labelled first?
// `--check` counts the check set (blind set 14b) only; without it, every other train book.
//   npx tsx scripts/chooser-audit.ts [--check]
import { analyseChapter } from "@/lib/cards/analyse";
import type { Candidate } from "@/lib/cards/candidates";
import { sentenceFinder } from "@/lib/cards/eval";
import { rank, DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { isStrict, verdictOf, type Verdict } from "@/lib/cards/rank/training";
import { blindSets } from "./lib/blind-sets";
import { allLabelsOf, fixtureChapter, fixtureOptions, loadBooks, trainFixtures } from "./lib/cards-eval";
import { disputed, GRADE, loadChooserData, pickFate } from "./lib/chooser-data";
import { RATER_PRECEDENCE } from "./lib/rater-order";

const CHECK = "14b";
const books = loadBooks();
const sets = blindSets(books);
const check = new Set(sets.get(CHECK));
const wantCheck = process.argv.includes("--check");
const only = (f: string) => wantCheck === check.has(books.fixtures[f].book);
const setOf = (book: string) => [...sets].find(([, ids]) => ids.includes(book))?.[0] ?? "other";

// 1. The current pool.
const data = loadChooserData(only);
const dis = data.filter(disputed);
const tally = (xs: string[]) => xs.reduce((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {} as Record<string, number>);
console.log(`current pool: ${data.length} sentences with a candidate, ${data.filter((s) => s.cands.length > 1).length} with two or more, ${dis.length} with differently labelled candidates`);
console.log("  today's pick:", tally(dis.map((s) => pickFate(s, s.current))), "by set:", tally(dis.map((s) => setOf(s.book))));
for (const s of dis) console.log(`  ${s.fixture} #${s.sentence}: ${s.cands.map((c, i) => `${i === s.current ? "*" : ""}${c.grade ?? "-"}@${c.p.toFixed(2)}`).join(" ")}`);

// 2. Every strictly labelled card, re-analysed.
const STRICT_FIRST = RATER_PRECEDENCE.filter(isStrict);
let pairs = 0, right = 0, ties = 0, sentences = 0;
const perSet: Record<string, [number, number]> = {};
for (const fixture of trainFixtures(books).filter(only)) {
  const labels = allLabelsOf(fixture).filter((l) => isStrict(l.rater));
  if (!labels.length) continue;
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const find = sentenceFinder(a.chapter.sentences.map((s) => s.text));
  const cards = new Map<string, typeof labels>();
  for (const l of labels) { const k = `${l.kind}\u0000${l.front}\u0000${l.back}`; cards.set(k, [...(cards.get(k) ?? []), l]); }
  const bySentence = new Map<number, { grade: number; p: number }[]>();
  for (const ls of cards.values()) {
    const v = verdictOf(ls, STRICT_FIRST) as (typeof ls)[number] | null;
    const i = v ? find(v.sentence) : null;
    if (!v || i === null) continue;
    const start = a.sentences[i].text.indexOf(v.back);
    const c: Candidate = { kind: v.kind, type: v.kind === "cloze" ? "cloze" : "what", front: v.front, back: v.back, sentence: i, extra: [], answer: start >= 0 ? { start, end: start + v.back.length } : null, answerKind: v.back.split(/\s+/).length > 6 ? "clause" : "phrase" };
    const [r] = rank([c], a, DEFAULT_WEIGHTS);
    bySentence.set(i, [...(bySentence.get(i) ?? []), { grade: GRADE[v.label as Verdict], p: r.p }]);
  }
  for (const cs of bySentence.values()) {
    if (new Set(cs.map((c) => c.grade)).size < 2) continue;
    sentences++;
    const set = setOf(books.fixtures[fixture].book);
    for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) {
      if (cs[i].grade === cs[j].grade) continue;
      const [hi, lo] = cs[i].grade > cs[j].grade ? [cs[i], cs[j]] : [cs[j], cs[i]];
      pairs++;
      perSet[set] = perSet[set] ?? [0, 0];
      perSet[set][1]++;
      if (hi.p > lo.p) { right++; perSet[set][0]++; } else if (hi.p === lo.p) ties++;
    }
  }
}
console.log(`labelled cards: ${sentences} sentences with differently labelled cards, ${pairs} pairs; ranker p puts the better-labelled first in ${right} (${((100 * right) / Math.max(1, pairs)).toFixed(1)} %), ties ${ties}; by set:`, perSet);
