// The fate of every sentence of a TRAIN chapter: shown (a card in the top 40), lost at selection
// (a candidate passed every gate but another card won), dropped by a gate (the reason of the
// candidate that got furthest: the last gate in order), or never a candidate; for a sentence with
// no candidate, why its best-scored spans were not offered as clozes (the blank checks the cloze
// generator applies: informative-blank, blank-choice).
//   npx tsx scripts/fate-audit.ts                  reason counts per chapter
//   npx tsx scripts/fate-audit.ts <fixture-part>   also every sentence with its fate
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { blankChoiceWith } from "@/lib/cards/gates/blank-choice";
import { rank, DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { select } from "@/lib/cards/select";
import { fixtureChapter, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { topSpanCloze } from "./lib/top-span";

const only = process.argv[2];
const total: Record<string, number> = {};
for (const fixture of trainFixtures().filter((f) => !only || f.includes(only))) {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const all = overgenerate(a, fixtureOptions(fixture));
  const firstGate = (c: Candidate): [number, string] | null => {
    for (let g = 0; g < GATES.length; g++) {
      const why = GATES[g][1](c, a);
      if (why) return [g, `${GATES[g][0]}: ${why.replace(/".*"|\(.*\)/g, "…")}`];
    }
    return null;
  };
  const fate = new Map<number, string>();
  const detail = new Map<number, string>();
  const passed: Candidate[] = [];
  const furthest = new Map<number, [number, string, Candidate]>();
  for (const c of all) {
    const r = firstGate(c);
    if (!r) { passed.push(c); continue; }
    const f = furthest.get(c.sentence);
    if (!f || r[0] > f[0]) furthest.set(c.sentence, [r[0], r[1], c]);
  }
  const picked = new Set(select(rank(passed, a, DEFAULT_WEIGHTS).map((r) => ({ ...r, section: a.sentences[r.c.sentence].section })), 40, DEFAULT_WEIGHTS).map((r) => r.c.sentence));
  for (const s of a.sentences) {
    const i = s.sentence.id;
    if (picked.has(i)) fate.set(i, "shown");
    else if (passed.some((c) => c.sentence === i)) fate.set(i, "lost at selection");
    else if (furthest.has(i)) { const [, why, c] = furthest.get(i)!; fate.set(i, why); detail.set(i, `${c.front} → ${c.back}`); }
    else {
      const top = topSpanCloze(a, i);
      if (!top) { fate.set(i, "no span"); continue; }
      const { cand } = top;
      const why = informativeBlank(cand, a) ? `span: informative-blank: ${informativeBlank(cand, a)}` : blankChoiceWith(cand, a, true) ? `span: blank-choice: ${blankChoiceWith(cand, a, true)!.replace(/".*"|\(.*\)/g, "…")}` : "span: ?";
      fate.set(i, why);
      detail.set(i, `{{${cand.back}}} (p ${top.p.toFixed(2)})`);
    }
  }
  const counts: Record<string, number> = {};
  for (const f of fate.values()) { counts[f] = (counts[f] ?? 0) + 1; total[f] = (total[f] ?? 0) + 1; }
  console.log(`\n## ${fixture}: ${a.sentences.length} sentences`);
  for (const [k, n] of Object.entries(counts).sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(3)} ${k}`);
  if (only) for (const s of a.sentences) console.log(`[${s.sentence.id}] ${fate.get(s.sentence.id)} | ${s.text.slice(0, 160)}${detail.has(s.sentence.id) ? `\n      ${detail.get(s.sentence.id)}` : ""}`);
}
console.log("\n## all train chapters");
for (const [k, n] of Object.entries(total).sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)} ${k}`);
