// Why the context-line selector (lib/cards/context-line) returns null, on the TRAIN chapters only.
// For every candidate whose first failing gate is a standalone-type one (standalone, referring,
// story-pronoun, scene-anchor), and which every other gate passes (the ones admission could repair,
// lib/cards/context-line/admit.ts), the selector's answer grouped by reason (quoted words folded so
// reasons group); per group the number of sentences and of gold must-know facts (tests/fixtures/gold)
// that a candidate in the group covers (those matter most). Coverage: repairable candidates and
// sentences that get a line, and gold facts covered by a repairable candidate that gets a line.
// Held-out chapters are never read.
//   npx tsx scripts/context-line-audit.ts [--json] [--lines N]   (N: print N sample lines per source)
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { CONTEXT_GATES, explainContextLine } from "@/lib/cards/context-line";
import { covers } from "../tests/unit/cards/gold";
import { fixtureChapter, loadBooks, readGold, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { analyseChapter } from "@/lib/cards/analyse";

const args = process.argv.slice(2);
const json = args.includes("--json");
const books = loadBooks();
const sides = (c: Candidate) => ({ front: c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"), back: c.back });
// "unsupported: \"this\" governs no noun read" → "unsupported: \"…\" governs no noun read"
const fold = (why: string) => why.replace(/"[^"]*"/g, "\"…\"").replace(/\(([a-z+]+)\)$/, (_, k: string) => `(${k.split("+").sort().join("+")})`);

type Group = { candidates: number; sentences: Set<string>; gold: Set<string> };
const groups = new Map<string, Group>();
const tally = { chapters: 0, dropped: 0, repairable: 0, withLine: 0, sentences: new Set<string>(), sentencesWithLine: new Set<string>(), goldDropped: new Set<string>(), goldWithLine: new Set<string>() };
const lines: { fixture: string; from: string; line: string; front: string; back: string; gate: string }[] = [];
const bySource: Record<string, number> = {};

for (const fixture of trainFixtures(books)) {
  const info = books.fixtures[fixture];
  tally.chapters++;
  const gold = readGold(info) ?? [];
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  for (const c of overgenerate(a, fixtureOptions(fixture))) {
    const failing = GATES.filter(([, g]) => g(c, a) !== null).map(([n]) => n);
    if (!failing.length || !CONTEXT_GATES.has(failing[0])) continue;
    tally.dropped++;
    if (failing.some((n) => !CONTEXT_GATES.has(n))) continue;
    tally.repairable++;
    const sk = `${fixture}#${c.sentence}`;
    tally.sentences.add(sk);
    const facts = gold.filter((f) => covers(sides(c), f)).map((f) => `${fixture}/${f.id}`);
    for (const f of facts) tally.goldDropped.add(f);
    const r = explainContextLine(a, c);
    const reason = typeof r === "string" ? fold(r) : `LINE from ${r.from === "heading" ? "heading" : r.source ?? "paragraph"}`;
    if (typeof r !== "string") {
      tally.withLine++;
      tally.sentencesWithLine.add(sk);
      for (const f of facts) tally.goldWithLine.add(f);
      const src = r.from === "heading" ? "heading" : r.source ?? "paragraph";
      bySource[src] = (bySource[src] ?? 0) + 1;
      lines.push({ fixture, from: src, line: r.line, front: c.front, back: c.back, gate: failing[0] });
    }
    const g = groups.get(reason) ?? { candidates: 0, sentences: new Set(), gold: new Set() };
    g.candidates++;
    g.sentences.add(sk);
    for (const f of facts) g.gold.add(f);
    groups.set(reason, g);
  }
}

const rows = [...groups].map(([reason, g]) => ({ reason, candidates: g.candidates, sentences: g.sentences.size, gold: g.gold.size })).sort((x, y) => y.candidates - x.candidates);
const summary = {
  chapters: tally.chapters, dropped: tally.dropped, repairable: tally.repairable, withLine: tally.withLine,
  sentences: tally.sentences.size, sentencesWithLine: tally.sentencesWithLine.size,
  goldFactsInRepairable: tally.goldDropped.size, goldFactsWithLine: tally.goldWithLine.size, linesBySource: bySource,
};
if (json) console.log(JSON.stringify({ summary, reasons: rows, lines }, null, 1));
else {
  console.log("candidates | sentences | gold facts | reason");
  for (const r of rows) console.log(`${String(r.candidates).padStart(10)} | ${String(r.sentences).padStart(9)} | ${String(r.gold).padStart(10)} | ${r.reason}`);
  console.log(JSON.stringify(summary));
  const n = Number(args[args.indexOf("--lines") + 1]);
  if (args.includes("--lines")) {
    for (const src of Object.keys(bySource)) for (const l of lines.filter((x) => x.from === src).slice(0, n)) console.log(`[${l.from}] ${l.fixture}\n  context: ${l.line}\n  ${l.front} → ${l.back}`);
  }
}
