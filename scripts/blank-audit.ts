// The top cards of each TRAIN chapter with their strict-first label, one line per card, for
// comparing two checkouts' blanks (never held-out chapters).
//   npx tsx scripts/blank-audit.ts [fixture-substring] > before.txt   (then diff two runs)
import { LabelIndex } from "@/lib/cards/eval";
import { inRepoCards, readLabels, trainFixtures } from "./lib/cards-eval";

const RATERS = "rater-h,rater-g,rater-f,rater-e,rater-c,rater-d,rater-a2,rater-a";
const only = process.argv[2];
for (const fixture of trainFixtures()) {
  if (only && !fixture.includes(only)) continue;
  const index = new LabelIndex(readLabels(fixture), RATERS);
  const { cards } = inRepoCards(fixture, 40);
  console.log(`\n## ${fixture} (${cards.length})`);
  for (const c of cards) {
    const m = index.find(c);
    const tag = m ? `${m.label.label}${m.by === "sentence" ? "~" : ""} ${m.label.rater}` : "UNLAB";
    console.log(`${tag.padEnd(16)} ${(m?.label.reason ?? "").padEnd(22)} [${c.kind}] ${c.front} → ${c.back}`);
  }
}
