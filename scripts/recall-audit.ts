// Where each missed gold key fact of a TRAIN chapter dies (held-out chapters are refused):
//   never a candidate   no candidate card covers it (the sentences that state it are listed)
//   gate <name>         every covering candidate is dropped; the gate that drops most of them
//   select              a covering candidate passed the gates but another card won its sentence
//                       (or a same-fact card was kept), or it ranked below the cut
// and, per book, accept / edit / reject of the top 40 by the rater-a/rater-a2 labels and recall@40.
//   npx tsx scripts/recall-audit.ts                  every train chapter
//   npx tsx scripts/recall-audit.ts <fixture-part>   chapters whose fixture name contains it
//   npx tsx scripts/recall-audit.ts --summary        the figures only
//   npx tsx scripts/recall-audit.ts --unlabelled     the top cards no label names exactly (JSON lines, to label)
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { rankedCandidates, toCard } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { LabelIndex } from "@/lib/cards/eval";
import { covers } from "../tests/unit/cards/gold";
import { fixtureChapter, loadBooks, readGold, readLabels, fixtureOptions } from "./lib/cards-eval";

const books = loadBooks();
const args = process.argv.slice(2);
const listUnlabelled = args.includes("--unlabelled");
const summary = args.includes("--summary") || listUnlabelled;
const only = args.find((x) => !x.startsWith("--"));
const TOP = 40;

if (only) {
  const named = Object.entries(books.fixtures).filter(([f]) => f.includes(only));
  if (named.some(([, e]) => books.books[e.book].split !== "train")) {
    process.stderr.write(`recall-audit: ${only} names a held-out chapter; only train chapters are audited\n`);
    process.exit(2);
  }
}

const sides = (c: Candidate) => ({ front: c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"), back: c.back });
const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)}%` : "—");
const perBook = new Map<string, { cards: number; accept: number; edit: number; reject: number; unlabelled: number; facts: number; covered: number }>();
const causes: Record<string, number> = {};

for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train" || !info.gold) continue;
  if (only && !fixture.includes(only)) continue;
  const gold = readGold(info)!;
  const chapter = fixtureChapter(fixture);
  const { a, ranked } = rankedCandidates(chapter, undefined, fixtureOptions(fixture));
  const top = select(ranked, TOP);
  const cards = top.map((r) => toCard(r, a, DEFAULT_WEIGHTS));
  const labels = new LabelIndex(readLabels(fixture), "rater-a,rater-a2");
  const b = perBook.get(info.book) ?? { cards: 0, accept: 0, edit: 0, reject: 0, unlabelled: 0, facts: 0, covered: 0 };
  for (const c of cards) {
    const m = labels.find({ kind: c.kind, front: c.front, back: c.back, sentence: chapter.sentences[c.source.sentence].text });
    // Only a label of this very card counts: a clause cut from a sentence is not the card its
    // whole-sentence cloze was labelled as.
    if (m?.by === "card") b[m.label.label]++;
    else {
      b.unlabelled++;
      if (listUnlabelled) console.log(JSON.stringify({ fixture, kind: c.kind, front: c.front, back: c.back, sentence: chapter.sentences[c.source.sentence].text }));
    }
  }
  b.cards += cards.length;
  b.facts += gold.length;
  const missed = gold.filter((g) => !cards.some((c) => covers(c, g)));
  b.covered += gold.length - missed.length;
  perBook.set(info.book, b);
  if (summary) continue;

  console.log(`\n## ${fixture}: ${cards.length} cards, ${gold.length - missed.length}/${gold.length} gold facts in the top ${TOP}`);
  const all = overgenerate(a, fixtureOptions(fixture));
  const rankOf = new Map([...ranked].sort((x, y) => y.p - x.p).map((r, i) => [r.c, { i, p: r.p }]));
  for (const g of missed) {
    const hits = all.filter((c) => covers(sides(c), g));
    let cause: string;
    const lines: string[] = [];
    if (!hits.length) {
      cause = "never a candidate";
      const said = a.sentences.filter((s) => covers({ front: s.text, back: "" }, g));
      lines.push(...(said.length ? said.slice(0, 3).map((s) => `    stated in #${s.sentence.id}: ${s.text.slice(0, 220)}`) : ["    no single sentence states it"]));
    } else {
      const dropped = new Map<string, number>();
      for (const c of hits) {
        const r = rankOf.get(ranked.find((x) => x.c === c)?.c as Candidate);
        const why = GATES.map(([n, gt]) => { const w = gt(c, a); return w ? `${n}: ${w}` : null; }).find(Boolean);
        if (why) dropped.set(why.split(":")[0], (dropped.get(why.split(":")[0]) ?? 0) + 1);
        lines.push(`    ${(why ?? `passed, rank ${r ? r.i + 1 : "?"} p=${r?.p.toFixed(2)}`).slice(0, 70).padEnd(70)} [${c.type}] ${c.front.slice(0, 160)} → ${c.back.slice(0, 60)}`);
      }
      const passed = hits.length - [...dropped.values()].reduce((x, y) => x + y, 0);
      cause = passed ? "select (another card won its sentence, or ranked below the cut)" : `gate ${[...dropped].sort((x, y) => y[1] - x[1])[0][0]}`;
    }
    causes[cause] = (causes[cause] ?? 0) + 1;
    console.log(`- ${g.id}: ${cause}`);
    for (const l of lines.slice(0, 8)) console.log(l);
    if (lines.length > 8) console.log(`    … ${lines.length - 8} more`);
  }
}

if (!summary) {
  console.log("\nMissed facts by cause:");
  console.table(causes);
}
console.log(`\n| train book | cards | accept | edit | reject | unlabelled | recall@${TOP} |\n|---|---|---|---|---|---|---|`);
const total = { cards: 0, accept: 0, edit: 0, reject: 0, unlabelled: 0, facts: 0, covered: 0 };
for (const [book, b] of perBook) {
  const lab = b.accept + b.edit + b.reject;
  console.log(`| ${book} | ${b.cards} | ${pct(b.accept, lab)} | ${pct(b.edit, lab)} | ${pct(b.reject, lab)} | ${b.unlabelled} | ${pct(b.covered, b.facts)} (${b.covered}/${b.facts}) |`);
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += b[k];
}
const lab = total.accept + total.edit + total.reject;
console.log(`| **pooled** | ${total.cards} | ${pct(total.accept, lab)} | ${pct(total.edit, lab)} | ${pct(total.reject, lab)} | ${total.unlabelled} | ${pct(total.covered, total.facts)} (${total.covered}/${total.facts}) |`);
