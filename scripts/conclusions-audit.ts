// The signposted conclusions and corrective contrasts (lib/cards/conclusions) of the argumentative
// TRAINING chapters: each clause found, whether it stands alone, its cards and the gate that drops
// each, and whether the kept card reaches the top 40. Held-out chapters are never read.
// Session 16: also the reasons ("C; for R"), preferences ("it is safer to A than B") and "I say that P";
// the check set (scripts/lib/argument-books.ts) is skipped unless --check.
//   LECTERN_ARGUMENT=1 npx tsx scripts/conclusions-audit.ts [fixture-part] [--kept] [--check]
import { conclusions, contrasts, preferences, reasons, foundCards, standingClause, clauseRefusal, attribution, PREFERENCE_MAX } from "@/lib/cards/conclusions";
import { gate } from "@/lib/cards/gates";
import { paragraphsOf } from "@/lib/cards/claims";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { argumentBooks } from "./lib/argument-books";
import { authorOf, chaptersOf, loadBooks } from "./lib/cards-eval";

const args = process.argv.slice(2);
const only = args.find((x) => !x.startsWith("--"));
const keptOnly = args.includes("--kept");
const books = loadBooks();
const tally = { found: 0, standing: 0, carded: 0, top: 0 };
for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train" || !argumentBooks(process.argv.includes("--check")).includes(info.book) || (only && !fixture.includes(only))) continue;
  const author = authorOf(fixture, books);
  const who = attribution(author);
  console.log(`\n## ${fixture} (${who ?? "no attribution"})`);
  for (const ch of chaptersOf(fixture)) {
    const { a, ranked } = rankedCandidates(ch, DEFAULT_WEIGHTS, { author });
    const top = select(ranked, 40).map((r) => `${r.c.front}|${r.c.back}`);
    for (const paragraph of paragraphsOf(a)) for (const s of paragraph) for (const f of [...conclusions(s), ...contrasts(s), ...preferences(s), ...reasons(s)]) {
      if (f.authorial && !who) continue;
      tally.found++;
      const max = f.shape === "preference" ? PREFERENCE_MAX : undefined;
      const clause = standingClause(s, f.from, f.to, max, [], a);
      const text = s.text.slice(s.tokens[f.from].start, s.tokens[f.to - 1].end);
      if (clause) tally.standing++;
      const cards = clause ? foundCards(s, f, paragraph, a, who) : [];
      const verdicts = cards.map((c) => ({ c, why: gate(c, a) }));
      const kept = verdicts.find((v) => !v.why);
      if (kept) tally.carded++;
      const inTop = kept && top.includes(`${kept.c.front}|${kept.c.back}`);
      if (inTop) tally.top++;
      if (keptOnly && !kept) continue;
      const premise = f.premise ? ` ⟵ «${s.text.slice(s.tokens[f.premise[0]].start, s.tokens[f.premise[1] - 1].end).slice(0, 160)}» (${clauseRefusal(s, f.premise[0], f.premise[1], undefined, [], a) ?? "stands"})` : "";
      console.log(`- [${f.shape}${clause ? "" : `, ${clauseRefusal(s, f.from, f.to, max, [], a)}`}] ${text.slice(0, 200)}${premise}`);
      for (const v of verdicts) console.log(`    ${v.why ? `✗ ${v.why.slice(0, 70)}` : inTop && v === kept ? "✓ TOP40" : "✓"} | ${v.c.front} → ${v.c.back}`);
    }
  }
}
console.log("\n", tally);
