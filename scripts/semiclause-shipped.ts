// The clause cards (candidates/clause-cloze.ts: one independent clause of a longer sentence shown
// as a sentence of its own) in every TRAINING chapter's top 40, with their strictest label
// (rater precedence as in the eval), so the existing clause-card family can be judged by what the
// strict raters said of it.   npx tsx scripts/semiclause-shipped.ts [--list]
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { fixtureChapter, inRepoCards, labelsByLooseKey, looseKey, loadBooks, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { RATER_PRECEDENCE } from "./lib/rater-order";

const list = process.argv.includes("--list");
const tally: Record<string, number> = {};
const books = new Set<string>();
for (const fixture of trainFixtures(loadBooks())) {
  const clauseFronts = new Set(overgenerate(analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture)), fixtureOptions(fixture)).filter((c) => c.compressed?.includes("clause")).map((c) => c.front));
  const byRater = RATER_PRECEDENCE.map((r) => labelsByLooseKey(fixture, (l) => l.rater === r));
  for (const c of inRepoCards(fixture, 40).cards) {
    if (!clauseFronts.has(c.front)) continue;
    const l = byRater.map((m) => m.get(looseKey(c as never))).find(Boolean);
    const v = l?.label ?? "unlabelled";
    tally[v] = (tally[v] ?? 0) + 1;
    books.add(fixture);
    if (list) console.log(JSON.stringify({ fixture, front: c.front, label: v, rater: l?.rater, note: l?.reason }));
  }
}
console.log(JSON.stringify({ books: books.size, ...tally }));
