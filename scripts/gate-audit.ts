// What each hard gate drops among the labelled candidates of TRAIN books (never held-out ones):
// accept / edit / reject counts per gate (the first gate that fires), and "pass" for the rest.
// Used to keep a gate only when what it drops is mostly rejected.
//   npx tsx scripts/gate-audit.ts            the table
//   npx tsx scripts/gate-audit.ts <gate>     also every labelled card that gate drops, with its reason
//   npx tsx scripts/gate-audit.ts pass       also every labelled card that passes all gates
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import type { LabelValue } from "@/lib/cards/eval";
import { fixtureChapter, labelsByLooseKey, looseKey, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const show = process.argv[2];
const tally: Record<string, Record<LabelValue, number>> = {};
for (const fixture of trainFixtures()) {
  const labels = labelsByLooseKey(fixture);
  const chapter = fixtureChapter(fixture);
  const a = analyseChapter(chapter, fixtureOptions(fixture));
  for (const c of overgenerate(a, fixtureOptions(fixture))) {
    const l = labels.get(looseKey(c));
    if (!l) continue;
    let killed = "pass", why = "";
    for (const [name, g] of GATES) {
      const r = g(c, a);
      if (r) { killed = name; why = r; break; }
    }
    if (show && killed === show) console.log(`${l.label.padEnd(6)} ${l.reason ?? ""} | ${why || `${c.type}:${c.answerKind}`} | ${c.front} → ${c.back}`);
    (tally[killed] ??= { accept: 0, edit: 0, reject: 0 })[l.label]++;
  }
}
console.table(tally);
