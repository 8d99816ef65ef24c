// How many candidates (and candidate sentences) each stage of the pipeline leaves, per TRAIN
// chapter: generated → after each gate in order → after selection (one card per fact). The
// standalone gate's decontextualisation refusals ("depends on the text before it", "answer is
// words the decontextualisation added") are counted as their own stage, `decontext`, before it.
// Also, per gate, the strict labels (rater-c … rater-m) of the candidates it is the first to drop.
//   npx tsx scripts/stage-audit.ts                 candidates per stage, per chapter
//   npx tsx scripts/stage-audit.ts --sentences     sentences with at least one candidate left, per stage
//   npx tsx scripts/stage-audit.ts --show <gate>   every strictly labelled candidate <gate> drops
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { rank, DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { select } from "@/lib/cards/select";
import { isStrict } from "@/lib/cards/rank/training";
import type { LabelValue } from "@/lib/cards/eval";
import { fixtureChapter, labelsByLooseKey, looseKey, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const args = process.argv.slice(2);
const bySentence = args.includes("--sentences");
const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : undefined;
const DECONTEXT = /^(?:depends on the text before it|answer is words the decontextualisation added)/;
const stages = ["generated", "decontext", ...GATES.map(([n]) => n), "selected"];
const rows: Record<string, Record<string, number>> = {};
const strict: Record<string, Record<LabelValue, number>> = {};

for (const fixture of trainFixtures()) {
  const labels = labelsByLooseKey(fixture, (l) => isStrict(l.rater));
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const all = overgenerate(a, fixtureOptions(fixture));
  const killedBy = all.map((c) => {
    for (const [name, g] of GATES) {
      const why = g(c, a);
      if (why) return name === "standalone" && DECONTEXT.test(why) ? "decontext" : name;
    }
    return null;
  });
  const passed = all.filter((_, i) => !killedBy[i]);
  const picked = select(rank(passed, a, DEFAULT_WEIGHTS).map((r) => ({ ...r, section: a.sentences[r.c.sentence].section })), 40, DEFAULT_WEIGHTS);
  const row: Record<string, number> = {};
  // Candidates left after each stage (a stage removes those it is the first to refuse).
  let alive = all.map((_, i) => i);
  const count = (ids: number[]) => (bySentence ? new Set(ids.map((i) => all[i].sentence)).size : ids.length);
  row.generated = count(alive);
  for (const st of stages.slice(1, -1)) {
    alive = alive.filter((i) => killedBy[i] !== st);
    row[st] = count(alive);
  }
  row.selected = picked.length;
  rows[fixture.replace(/^pd-/, "").slice(0, 28)] = row;
  all.forEach((c, i) => {
    const l = labels.get(looseKey(c));
    const st = killedBy[i] ?? "pass";
    if (!l) return;
    (strict[st] ??= { accept: 0, edit: 0, reject: 0 })[l.label]++;
    if (show && st === show) console.log(`${fixture.slice(3, 12)} ${l.label.padEnd(6)} ${(l.reason ?? "").padEnd(22)} | ${GATES.find(([n]) => n === (st === "decontext" ? "standalone" : st))?.[1](c, a) ?? ""} | ${c.type}:${c.answerKind} | ${c.front} → ${c.back}`);
  });
}
console.table(rows);
console.log("strict labels of the candidates each stage is the first to drop:");
console.table(strict);
