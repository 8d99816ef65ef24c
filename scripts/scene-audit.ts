// What the scene-anchor gate would drop among the labelled candidates of TRAIN books that pass every
// other gate, per book, strict-first (the first rater of ORDER that labelled the card wins).
//   npx tsx scripts/scene-audit.ts         the table
//   npx tsx scripts/scene-audit.ts show    also every labelled card it drops, with its label and note
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { sceneAnchor } from "@/lib/cards/gates/scene-anchor";
import type { CardLabel } from "@/lib/cards/eval";
import { fixtureChapter, looseKey, readLabels, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { RATER_PRECEDENCE } from "./lib/rater-order";

const ORDER = RATER_PRECEDENCE.filter((r) => r !== "rater-b");
const show = process.argv[2] === "show";
const tally: Record<string, Record<string, number>> = {};
for (const fixture of trainFixtures()) {
  const labels = new Map<string, CardLabel>();
  const rank = (l: CardLabel) => { const r = ORDER.indexOf(l.rater ?? "rater-a"); return r < 0 ? ORDER.length : r; };
  for (const l of readLabels(fixture)) {
    const k = looseKey(l), had = labels.get(k);
    if (!had || rank(l) < rank(had)) labels.set(k, l);
  }
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const row = (tally[fixture.replace(/^pd-/, "").slice(0, 24)] ??= { "drop:accept": 0, "drop:edit": 0, "drop:reject": 0, "keep:accept": 0, "keep:edit": 0, "keep:reject": 0 });
  for (const c of overgenerate(a, fixtureOptions(fixture))) {
    const l = labels.get(looseKey(c));
    if (!l || GATES.some(([name, g]) => name !== "scene-anchor" && g(c, a))) continue;
    const why = sceneAnchor(c, a);
    row[`${why ? "drop" : "keep"}:${l.label}`]++;
    if (show && (why || (process.argv[3] === "kept" && l.label !== "accept"))) console.log(`${l.label.padEnd(6)} ${(l.rater ?? "").padEnd(8)} ${why} | ${c.front} → ${c.back} | ${l.note ?? ""}`);
  }
}
console.table(tally);
