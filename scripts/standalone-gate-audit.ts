// npx tsx scripts/standalone-gate-audit.ts [--rater CHAIN] [--show]
// Each of session 15's standalone relaxations (scripts/standalone-rules.ts) judged on every labelled
// candidate of the TRAIN books, not only the top 40 (labelled or not): the candidates that pass all gates with every
// rule on and fail one with that rule off (what the rule admits), and the reverse, as accept / edit /
// reject under the rater chain (first rater preferred). --show lists them.
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { STANDALONE_SWITCHES as RULES, setSwitch as set } from "./lib/standalone-switches";
import type { CardLabel } from "@/lib/cards/eval";
import { fixtureChapter, fixtureOptions, looseKey, readLabels, trainFixtures } from "./lib/cards-eval";

const args = process.argv.slice(2);
const chain = (args.includes("--rater") ? args[args.indexOf("--rater") + 1] : "rater-a").split(",");
/** Candidates of the chapter that pass every gate, by loose key, with their label (if any) and text. */
function passing(fixture: string, labels: Map<string, CardLabel>): Map<string, { l?: CardLabel; text: string }> {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const out = new Map<string, { l?: CardLabel; text: string }>();
  for (const c of overgenerate(a, fixtureOptions(fixture))) {
    if (!gate(c, a)) out.set(looseKey(c), { l: labels.get(looseKey(c)), text: `${c.kind}\t${c.front}\t${c.back}\t${a.sentences[c.sentence].text}` });
  }
  return out;
}
for (const r of RULES) set(r, true);
const tally: Record<string, Record<string, number>> = {};
for (const fixture of trainFixtures()) {
  const labels = new Map<string, CardLabel>();
  const ranked = readLabels(fixture).filter((l) => chain.includes(l.rater)).sort((x, y) => chain.indexOf(y.rater) - chain.indexOf(x.rater));
  for (const l of ranked) labels.set(looseKey(l), l);
  const all = passing(fixture, labels);
  for (const rule of RULES) {
    set(rule, false);
    const off = passing(fixture, labels);
    set(rule, true);
    const t = (tally[rule] ??= { accept: 0, edit: 0, reject: 0, unlabelled: 0, out_accept: 0, out_edit: 0, out_reject: 0, out_unlabelled: 0 });
    for (const [k, v] of all) if (!off.has(k)) {
      t[v.l?.label ?? "unlabelled"]++;
      if (args.includes("--show")) console.log(`${rule}\tIN\t${v.l?.label ?? "unlabelled"}\t${v.l?.reason ?? ""}\t${fixture}\t${v.text}`);
    }
    for (const [k, v] of off) if (!all.has(k)) {
      t[`out_${v.l?.label ?? "unlabelled"}`]++;
      if (args.includes("--show")) console.log(`${rule}\tOUT\t${v.l?.label ?? "unlabelled"}\t${v.l?.reason ?? ""}\t${fixture}\t${v.text}`);
    }
  }
}
console.table(tally);
