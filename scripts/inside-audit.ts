// Gate-passing candidates of the TRAIN chapters that pass only because a description they show
// points to an earlier mention in its own sentence, which the card shows too (lib/cards/decontext/
// definite.ts, `Dependence.inside`). Held-out chapters are never read.
//   npx tsx scripts/inside-audit.ts
import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { analyseChapter } from "@/lib/cards/analyse";
import { dropsCard } from "@/lib/cards/decontext";
import { fixtureChapter, trainFixtures, fixtureOptions } from "./lib/cards-eval";
const vis = (f: string) => f.replace(/\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g, "$1");
let n = 0;
for (const fixture of trainFixtures()) {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  for (const c of overgenerate(a, fixtureOptions(fixture))) {
    const s = a.sentences[c.sentence];
    const text = vis(c.front).toLowerCase() + " " + c.back.toLowerCase();
    const saved = (s.context?.unresolved ?? []).filter((d) => d.inside && dropsCard(d) && vis(c.front).toLowerCase().includes(d.text.toLowerCase()) && text.includes(d.inside.toLowerCase()));
    if (!saved.length || gate(c, a)) continue;
    n++;
    console.log(`${fixture} #${c.sentence} [${c.type}] ${saved.map((d) => d.text).join(", ")}\n  ${c.front.slice(0, 260)} → ${c.back.slice(0, 80)}`);
  }
}
console.log(n, "candidates pass only because the description points inside");
