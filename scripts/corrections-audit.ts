// Session 22 (concl22): every sentence of the TRAINING chapters that corrects a view ("X is not A,
// but B", "not so much A as B", "it is not A that …, but B"), what lib/cards/conclusions finds in it,
// the card it keeps (and the gate that drops each other card), whether that card reaches the top 40,
// and its strict-first label. Held-out chapters are never read.
//   npx tsx scripts/corrections-audit.ts [fixture-part]
import { contrasts, foundCards, attribution, clauseRefusal, CONTRAST_MAX } from "@/lib/cards/conclusions";
import { gate } from "@/lib/cards/gates";
import { paragraphsOf } from "@/lib/cards/claims";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { allLabelsOf, authorOf, chaptersOf, looseKey, loadBooks, trainFixtures } from "./lib/cards-eval";
import { RATER_PRECEDENCE } from "./lib/rater-order";

const only = process.argv.slice(2).find((x) => !x.startsWith("--"));
const CORRECTS = /\bnot\b[^.;:!?]{1,120}?\bbut\b|\bnot so much\b[^.;:!?]{1,120}?\bas\b/i;
const books = loadBooks();
const tally = { sentences: 0, found: 0, carded: 0, top: 0, accept: 0, edit: 0, reject: 0, unlabelled: 0 };
// Why a found contrast gives no card: its clause's refusal (at the contrast's length bound), or the card-level refusal.
const refusals = new Map<string, number>();
const refused = (why: string) => refusals.set(why, (refusals.get(why) ?? 0) + 1);
for (const fixture of trainFixtures(books)) {
  if (only && !fixture.includes(only)) continue;
  const author = authorOf(fixture, books);
  const who = attribution(author);
  const labels = new Map<string, string>();
  const all = allLabelsOf(fixture).filter((l) => l.rater !== "rater-b");
  for (const r of [...RATER_PRECEDENCE].reverse()) for (const l of all) if (l.rater === r) labels.set(looseKey(l), l.label);
  const lines: string[] = [];
  for (const ch of chaptersOf(fixture)) {
    const { a, ranked } = rankedCandidates(ch, DEFAULT_WEIGHTS, { author });
    const top = new Set(select(ranked, 40).map((r) => `${r.c.front}|${r.c.back}`));
    for (const paragraph of paragraphsOf(a)) for (const s of paragraph) {
      if (!CORRECTS.test(s.text) || /\bnot only\b/i.test(s.text)) continue;
      tally.sentences++;
      const found = contrasts(s);
      if (found.length) tally.found++;
      lines.push(`- ${s.text.slice(0, 220)}${found.length ? "" : "  [not found]"}`);
      for (const f of found) {
        const verdicts = foundCards(s, f, paragraph, a, who).map((c) => ({ c, why: gate(c, a) }));
        const kept = verdicts.find((v) => !v.why);
        if (kept) tally.carded++;
        for (const v of verdicts) {
          const inTop = v === kept && top.has(`${v.c.front}|${v.c.back}`);
          const label = labels.get(looseKey(v.c)) ?? "unlabelled";
          if (inTop) { tally.top++; tally[label as "accept"]++; }
          lines.push(`    ${v.why ? `✗ ${v.why.slice(0, 60)}` : inTop ? `✓ TOP40 ${label}` : "✓"} | ${v.c.front} → ${v.c.back}`);
        }
        if (!verdicts.length) {
          const why = clauseRefusal(s, f.from, f.to, CONTRAST_MAX, [], a) ?? "clause stands, no question or cloze built";
          refused(why);
          lines.push(`    (no card: ${why})`);
        } else if (!kept) refused("every card gated");
      }
    }
  }
  if (lines.length) console.log(`\n## ${fixture} (${who ?? "no attribution"})\n${lines.join("\n")}`);
}
console.log("\n", tally, "\n", Object.fromEntries([...refusals].sort((x, y) => y[1] - x[1])));
