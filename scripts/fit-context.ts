// Fits the context-dependence gate (lib/cards/gates/context-model.ts): a logistic model over general
// signals that a card needs its chapter (lib/cards/gates/context-features.ts), fitted on the labelled
// cards of the TRAIN books (re-analysed from each label's sentence and front), target: a reject whose
// reason is not-standalone (or any reject). Judged by NESTED leave-one-book-out: for each book, the
// model is fitted without it and the threshold chosen by leave-one-book-out over the OTHER books
// only; the book's top 40 is then selected with and without the gate. Adopted (the weights file's
// `enabled`) only when, pooled over the books, accept among shown labelled cards rises by at least 3
// points, accepted cards lost stay within 5 % of accepts, and fewer books get worse than better.
// Held-out books are never read.
//   npm run fit:context                      figures only
//   npm run fit:context -- --write           also write lib/cards/gates/context-weights.json (enabled
//     only if adopted; the fit and its threshold are written either way, so the figures can be replayed)
//   --raters strict | strict+a2 | all        whose labels make the rows (default strict; the figures
//     always count eval:cards' chain, strict raters first)
//   --target not-standalone | reject         what the model finds (default not-standalone)
//   --lambda 5                               L2 strength
//   --list-removed                           print the cards each book's nested gate takes out of its top 40
import { writeFileSync } from "node:fs";
import path from "node:path";
import { auc } from "@/lib/cards/rank/fit";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { STRICT_RATERS } from "@/lib/cards/rank/training";
import { CONTEXT_FEATURES } from "@/lib/cards/gates/context-features";
import { scoreContext } from "@/lib/cards/gates/context-model";
import { removedCards, acceptShare, addTally, chooseThreshold, emptyTally, fitContext, gatedTally, positive, scoresOf, weightsOf, type ContextTarget, type Pool, type Tally } from "./lib/context-fit";
import { loadContextData } from "./lib/context-data";
import { arg } from "./lib/args";
import { loadBooks, readGold } from "./lib/cards-eval";
import { USER_FACTS } from "./lib/lobo";
import { select } from "@/lib/cards/select";
import { covers } from "../tests/unit/cards/gold";

const RATER_SETS: Record<string, string[]> = { strict: [...STRICT_RATERS], "strict+a2": [...STRICT_RATERS, "rater-a2"], all: [...STRICT_RATERS, "rater-a2", "rater-a"] };
const raterSet = arg("--raters") ?? "strict";
if (!RATER_SETS[raterSet]) throw new Error(`--raters takes ${Object.keys(RATER_SETS).join(", ")}`);
const target = (arg("--target") ?? "not-standalone") as ContextTarget;
if (!["not-standalone", "reject"].includes(target)) throw new Error("--target takes not-standalone or reject");
const lambda = Number(arg("--lambda") ?? 5);
if (!(lambda >= 0)) throw new Error("--lambda takes a number >= 0");

const t0 = performance.now();
const { rows, pools, missed } = loadContextData(RATER_SETS[raterSet]);
const books = [...new Set(pools.map((p) => p.book))];
const pos = rows.filter((r) => positive(r, target)).length;
console.log(`${rows.length} labelled cards (${raterSet}; ${rows.filter((r) => r.strict).length} strict) of ${books.length} train books, ${pos} positive (${target}); ${missed} labels whose sentence is no longer in the chapter (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

// Feature means, positive against the rest (which signals the data carries at all).
console.log(`\n| feature | mean, ${target} | mean, rest |\n| --- | --- | --- |`);
const meanOf = (rs: typeof rows, k: number) => rs.reduce((s, r) => s + r.x[k], 0) / (rs.length || 1);
CONTEXT_FEATURES.forEach((f, k) => { if (k) console.log(`| ${f} | ${meanOf(rows.filter((r) => positive(r, target)), k).toFixed(2)} | ${meanOf(rows.filter((r) => !positive(r, target)), k).toFixed(2)} |`); });

// Fits without a set of books, memoised: the fit without X and Y serves the inner folds of both.
const memo = new Map<string, Record<string, number>>();
const fitWithout = (out: string[]) => {
  const key = [...out].sort().join("\u0000");
  if (!memo.has(key)) memo.set(key, fitContext(rows.filter((r) => !out.includes(r.book)), target, lambda));
  return memo.get(key)!;
};
const poolsOf = (b: string) => pools.filter((p) => p.book === b);
const shownWeights = DEFAULT_WEIGHTS;
const bookTally = (b: string, weights: Record<string, number>, t: number) => {
  let before = emptyTally(), after = emptyTally();
  for (const p of poolsOf(b)) { const r = gatedTally(p, scoresOf(p, weights), t, shownWeights); before = addTally(before, r.before); after = addTally(after, r.after); }
  return { before, after };
};
/** The threshold chosen by leave-one-book-out over `inner` (each book scored by a fit without it and without `outer`). */
const innerThreshold = (inner: string[], outer: string[]) => chooseThreshold(inner.flatMap((c) => { const w = fitWithout([...outer, c]); return poolsOf(c).map((pool: Pool) => ({ pool, ps: scoresOf(pool, w) })); }), shownWeights);

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(0)}%` : "—");
console.log(`\nNested leave-one-book-out (${target}, ${raterSet}, λ=${lambda}); top 40 per chapter as eval:cards counts it (strict raters first, then a2, a); "removed" are cards the gate took out of the top 40, "added" the cards that took their place:\n| book | threshold | AUC (${target}) | shown before → after | rejects removed (not-standalone) | accepts lost | edits lost | unlabelled removed | added a/e/r/unlabelled | accept % before → after |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
let B = emptyTally(), A = emptyTally(), worse = 0, better = 0;
const oof: { p: number; y: boolean }[] = [];
const removed: string[] = [];
for (const b of books) {
  const t = innerThreshold(books.filter((x) => x !== b), [b]);
  const w = fitWithout([b]);
  const { before, after } = bookTally(b, w, t);
  const held = rows.filter((r) => r.book === b);
  const a = auc(held.map((r) => scoreContext(r.x, { weights: w })), held.map((r) => positive(r, target)));
  if (process.argv.includes("--list-removed")) for (const p of poolsOf(b)) for (const r of removedCards(p, scoresOf(p, w), t, shownWeights)) removed.push(`${p.fixture}\t${r.verdict ? `${r.verdict.label}${r.verdict.reason ? ` (${r.verdict.reason})` : ""}` : "unlabelled"}\tp ${r.p.toFixed(2)}\t${r.c.front}\t${r.c.back}`);
  held.forEach((r) => oof.push({ p: scoreContext(r.x, { weights: w }), y: positive(r, target) }));
  B = addTally(B, before); A = addTally(A, after);
  const d = acceptShare(after) - acceptShare(before);
  if (d < -1e-9) worse++; else if (d > 1e-9) better++;
  console.log(`| ${b.slice(0, 48)} | ${t > 1 ? "off" : t} | ${Number.isFinite(a) ? a.toFixed(2) : "—"} | ${before.shown} → ${after.shown} | ${after.removed.reject} (${after.removed.rejectNs}) | ${after.removed.accept} | ${after.removed.edit} | ${after.removed.unlabelled} | ${after.added.accept}/${after.added.edit}/${after.added.reject}/${after.added.unlabelled} | ${pct(acceptShare(before))} → ${pct(acceptShare(after))} |`);
}
const rise = acceptShare(A) - acceptShare(B), loss = A.removed.accept / (B.accept || 1);
console.log(`| pooled | | | ${B.shown} → ${A.shown} | ${A.removed.reject} (${A.removed.rejectNs}) | ${A.removed.accept} | ${A.removed.edit} | ${A.removed.unlabelled} | ${A.added.accept}/${A.added.edit}/${A.added.reject}/${A.added.unlabelled} | ${pct(acceptShare(B))} → ${pct(acceptShare(A))} |`);
console.log(`out-of-book AUC (${target}) over all ${oof.length} labelled cards pooled: ${auc(oof.map((o) => o.p), oof.map((o) => o.y)).toFixed(3)}`);
if (removed.length) console.log(`\nCards the nested gate removed (fixture, verdict, p, front, back):\n${removed.join("\n")}`);
const shares = (t: Tally) => `${t.accept}/${t.edit}/${t.reject} of ${t.labelled} labelled (${t.shown} shown)`;
console.log(`pooled a/e/r before ${shares(B)}, after ${shares(A)}; books better ${better}, worse ${worse}, unchanged ${books.length - better - worse}`);
// The shipped fit: every train book, its threshold by leave-one-book-out over all of them.
const all = fitWithout([]);
const threshold = innerThreshold(books, []);
// The user sample's must-keep facts (tested in quality.test.ts) must survive the gate at that threshold.
const entries = loadBooks().fixtures;
const user = pools.find((p) => entries[p.fixture].userSample);
if (!user) throw new Error("the user sample is not among the train chapters");
const gold = readGold(entries[user.fixture]) ?? [];
const userShown = select(user.ranked.filter((_, i) => scoreContext(user.cx[i], { weights: all }) < threshold), 40, shownWeights);
const keepsUser = USER_FACTS.every((id) => { const f = gold.find((g) => g.id === id); if (!f) throw new Error(`the user sample's gold list has no fact ${id}`); return userShown.some((r) => covers(r.c, f)); });
const adopt = rise >= 0.03 && loss <= 0.05 && worse < better && keepsUser;
console.log(`adoption: accept share ${rise >= 0 ? "+" : ""}${(100 * rise).toFixed(1)} points (needs ≥ +3), accepts lost ${(100 * loss).toFixed(1)} % (needs ≤ 5 %), books worse ${worse} vs better ${better}, user sample keeps ${USER_FACTS.join(", ")}: ${keepsUser ? "yes" : "NO"} → ${adopt ? "ADOPT (gate on)" : "do not adopt (gate shipped off)"}`);
const fitted = weightsOf(all, Math.min(1, threshold), adopt && threshold <= 1, `fitted by scripts/fit-context.ts on ${rows.length} labelled cards (${raterSet}) of ${books.length} train books; target ${target}; L2 λ=${lambda}; threshold by leave-one-book-out; nested leave-one-book-out: accept ${pct(acceptShare(B))} → ${pct(acceptShare(A))}, accepts lost ${(100 * loss).toFixed(1)} %, books better ${better} / worse ${worse} → ${adopt ? "adopted" : "not adopted (off)"}`);
console.log(`\nall books: threshold ${threshold > 1 ? "off" : threshold}; weights ${JSON.stringify(all)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
if (process.argv.includes("--write")) {
  writeFileSync(path.resolve("lib/cards/gates/context-weights.json"), JSON.stringify(fitted, null, 2) + "\n");
  console.log(`wrote lib/cards/gates/context-weights.json (enabled: ${fitted.enabled})`);
}
