// What the strict labels say about the cards each gate drops, by the gate's reason: every candidate
// of the TRAIN chapters with a gold list that fails exactly one gate, looked up in the labels
// (strict-first rater chain, exact card match only), and how many gold facts such candidates carry.
// A reason whose labelled cards are mostly accepted is a gate wrong on a class of sentences.
//   npx tsx scripts/gate-labels.ts --rater <chain> [--skip a,b] [--min N] [--show reason-part]
import { overgenerate } from "@/lib/cards/candidates";
import { failingGateReasons } from "@/lib/cards/gates";
import { analyseChapter } from "@/lib/cards/analyse";
import { LabelIndex } from "@/lib/cards/eval";
import { covers } from "../tests/unit/cards/gold";
import { documentOf, fixtureOptions, loadBooks, readGold, readLabels, trainFixtures } from "./lib/cards-eval";
import { arg } from "./lib/args";
import { STRICT_FIRST_CHAIN } from "./lib/rater-order";

// Without --rater, the strict-first chain (as the header says and `eval:cards --rater` takes it).
const rater = arg("--rater") ?? STRICT_FIRST_CHAIN;
const skip = (arg("--skip") ?? "").split(",").filter(Boolean);
const min = Number(arg("--min") ?? 3);
const show = arg("--show");
const books = loadBooks();
type Row = { accept: number; edit: number; reject: number; none: number; facts: Set<string> };
const rows = new Map<string, Row>();
// Quoted words and bracketed detail cut from a reason, so reasons of one kind group.
// "depends on the text before it (definite "the wards")" keeps its kind: "(definite …)". A single
// quote counts only with no letter outside it, so possessives ("the sentence's subject") stay.
const reasonClass = (why: string) => why.replace(/\s*\((\w+)\s+["“].*$/, " ($1 …)").replace(/\s*\((?!\w+ …\)).*$/, "").replace(/".*"|“.*”|(?<!\w)'[^']*'(?!\w)/g, "…").trim();

for (const fixture of trainFixtures(books)) {
  const entry = books.fixtures[fixture];
  if (!entry.gold || skip.some((s) => fixture.includes(s))) continue;
  const gold = readGold(entry)!;
  const index = new LabelIndex(readLabels(fixture), rater);
  for (const ch of documentOf(fixture).chapters) {
    const a = analyseChapter(ch, fixtureOptions(fixture));
    const seen = new Set<string>();
    for (const c of overgenerate(a, fixtureOptions(fixture))) {
      const fails = failingGateReasons(c, a);
      if (fails.length !== 1) continue;
      const key = `${c.front}\u0000${c.back}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const cls = `${fails[0][0]}: ${reasonClass(fails[0][1])}`;
      const row = rows.get(cls) ?? { accept: 0, edit: 0, reject: 0, none: 0, facts: new Set() };
      rows.set(cls, row);
      const m = index.find({ kind: c.kind, front: c.front, back: c.back, sentence: a.sentences[c.sentence].text });
      const label = m?.by === "card" ? m.label.label : null;
      if (label === "accept" || label === "edit" || label === "reject") row[label]++;
      else row.none++;
      for (const g of gold) if (covers(c, g)) row.facts.add(`${fixture}/${g.id}`);
      if (show && cls.includes(show) && label) console.log(`${label}\t${c.front} → ${c.back}`);
    }
  }
}
console.log(`\n| gate: reason (candidates failing only it) | accept | edit | reject | unlabelled | gold facts carried |\n|---|---|---|---|---|---|`);
for (const [cls, r] of [...rows].sort((x, y) => y[1].facts.size - x[1].facts.size)) {
  if (r.accept + r.edit + r.reject < min && r.facts.size < min) continue;
  console.log(`| ${cls} | ${r.accept} | ${r.edit} | ${r.reject} | ${r.none} | ${r.facts.size} |`);
}
