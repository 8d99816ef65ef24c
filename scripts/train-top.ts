// Prints the top cards of each TRAIN chapter with their rater-a label (never held-out chapters).
//   npx tsx scripts/train-top.ts [fixture-substring]
import { generateCards } from "@/lib/cards";
import { fixtureChapter, labelsByLooseKey, looseKey, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const only = process.argv[2];
for (const fixture of trainFixtures()) {
  if (only && !fixture.includes(only)) continue;
  const labels = labelsByLooseKey(fixture, (l) => l.rater.startsWith("rater-a"));
  const chapter = fixtureChapter(fixture);
  const cards = generateCards(chapter, { max: 40, ...fixtureOptions(fixture) });
  console.log(`\n## ${fixture} (${cards.length})`);
  for (const c of cards) {
    const l = labels.get(looseKey(c));
    console.log(`${(l?.label ?? "UNLAB").padEnd(6)} ${(l?.reason ?? "").padEnd(22)} [${c.type}] ${c.front} → ${c.back}`);
  }
}
