// Which question builder still makes each strict Q&A label of the TRAIN books that was rejected or
// edited as garbled-or-cut or wrong-answer (never held-out books), and whether the gates refuse it.
// One row per distinct card (strict raters rater-c … rater-q, and rater-a / rater-a2); a card no
// builder makes any more is "not-made". A builder fix shows as fewer made; a gate fix as more gated.
//   npx tsx scripts/qa-builder-audit.ts          counts per builder (made / passing the gates)
//   npx tsx scripts/qa-builder-audit.ts show     also every card still made, with its builder
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { chaptersOf, loadBooks, readLabels, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const show = process.argv[2] === "show";
const norm = (t: string) => t.replace(/\s+/g, " ").trim().toLowerCase();
const strict = (r: string) => /^rater-(?:[c-q]|a2?)$/.test(r);
const books = loadBooks();
const perBuilder = new Map<string, { made: number; passing: number }>();
let labels = 0, made = 0, passing = 0;
for (const fixture of trainFixtures(books)) {
  const bad = readLabels(fixture).filter((l) => l.kind === "qa" && strict(l.rater) && l.label !== "accept" && /garbled|wrong-answer/.test(l.reason ?? ""));
  if (!bad.length) continue;
  const built = new Map<string, { builder: string; gated: boolean }>();
  for (const ch of chaptersOf(fixture)) {
    const a = analyseChapter(ch, fixtureOptions(fixture));
    for (const c of overgenerate(a, fixtureOptions(fixture))) if (c.kind === "qa") built.set(`${norm(c.front)}→${norm(c.back)}`, { builder: `${c.type}${c.compressed ? "+" + c.compressed.join("/") : ""}`, gated: !!gate(c, a) });
  }
  const seen = new Set<string>();
  for (const l of bad) {
    const key = `${norm(l.front)}→${norm(l.back)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    labels++;
    const b = built.get(key);
    if (!b) continue;
    made++;
    if (!b.gated) passing++;
    const row = perBuilder.get(b.builder) ?? { made: 0, passing: 0 };
    row.made++;
    if (!b.gated) row.passing++;
    perBuilder.set(b.builder, row);
    if (show) console.log(`${books.fixtures[fixture].book.padEnd(22)} ${b.builder.padEnd(16)} ${b.gated ? "gated " : "PASSES"} ${l.label}/${l.reason} | ${l.front} → ${l.back.slice(0, 80)}`);
  }
}
console.table(Object.fromEntries([...perBuilder].sort((x, y) => y[1].made - x[1].made)));
console.log(`${labels} garbled-or-cut / wrong-answer Q&A cards (rejected or edited): ${made} still made by a builder, ${passing} of them passing the gates`);
