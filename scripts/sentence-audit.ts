// Per sentence of one TRAIN chapter: the best candidate that passes the gates (with its calibrated
// score and whether the shown cut keeps it), or the gate that dropped each of its candidates.
// Finds why a chapter gets few cards.   npx tsx scripts/sentence-audit.ts <fixture> [--gated]
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { calibrated } from "@/lib/cards/rank/calibrate";
import { fixtureChapter, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const fixture = process.argv[2];
if (!fixture || !trainFixtures().includes(fixture)) throw new Error("usage: sentence-audit.ts <train fixture>");
const showGated = process.argv.includes("--gated");
const chapter = fixtureChapter(fixture);
const a = analyseChapter(chapter, fixtureOptions(fixture));
const { ranked } = rankedCandidates(chapter, undefined, fixtureOptions(fixture));
const w = DEFAULT_WEIGHTS;
const cut = w.cut?.p ?? 0;
console.log(`cut ${cut} (min ${w.cut?.min ?? 0})`);
for (const s of a.sentences) {
  const mine = ranked.filter((r) => r.c.sentence === s.sentence.id).sort((x, y) => y.p - x.p);
  const best = mine[0];
  const prob = best ? calibrated(best.p, w.calibration) : 0;
  console.log(`\n#${s.sentence.id} ${best ? `${prob.toFixed(2)}${prob >= cut ? "*" : " "}` : "----"} ${s.text.slice(0, 140)}`);
  for (const r of mine.slice(0, 3)) console.log(`   ${calibrated(r.p, w.calibration).toFixed(2)} [${r.c.type}] ${r.c.front.slice(0, 110)} → ${r.c.back}`);
  if (!showGated) continue;
  for (const c of overgenerate(a, fixtureOptions(fixture)).filter((c) => c.sentence === s.sentence.id)) {
    const hit = GATES.find(([, g]) => g(c, a));
    if (hit) console.log(`   x ${hit[0]}: ${hit[1](c, a)} | [${c.type}] ${c.front.slice(0, 90)} → ${c.back}`);
  }
}
