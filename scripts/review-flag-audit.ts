// The review screen's "Likely needs work" flag on the TRAIN books (held-out books are never read):
// per chapter the shown cards (top 40) and how many the floor flags (p(reject) ≥ its threshold), and
// over all chapters how often each reason line and each reason is given to a flagged card.
//   npx tsx scripts/review-flag-audit.ts
import { generateCards } from "@/lib/cards/pipeline";
import { FLOOR_THRESHOLD, reasonPhrase, rejectReasonLine } from "@/lib/cards/floor";
import { fixtureChapter, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const lines = new Map<string, number>(), reasons = new Map<string, number>();
let shown = 0, flagged = 0, none = 0;
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const fixture of trainFixtures()) {
  const cards = generateCards(fixtureChapter(fixture), { max: 40, ...fixtureOptions(fixture) });
  const mine = cards.filter((c) => (c.reject ?? 0) >= FLOOR_THRESHOLD);
  shown += cards.length; flagged += mine.length;
  for (const c of mine) {
    bump(lines, rejectReasonLine(c.rejectWhy ?? []));
    if (!c.rejectWhy?.length) none++;
    for (const k of c.rejectWhy ?? []) bump(reasons, reasonPhrase(k) ?? k);
  }
  console.log(`${fixture}\t${cards.length}\t${mine.length}`);
}
console.log(`\n${trainFixtures().length} chapters: ${shown} shown, ${flagged} flagged (${((100 * flagged) / shown).toFixed(1)} %), ${none} of them with no single reason (threshold ${FLOOR_THRESHOLD})`);
console.log("\nreasons (a flagged card has up to two):");
for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
console.log(`\n${lines.size} distinct lines; the commonest:`);
for (const [k, n] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`${String(n).padStart(4)}  ${k}`);
