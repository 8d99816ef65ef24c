// The author's "we" frames (lib/cards/conclusions/we.ts) on the training chapters: every sentence with a
// frame, the claim clause found, why it does not stand (clauseRefusal) or the card it gives, and whether
// that card is shown in the chapter's top 40 with LECTERN_AUTHOR_WE=1. Session 17 (attrib): the check
// set below is skipped unless --check (then read alone); held-out books are never read.
//   LECTERN_AUTHOR_WE=1 npx tsx scripts/we-audit.ts [fixture-part] [--check] [--kept]
import { attribution, authorialWe, clauseRefusal, conclusionCandidates } from "@/lib/cards/conclusions";
import { rankedCandidates, toCard } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { authorOf, chaptersOf, loadBooks } from "./lib/cards-eval";

export const WE_CHECK = ["malthus-population", "veblen-leisure", "tocqueville-democracy", "darwin-origin", "maxwell-papers"];

const args = process.argv.slice(2);
const only = args.find((x) => !x.startsWith("--"));
const check = args.includes("--check");
const kept = args.includes("--kept");
const books = loadBooks();
let found = 0, carded = 0, shown = 0;
const refusals: Record<string, number> = {};
for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train" || WE_CHECK.includes(info.book) !== check || (only && !fixture.includes(only))) continue;
  const author = authorOf(fixture, books);
  if (!attribution(author)) continue;
  for (const ch of chaptersOf(fixture)) {
    const { a, ranked } = rankedCandidates(ch, DEFAULT_WEIGHTS, { author });
    const cards = conclusionCandidates(a, author, true, true);
    const top = select(ranked, 40).map((r) => toCard(r, a, DEFAULT_WEIGHTS));
    for (const s of a.sentences) {
      for (const f of authorialWe(s)) {
        found++;
        const why = clauseRefusal(s, f.from, f.to, undefined, [], a);
        const card = cards.find((c) => c.sentence === s.sentence.id);
        if (why) refusals[why] = (refusals[why] ?? 0) + 1;
        if (card) carded++;
        const inTop = card && top.some((c) => c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1") === card.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1") || c.front === card.front);
        if (inTop) shown++;
        if (kept && !card) continue;
        console.log(`${fixture}\n  ${s.text}\n  → ${why ?? (card ? `${inTop ? "SHOWN" : "ranked out"}: ${card.front} | ${card.back}` : "stands, no card passed the gates")}`);
      }
    }
  }
}
console.log(`\nframes ${found}, carded ${carded}, shown ${shown}; refusals ${JSON.stringify(refusals)}`);
