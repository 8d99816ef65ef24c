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
import { overgenerate } from "@/lib/cards/candidates";
import { failingGateReasons } from "@/lib/cards/gates";
import { shownChapter } from "@/lib/cards/pipeline";
import { select, type Ranked } from "@/lib/cards/select";
import { covers } from "../tests/unit/cards/gold";
import { spanRefusal, topSpanCloze } from "./lib/top-span";
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
    const s = shownChapter(ch, opts);
    const all = overgenerate(s.a, opts);
    const noCut = select(s.ranked, TOP, {});
    const shown = s.kept.map((i) => s.selected[i]);
    for (const c of all) tally(c.type, "made");
    for (const r of s.ranked) tally(r.c.type, "gates");
    for (const r of noCut) tally(r.c.type, "selected");
    for (const r of s.selected) tally(r.c.type, "cut");
    for (const r of shown) tally(r.c.type, "shown");
    perChapter.push(`${fixture}#${ch.index}: ${all.length} made, ${s.ranked.length} passed, ${noCut.length} selected, ${s.selected.length} after cut, ${shown.length} shown`);
    const carrying = s.a.sentences.filter((x) => gold.some((g) => covers({ front: x.text, back: "" }, g)));
    const inList = (rs: Ranked[], id: number) => rs.filter((r) => r.c.sentence === id);
    for (const x of carrying) {
      const id = x.sentence.id;
      let step: string, why: string, blank = "";
      const best = (rs: Ranked[]) => [...rs].sort((p, q) => q.p - p.p)[0];
      if (inList(shown, id).length) { step = "shown"; why = ""; }
      else if (inList(s.selected, id).length) { step = "lost at floors"; why = best(inList(s.selected, id)).c.type; }
      else if (inList(noCut, id).length) { step = "lost at learned cut"; why = best(inList(noCut, id)).c.type; }
      else if (inList(s.ranked, id).length) { step = "lost at selection"; why = best(inList(s.ranked, id)).c.type; }
      else {
        const cands = all.filter((c) => c.sentence === id);
        if (!cands.length) {
          // The refusal of the sentence's best-scored span (as scripts/recall-loss.ts reads it).
          const top = topSpanCloze(s.a, id);
          step = "no candidate";
          blank = top ? ` {{${top.cand.back}}}` : "";
          why = spanRefusal(s.a, id);
        }
        else {
          const fewest = cands.map((c) => failingGateReasons(c, s.a)).sort((p, q) => p.length - q.length)[0];
          step = "lost at gates";
          why = fewest.length === 1 ? `only ${fewest[0][0]}: ${fewest[0][1].replace(/".*"|\(.*\)|“.*”/g, "…").slice(0, 60)}` : fewest.length ? `several: ${fewest.map(([n]) => n).join("+")}` : "?";
        }
      }
      lost[step] = (lost[step] ?? 0) + 1;
      if (why) lostWhy[`${step} | ${why}`] = (lostWhy[`${step} | ${why}`] ?? 0) + 1;
      if (showSentences && step !== "shown") console.log(`${fixture}#${ch.index} [${step}${why ? `: ${why}` : ""}]${blank} ${x.text.slice(0, 240)}`);
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
