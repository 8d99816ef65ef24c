// Session 16 (chooser): does the ranker choose well WITHIN a sentence? Two counts over the TRAIN
// books (held-out never read), strict raters only, strict-first:
//  1. current pool: sentences whose current candidates (rankedCandidates) include two or more
//     labelled with different verdicts; is the card today's selection shows for the sentence the
//     best-labelled one, a worse one, or unlabelled?
//  2. labelled cards (scripts/lib/chooser-data.ts labelledPairs): sentences with two or more strictly labelled cards (any generator's, each
//     re-analysed from its sentence, its question type guessed as in scripts/lib/standalone-data.ts)
//     with different verdicts; for each such pair, does the ranker's p put the better-labelled first?
// 3. a pairwise chooser (scripts/lib/pairwise.ts) judged leave-one-book-out and leave-one-set-out.
// `--weights` prints the chooser fitted on every pair. `--check` counts the check set (blind set 14b) only; without it, every other train book.
//   npx tsx scripts/chooser-audit.ts [--check] [--weights]
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { blindSets } from "./lib/blind-sets";
import { loadBooks } from "./lib/cards-eval";
import { CHECK_SET, disputed, labelledPairs, loadChooserData, pickFate } from "./lib/chooser-data";
import { fitPairwise, prefers, type Pair } from "./lib/pairwise";

const CHECK = CHECK_SET;
const books = loadBooks();
const sets = blindSets(books);
const check = new Set(sets.get(CHECK));
const wantCheck = process.argv.includes("--check");
const only = (f: string) => wantCheck === check.has(books.fixtures[f].book);

// 1. The current pool.
const data = loadChooserData(only);
const dis = data.filter(disputed);
const tally = (xs: string[]) => xs.reduce((m, x) => ({ ...m, [x]: (m[x] ?? 0) + 1 }), {} as Record<string, number>);
console.log(`current pool: ${data.length} sentences with a candidate, ${data.filter((s) => s.cands.length > 1).length} with two or more, ${dis.length} with differently labelled candidates`);
console.log("  today's pick:", tally(dis.map((s) => pickFate(s, s.current))), "by set:", tally(dis.map((s) => [...sets].find(([, ids]) => ids.includes(s.book))?.[0] ?? "other")));
for (const s of dis) console.log(`  ${s.fixture} #${s.sentence}: ${s.cands.map((c, i) => `${i === s.current ? "*" : ""}${c.grade ?? "-"}@${c.p.toFixed(2)}`).join(" ")}`);

// 2. Every strictly labelled card, re-analysed.
const rows = labelledPairs(only);
const pairs = rows.length, right = rows.filter((r) => r.pHi > r.pLo).length, ties = rows.filter((r) => r.pHi === r.pLo).length;
const perSet: Record<string, [number, number]> = {};
for (const r of rows) { perSet[r.set] = perSet[r.set] ?? [0, 0]; perSet[r.set][1]++; if (r.pHi > r.pLo) perSet[r.set][0]++; }
console.log(`labelled cards: ${new Set(rows.map((r) => r.key)).size} sentences with differently labelled cards, ${pairs} pairs; ranker p puts the better-labelled first in ${right} (${((100 * right) / Math.max(1, pairs)).toFixed(1)} %), ties ${ties}; by set:`, perSet);

// 3. Could a within-sentence chooser do better? A pairwise logistic on the ranker's features
// (scripts/lib/pairwise.ts), judged leave-one-book-out on these pairs and leave-one-set-out on the
// blind sets' pairs, then on the current pool's disputed sentences (fitted without that sentence's book).
if (!wantCheck && rows.length) {
  const judge = (held: (r: Pair) => boolean) => {
    const w = fitPairwise(rows.filter((r) => !held(r)));
    const test = rows.filter(held);
    return { n: test.length, right: test.filter((r) => prefers(w, r.hi, r.lo)).length };
  };
  const lobo = [...new Set(rows.map((r) => r.book))].map((b) => judge((r) => r.book === b));
  const sum = (xs: { n: number; right: number }[]) => xs.reduce((t, x) => ({ n: t.n + x.n, right: t.right + x.right }), { n: 0, right: 0 });
  console.log("chooser, leave-one-book-out over the labelled pairs:", sum(lobo), "(ranker p:", right, "of", pairs, ")");
  // A one-feature rule for scale: prefer the cloze to the question (pairs of one kind: undecided).
  const CLOZE = FEATURE_NAMES.indexOf("type:cloze");
  const mixed = rows.filter((r) => r.hi[CLOZE] !== r.lo[CLOZE]);
  console.log(`  rule "cloze over question": ${mixed.filter((r) => r.hi[CLOZE] === 1).length} right of ${mixed.length} mixed pairs (${rows.length - mixed.length} pairs of one kind)`);
  const sameKind = rows.filter((r) => r.hi[CLOZE] === r.lo[CLOZE]);
  console.log("  chooser on the pairs of one kind, leave-one-book-out:", sum([...new Set(sameKind.map((r) => r.book))].map((b) => judge((r) => r.book === b && r.hi[CLOZE] === r.lo[CLOZE]))), "ranker p:", sameKind.filter((r) => r.pHi > r.pLo).length);
  const loso = [...sets.keys()].filter((k) => k !== CHECK).map((k) => ({ set: k, ...judge((r) => r.set === k) }));
  console.log("chooser, leave-one-set-out over the blind sets (pairs per set):", loso);
  const picks = dis.map((s) => {
    const w = fitPairwise(rows.filter((r) => r.book !== s.book));
    const best = s.cands.reduce((b, c, i) => (prefers(w, c.x, s.cands[b].x) ? i : b), 0);
    return pickFate(s, best);
  });
  console.log("chooser's pick on the current pool's disputed sentences (fitted without the sentence's book):", tally(picks));
}

if (!wantCheck && process.argv.includes("--weights")) {
  const w = fitPairwise(rows);
  const names = FEATURE_NAMES;
  console.log(names.map((n, i) => [n, w[i]] as const).filter(([, v]) => Math.abs(v) > 0.05).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).map(([n, v]) => `${n} ${v.toFixed(2)}`).join(", "));
}
