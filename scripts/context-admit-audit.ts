// What the context-line admission (lib/cards/context-line/admit.ts) does to the top 40 of every TRAIN
// chapter when it is switched on, without switching it on for anyone else: the cards that enter
// with a context line, the cards they push out, and the gold facts the entering cards cover that no
// other top-40 card covers (gained) and those the pushed-out cards alone covered (lost). Also
// whether a label exists for an entering card's front and back (a label given WITHOUT the line,
// from when such a card passed the gates: it does not judge the card with its line).
//   npx tsx scripts/context-admit-audit.ts [--json]
import { rankedCandidates, toCard } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { covers } from "../tests/unit/cards/gold";
import { fixtureChapter, labelsByLooseKey, loadBooks, looseKey, readGold, fixtureOptions } from "./lib/cards-eval";

const TOP = 40;
const books = loadBooks();
const rows: { fixture: string; context: string; front: string; back: string; gained: string[]; labelled: string | null }[] = [];
const lost: { fixture: string; front: string; facts: string[] }[] = [];
let chapters = 0;
for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train") continue;
  chapters++;
  const chapter = fixtureChapter(fixture);
  const gold = readGold(info) ?? [];
  const off = (() => { const { a, ranked } = rankedCandidates(chapter, DEFAULT_WEIGHTS, { contextLine: false, ...fixtureOptions(fixture) }); return select(ranked, TOP).map((r) => toCard(r, a, DEFAULT_WEIGHTS)); })();
  const on = (() => { const { a, ranked } = rankedCandidates(chapter, DEFAULT_WEIGHTS, { contextLine: true, ...fixtureOptions(fixture) }); return select(ranked, TOP).map((r) => toCard(r, a, DEFAULT_WEIGHTS)); })();
  const key = (c: { front: string; back: string; context?: string }) => `${c.context ?? ""}|${c.front}|${c.back}`;
  const offKeys = new Set(off.map(key)), onKeys = new Set(on.map(key));
  const labels = labelsByLooseKey(fixture);
  const sides = (c: { front: string; back: string }) => ({ front: c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"), back: c.back });
  for (const c of on.filter((x) => x.context)) {
    const others = on.filter((x) => x !== c);
    const gained = gold.filter((f) => covers(sides(c), f) && !others.some((o) => covers(sides(o), f))).map((f) => f.id);
    rows.push({ fixture, context: c.context!, front: c.front, back: c.back, gained, labelled: labels.get(looseKey(c))?.label ?? null });
  }
  for (const c of off.filter((x) => !onKeys.has(key(x)))) {
    const facts = gold.filter((f) => covers(sides(c), f) && !on.some((o) => covers(sides(o), f))).map((f) => f.id);
    lost.push({ fixture, front: c.front, facts });
  }
  void offKeys;
}
if (process.argv.includes("--json")) console.log(JSON.stringify({ chapters, entered: rows, pushedOut: lost }, null, 1));
else {
  for (const r of rows) console.log(`${r.fixture}\n  context: ${r.context}\n  ${r.front} → ${r.back}\n  gold gained: ${r.gained.join(", ") || "-"}; earlier label (without line): ${r.labelled ?? "-"}`);
  console.log(`\n${chapters} train chapters: ${rows.length} cards enter the top ${TOP} with a context line; ${lost.length} cards leave it; gold facts gained ${rows.reduce((n, r) => n + r.gained.length, 0)}, lost ${lost.reduce((n, r) => n + r.facts.length, 0)}.`);
}
