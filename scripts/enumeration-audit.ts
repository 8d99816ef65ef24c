// Lists that span sentences on the TRAIN books ("There are three causes of X. The first is …
// The second …"; "First, … Secondly, …"; "1. … 2. …"; "(a) … (b) …"), as lib/cards/enumeration
// finds them: each list with the sentence before it (where an author announces what is listed),
// its items, whether the enumeration builder makes a card of it (and why not), and which gold
// must-know facts the list carries: a fact is "carried" when the announcing sentence and the items
// together state it (gold `covers` on their joined text), "only across sentences" when no single
// one of those sentences does. Held-out books are never read.
//   npx tsx scripts/enumeration-audit.ts           every list, then totals
//   npx tsx scripts/enumeration-audit.ts --totals  totals only
//   --skip book1,book2  leave those books out (a check set kept unread while developing)
import { analyseChapter } from "@/lib/cards/analyse";

import { enumerationListCards, itemCards, listsOf, whyRefused } from "@/lib/cards/enumeration";
import { gate } from "@/lib/cards/gates";
import { covers } from "../tests/unit/cards/gold";
import { fixtureChapter, loadBooks, readGold, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const totalsOnly = process.argv.includes("--totals");
const books = loadBooks();
const skipAt = process.argv.indexOf("--skip");
const skip = new Set(skipAt >= 0 ? process.argv[skipAt + 1].split(",") : []);
const totals = { chapters: 0, lists: 0, cards: 0, itemCards: 0, itemCardsPassingGates: 0, factsCarried: 0, factsOnlyAcross: 0, factsCarriedByCarded: 0 };
const refusals: Record<string, number> = {};
const say = (s: string) => { if (!totalsOnly) console.log(s); };
for (const fixture of trainFixtures(books)) {
  const info = books.fixtures[fixture];
  if (skip.has(info.book)) continue;
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const texts = a.sentences.map((s) => s.text);
  const lists = listsOf(a);
  totals.chapters++;
  if (!lists.length) continue;
  const gold = readGold(info) ?? [];
  const cards = enumerationListCards(a, true, false);
  say(`## ${fixture}: ${lists.length} list(s)`);
  for (const l of lists) {
    totals.lists++;
    const ann = l.first - 1;
    const card = cards.find((c) => c.extra.includes(l.first) || c.sentence === l.first);
    const why = card ? null : whyRefused(a, l);
    if (card) totals.cards++;
    else refusals[why!] = (refusals[why!] ?? 0) + 1;
    const span = [ann, ...l.items.map((it) => it.sentence)].filter((i) => i >= 0);
    const joined = span.map((i) => texts[i]).join(" ");
    const carried = gold.filter((g) => covers({ front: joined, back: "" }, g));
    const across = carried.filter((g) => !span.some((i) => covers({ front: texts[i], back: "" }, g)));
    totals.factsCarried += carried.length;
    totals.factsOnlyAcross += across.length;
    if (card) totals.factsCarriedByCarded += carried.length;
    say(`- ${l.style}, ${l.items.length} items${card ? "" : ` — refused: ${why}`}`);
    if (ann >= 0) say(`    before #${ann}: ${texts[ann].slice(0, 160)}`);
    for (const it of l.items) say(`    #${it.sentence}: ${texts[it.sentence].slice(0, 140)}`);
    if (card) say(`    CARD: ${card.front} → ${card.back}`);
    // A refused list's one-card-per-item fallback (ENUMERATION_ITEMS_ON), with what the gates say of each.
    for (const c of card ? [] : itemCards(a, l)) {
      const g = gate(c, a);
      totals.itemCards++;
      if (!g) totals.itemCardsPassingGates++;
      say(`    ITEM CARD (#${c.sentence}, gates: ${g ?? "kept"}): ${c.front} → ${c.back}`);
    }
    for (const g of carried) say(`    gold ${g.id}${across.includes(g) ? " (only across sentences)" : ""}: ${g.fact.slice(0, 120)}`);
  }
}
console.log(JSON.stringify({ totals, refusals }, null, 1));
