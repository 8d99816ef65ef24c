// What decontextualisation finds and repairs among the labelled candidates of TRAIN books (never
// held-out ones): for each operation and kind, the labels of the candidates whose visible text it
// touches, counted on the unrepaired candidates the labels were given to. "(pass)" counts only
// candidates that pass every gate as they were; "ns" is how many were labelled not-standalone.
//   npx tsx scripts/decontext-audit.ts            the table
//   npx tsx scripts/decontext-audit.ts <op:kind>  also the cards of that row
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { visible } from "@/lib/cards/gates/referring";
import { fixtureChapter, labelsByLooseKey, looseKey, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const show = process.argv[2];
type Row = { accept: number; edit: number; reject: number; ns: number; "accept (pass)": number; "edit (pass)": number; "reject (pass)": number };
const tally: Record<string, Row> = {};
for (const fixture of trainFixtures()) {
  const labels = labelsByLooseKey(fixture);
  const chapter = fixtureChapter(fixture);
  const raw = analyseChapter(chapter, { decontext: false });
  const fixed = analyseChapter(chapter, fixtureOptions(fixture));
  for (const c of overgenerate(raw, fixtureOptions(fixture))) {
    const l = labels.get(looseKey(c));
    const ctx = fixed.sentences[c.sentence].context;
    if (!l || !ctx) continue;
    const pass = !GATES.some(([, g]) => g(c, raw));
    const text = visible(c);
    const rows = new Set<string>();
    for (const d of ctx.unresolved) if (text.includes(d.text)) rows.add(`${d.op}:${d.kind}`);
    for (const e of ctx.edits) {
      // An insertion is shown when the word it attaches to is: the surname after it, the month before it.
      const word = e.start === e.end
        ? (e.op === "name" ? ctx.before.slice(e.end).match(/^[\p{L}-]+/u)?.[0] : ctx.before.slice(0, e.start).match(/[\p{L}-]+$/u)?.[0])
        : ctx.before.slice(e.start, e.end).replace(/^[\s,]+|[\s,]+$/g, "");
      if (word && text.includes(word)) rows.add(`repair:${e.op}`);
    }
    for (const r of rows) {
      const t = (tally[r] ??= { accept: 0, edit: 0, reject: 0, ns: 0, "accept (pass)": 0, "edit (pass)": 0, "reject (pass)": 0 });
      t[l.label]++;
      if (l.reason === "not-standalone") t.ns++;
      if (pass) t[`${l.label} (pass)`]++;
      if (show && r === show) console.log(`${l.label.padEnd(6)} ${(l.reason ?? "").padEnd(22)} ${pass ? "PASS" : "    "} | ${c.front} → ${c.back}`);
    }
  }
}
console.table(Object.fromEntries(Object.entries(tally).sort(([x], [y]) => x.localeCompare(y))));
