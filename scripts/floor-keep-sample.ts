// The user sample's check for the key-keeping floor (lib/cards/floor/keep.ts), run AFTER the floor
// was fitted and its operating point chosen without the sample (scripts/fit-floor-keep.ts): the
// sample's shown cards the floor would drop, with p(reject) and p(key), and whether the facts the
// issue requires in its top 40 (scripts/lib/lobo.ts USER_FACTS) survive. Nothing is tuned on it.
//   npx tsx scripts/floor-keep-sample.ts
import { KEEPING_FLOOR, keyProbability, keyVector, rejectProbability, floorVector } from "@/lib/cards/floor";
import { generateCards, rankedCandidates } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { covers } from "../tests/unit/cards/gold";
import { fixtureChapter, fixtureOptions, loadBooks, readGold } from "./lib/cards-eval";
import { USER_FACTS } from "./lib/lobo";

const meta = loadBooks();
for (const [fixture, entry] of Object.entries(meta.fixtures).filter(([, e]) => e.userSample)) {
  const chapter = fixtureChapter(fixture), gold = readGold(entry) ?? [];
  const { a, ranked } = rankedCandidates(chapter, DEFAULT_WEIGHTS, fixtureOptions(fixture));
  const shown = select(ranked, 40, DEFAULT_WEIGHTS);
  const on = generateCards(chapter, { ...fixtureOptions(fixture), floor: true }), off = generateCards(chapter, { ...fixtureOptions(fixture), floor: false });
  const keptFronts = new Set(on.map((c) => `${c.front}\u0000${c.back}`));
  console.log(`${fixture}: ${off.length} shown → ${on.length} with the key-keeping floor (reject at ${KEEPING_FLOOR.reject.threshold}, keep at p(key) ${KEEPING_FLOOR.keep.threshold}, cap ${KEEPING_FLOOR.keep.cap})`);
  for (const r of shown) {
    const p = rejectProbability(floorVector(r.c, r.x, r.p, a), KEEPING_FLOOR.reject), k = keyProbability(keyVector(r.c, r.x, a), KEEPING_FLOOR.keep);
    const facts = gold.filter((f) => covers(r.c, f)).map((f) => f.id);
    const kept = keptFronts.has(`${r.c.front}\u0000${r.c.back}`);
    if (!kept || facts.some((f) => USER_FACTS.includes(f))) console.log(`  ${kept ? "kept   " : "DROPPED"} p(reject) ${p.toFixed(2)} p(key) ${k.toFixed(2)} [${facts.join(", ")}] ${r.c.front} → ${r.c.back}`);
  }
  for (const id of USER_FACTS) {
    const fact = gold.find((g) => g.id === id)!;
    console.log(`  ${id}: ${on.some((c) => covers(c, fact)) ? "kept" : "LOST"} (without the floor: ${off.some((c) => covers(c, fact)) ? "shown" : "not shown"})`);
  }
  const n = (cs: typeof on) => new Set(gold.filter((f) => cs.some((c) => covers(c, f))).map((f) => f.id)).size;
  console.log(`  gold facts in the shown cards: ${n(off)} → ${n(on)} of ${gold.length}`);
}
