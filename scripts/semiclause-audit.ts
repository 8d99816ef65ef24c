// Where the long sentences go that the low-value gate's "sentence too long for one fact" drops (TRAIN
// books only): for each such sentence, its independent clauses (candidates/clause-cloze.ts `clauses`),
// whether each stands alone, and the first gate that drops each clause cloze made from it.
//   npx tsx scripts/semiclause-audit.ts            one JSON line per sentence
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { clauses, standsAlone, verbOf } from "@/lib/cards/candidates/clause-cloze";
import { GATES } from "@/lib/cards/gates";
import { fixtureChapter, loadBooks, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const books = loadBooks();
for (const fixture of trainFixtures(books)) {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const all = overgenerate(a, fixtureOptions(fixture));
  const long = new Set<number>();
  for (const c of all) {
    const i = GATES.findIndex(([, g]) => g(c, a) !== null);
    if (i >= 0 && GATES[i][1](c, a) === "sentence too long for one fact" && GATES.slice(i + 1).every(([, h]) => h(c, a) === null)) long.add(c.sentence);
  }
  for (const si of long) {
    const s = a.sentences[si];
    const parts = clauses(s).map((p) => ({ text: s.text.slice(s.tokens[p.a].start, s.tokens[p.b - 1].end), alone: standsAlone(s, p, verbOf(s, p)), colon: p.colon, answered: p.answered }));
    const made = all.filter((c) => c.sentence === si && c.compressed?.includes("clause")).map((c) => {
      const i = GATES.findIndex(([, g]) => g(c, a) !== null);
      return { card: c.front, gate: i < 0 ? "PASS" : `${GATES[i][0]}: ${GATES[i][1](c, a)}` };
    });
    console.log(JSON.stringify({ fixture, sentence: s.text, parts, made }));
  }
}
