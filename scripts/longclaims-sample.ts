// npx tsx scripts/longclaims-sample.ts [--all]: the long-thesis shortening (lib/cards/claims/shorten)
// on the TRAINING books only. For every expository paragraph, each of its first three theses that the
// strip step refuses only for length (over MAX_WORDS even clause by clause) and that shortening
// turns into a claim that stands alone: the text before and after. Prints how many long theses there
// are and how many shorten, then a fixed-seed sample of 60 spread over the books (round robin, a
// seeded shuffle within each book), as JSON lines for judging (docs/longclaims-judgements.jsonl).
import { analyseChapter } from "@/lib/cards/analyse";
import { paragraphsOf, expository, rankTheses, stripClaim, TRIES } from "@/lib/cards/claims";
import { applyCuts, claimTexts, MAX_WORDS } from "@/lib/cards/claims/strip";
import { shortenClaim } from "@/lib/cards/claims/shorten";
import { chaptersOf, trainFixtures, loadBooks, fixtureOptions } from "./lib/cards-eval";

const SEED = 11, SAMPLE = 60;
let seed = SEED;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const books = loadBooks();
const byBook = new Map<string, { id: string; book: string; before: string; after: string; fits: boolean; card: string | null }[]>();
let long = 0, shortened = 0, withCut = 0;
const words = (t: string) => t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
for (const fixture of trainFixtures(books)) {
  const book = books.fixtures[fixture].book;
  chaptersOf(fixture).forEach((ch, ci) => {
    const a = analyseChapter(ch, fixtureOptions(fixture));
    for (const p of paragraphsOf(a)) {
      if (!expository(p)) continue;
      for (const s of rankTheses(p, a).slice(0, TRIES)) {
        const plain = stripClaim(s, false);
        if (!("why" in plain) || !/^length/.test(plain.why) || Number(plain.why.split(" ")[1]) <= MAX_WORDS) continue;
        long++;
        const short = stripClaim(s, true);
        const card = !("why" in short) && !!short.shortened;
        if (card) shortened++;
        // Every side cut of the first long text (the whole sentence or a clause of it): the operation judged on its own.
        const c = claimTexts(s).find((x) => words(x.text) > MAX_WORDS);
        const all = c && shortenClaim(s, c.cuts, -Infinity, applyCuts);
        if (!c || !all) continue;
        withCut++;
        const list = byBook.get(book) ?? [];
        byBook.set(book, list);
        list.push({ id: `${fixture}#${ci}:${s.sentence.id}`, book, before: c.text, after: all.text, fits: words(all.text) <= MAX_WORDS, card: card ? (short as { text: string }).text : null });
      }
    }
  });
}
console.error(`long theses (over ${MAX_WORDS} words even clause by clause): ${long}; with a side cut: ${withCut}; shortened to a claim that fits and stands: ${shortened}; books with a cut: ${byBook.size}`);
const queues = [...byBook.values()].map((l) => l.map((x) => ({ x, r: rand() })).sort((p, q) => p.r - q.r).map((p) => p.x));
const out: unknown[] = [];
for (let round = 0; out.length < SAMPLE && queues.some((q) => q.length > round); round++) for (const q of queues) if (q[round] && out.length < SAMPLE) out.push(q[round]);
if (process.argv.includes("--all")) for (const l of byBook.values()) for (const x of l) console.log(JSON.stringify(x));
else for (const x of out) console.log(JSON.stringify(x));
