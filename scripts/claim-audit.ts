// Gold facts of TRAIN chapters whose sentences get no candidate because the cloze generator's blank
// checks refuse their spans: per fact, the sentence that carries it (both key terms in it), its
// best spans and why each was refused. Evidence for the key-term distinction (spans/key-terms).
//   npx tsx scripts/claim-audit.ts [fixture-part]
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { blankChoiceWith } from "@/lib/cards/gates/blank-choice";
import { scoredSpans } from "@/lib/cards/spans/model";
import { blank } from "@/lib/cards/candidates/cloze";
import { fixtureChapter, loadBooks, readGold, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const only = process.argv[2];
const books = loadBooks();
for (const fixture of trainFixtures(books).filter((f) => !only || f.includes(only))) {
  const gold = readGold(books.fixtures[fixture]);
  if (!gold) continue;
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const withCandidate = new Set(overgenerate(a, fixtureOptions(fixture)).map((c) => c.sentence));
  console.log(`\n## ${fixture}`);
  for (const f of gold) {
    const s = a.sentences.find((x) => f.any.every((g) => g.some((alt) => x.text.toLowerCase().includes(alt.toLowerCase()))));
    if (!s || withCandidate.has(s.sentence.id)) continue;
    console.log(`[${f.id}] ${s.text.slice(0, 220)}`);
    for (const sp of scoredSpans(s, a).slice(0, 3)) {
      const cand: Candidate = { kind: "cloze", type: "cloze", front: blank(s, sp.start, sp.end), back: s.text.slice(sp.start, sp.end), sentence: s.sentence.id, extra: [], answer: { start: sp.start, end: sp.end }, answerKind: sp.kind };
      console.log(`    {{${cand.back}}} ${sp.kind} p ${sp.p.toFixed(2)}: ${informativeBlank(cand, a) ?? blankChoiceWith(cand, a, true) ?? "passes"}`);
    }
  }
}
