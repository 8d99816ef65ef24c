// The candidate funnel of the ARGUMENTATIVE training chapters (session 22): the argument books of
// scripts/lib/argument-books.ts (the development set; with --check the check set), train split only
// (held-out books are never read).
// 1. Per card type: candidates made → passed the gates → picked by selection (no learned cut) → kept by
//    the learned cut → shown (after the plain and deep floors), pooled over those chapters.
// 2. Per gold-carrying sentence (a gold fact's `any` terms all in the sentence, the evaluation's
//    `covers`): the furthest step any candidate of that sentence reached, and for the sentences lost
//    there, the gate (the only gate the least-gated candidate fails, else "several") or the type of
//    the best candidate the selection, the cut or the floors removed; for a sentence with no candidate,
//    its best-scored span's refusal (the blank checks the cloze maker applies).
//   npx tsx scripts/argument-funnel.ts [--sentences] [--check]      tables (with --sentences every lost sentence)
import { covers } from "../tests/unit/cards/gold";
import { chapterFunnel, gatesWhy, sentenceStep } from "./lib/funnel-step";
import { argumentBooks } from "./lib/argument-books";
import { documentOf, fixtureOptions, loadBooks, readGold, trainFixtures } from "./lib/cards-eval";

const TOP = 40;
const check = process.argv.includes("--check");
const ARGUMENT = new Set(argumentBooks(check));
const showSentences = process.argv.includes("--sentences");
const STEPS = ["made", "gates", "selected", "cut", "shown"] as const;
type Step = (typeof STEPS)[number];
const byType: Record<string, Record<Step, number>> = {};
const tally = (type: string, step: Step) => ((byType[type] ??= { made: 0, gates: 0, selected: 0, cut: 0, shown: 0 })[step]++);
const lost: Record<string, number> = {};
const lostWhy: Record<string, number> = {};
const perChapter: string[] = [];
const books = loadBooks();

for (const fixture of trainFixtures(books)) {
  const entry = books.fixtures[fixture];
  if (!entry.gold || !ARGUMENT.has(entry.book)) continue;
  const gold = readGold(entry)!;
  const doc = documentOf(fixture);
  const opts = { ...fixtureOptions(fixture), ...(doc.title ? { title: doc.title } : {}), max: TOP };
  for (const ch of doc.chapters) {
    const f = chapterFunnel(ch, opts);
    for (const c of f.all) tally(c.type, "made");
    for (const r of f.s.ranked) tally(r.c.type, "gates");
    for (const r of f.noCut) tally(r.c.type, "selected");
    for (const r of f.s.selected) tally(r.c.type, "cut");
    for (const r of f.shown) tally(r.c.type, "shown");
    perChapter.push(`${fixture}#${ch.index}: ${f.all.length} made, ${f.s.ranked.length} passed, ${f.noCut.length} selected, ${f.s.selected.length} after cut, ${f.shown.length} shown`);
    const carrying = f.s.a.sentences.filter((x) => gold.some((g) => covers({ front: x.text, back: "" }, g)));
    for (const x of carrying) {
      const r = sentenceStep(f, x.sentence.id);
      const why = r.bestType ?? r.refusal ?? (r.fewest ? gatesWhy(r.fewest) : "");
      const blank = r.blank ? ` {{${r.blank}}}` : "";
      lost[r.step] = (lost[r.step] ?? 0) + 1;
      if (why) lostWhy[`${r.step} | ${why}`] = (lostWhy[`${r.step} | ${why}`] ?? 0) + 1;
      if (showSentences && r.step !== "shown") console.log(`${fixture}#${ch.index} [${r.step}${why ? `: ${why}` : ""}]${blank} ${x.text.slice(0, 240)}`);
    }
  }
}

console.log(`\n${perChapter.join("\n")}`);
console.log(`\n| type | ${STEPS.join(" | ")} |\n|---|${STEPS.map(() => "---").join("|")}|`);
const total = Object.fromEntries(STEPS.map((k) => [k, 0])) as Record<Step, number>;
for (const [t, r] of Object.entries(byType).sort((p, q) => q[1].made - p[1].made)) {
  console.log(`| ${t} | ${STEPS.map((k) => r[k]).join(" | ")} |`);
  for (const k of STEPS) total[k] += r[k];
}
console.log(`| all | ${STEPS.map((k) => total[k]).join(" | ")} |`);
console.log("\nGold-carrying sentences, furthest step reached:", lost);
console.log("Lost, by step and gate / best type:");
for (const [k, n] of Object.entries(lostWhy).sort((p, q) => q[1] - p[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
