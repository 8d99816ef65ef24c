// Labels of blanks and Q&A answers that name one of a chapter's recurring actors by rank, office or
// people (lib/cards/spans/actors), per TRAIN chapter (never held-out ones), and whether the spread-name
// rule (spans/spread, aliases) already refused them. Used to choose ACTOR_SPREAD and ACTOR_MENTIONS.
//   npx tsx scripts/actor-audit.ts
import { analyseChapter } from "@/lib/cards/analyse";
import { readLabels, trainFixtures, fixtureChapter, fixtureOptions } from "./lib/cards-eval";
import { isStrict } from "@/lib/cards/rank/training";
import { spreadActors, isActorSpan } from "@/lib/cards/spans/actors";
import { isTopicAlias } from "@/lib/cards/spans/aliases";
const tally: Record<string, number> = {};
for (const fixture of trainFixtures()) {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const actors = spreadActors(a);
  console.log(`## ${fixture}: ${[...actors].join(", ")}`);
  const seen = new Set<string>();
  for (const l of readLabels(fixture)) {
    if (!l.back || /\d/.test(l.back)) continue;
    const ss = a.sentences.filter((s) => s.text.includes(l.back));
    const s = ss.find((s) => l.sentence.includes(s.text.slice(0, 25)) || s.text.includes(l.sentence.slice(0, 25))) ?? ss[0];
    if (!s) continue;
    const start = s.text.indexOf(l.back);
    if (!isActorSpan(a, s.tokens, start, start + l.back.length)) continue;
    const dupe = seen.has(l.front + l.rater); seen.add(l.front + l.rater); if (dupe) continue;
    const al = isTopicAlias(a, l.back) ? "alias" : "new";
    tally[`${fixture.slice(0, 12)} ${al} ${isStrict(l.rater) ? "strict" : l.rater} ${l.label}`] = (tally[`${fixture.slice(0, 12)} ${al} ${isStrict(l.rater) ? "strict" : l.rater} ${l.label}`] ?? 0) + 1;
    console.log(`  ${al} ${l.label.padEnd(6)} ${l.rater} ${l.kind} ${l.back} | ${(l.note ?? "").slice(0, 80)}`);
  }
}
console.log(tally);
