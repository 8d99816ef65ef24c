// PILOT (session 9, not part of the pipeline): cards the standalone-type gates drop on TRAIN books,
// shown with the sentence before them as a context line, for raters to judge whether a card that
// carries its own context stands alone. Usage: npx tsx scripts/context-pilot.ts <out.json>
import { writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { fixtureChapter, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const CONTEXT_GATES = new Set(["standalone", "referring", "story-pronoun", "scene-anchor"]);
const out: { fixture: string; kind: string; context: string; front: string; back: string; sentence: string; gate: string }[] = [];
for (const fixture of trainFixtures()) {
  if (fixture.startsWith("carr")) continue;
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const seen = new Set<number>();
  const picked: typeof out = [];
  for (const c of overgenerate(a, fixtureOptions(fixture))) {
    if (seen.has(c.sentence) || c.sentence === 0) continue;
    let killed = "";
    for (const [name, g] of GATES) if (g(c, a)) { killed = name; break; }
    if (!CONTEXT_GATES.has(killed)) continue;
    const s = a.sentences[c.sentence], prev = a.sentences[c.sentence - 1];
    if (prev.sentence.paragraph !== s.sentence.paragraph) continue;
    seen.add(c.sentence);
    picked.push({ fixture, kind: c.kind, context: prev.sentence.text, front: c.front, back: c.back, sentence: s.sentence.text, gate: killed });
  }
  // At most three per chapter, spread by a fixed hash so no one picks them.
  const h = (x: { front: string }) => createHash("sha1").update(x.front).digest("hex");
  out.push(...picked.sort((x, y) => (h(x) < h(y) ? -1 : 1)).slice(0, 3));
}
writeFileSync(process.argv[2], JSON.stringify(out, null, 1));
console.log(`${out.length} pilot cards from ${new Set(out.map((c) => c.fixture)).size} chapters`);
