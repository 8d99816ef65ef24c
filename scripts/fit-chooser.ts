// Refit the within-sentence chooser (lib/cards/chooser/weights.json) on every labelled pair of the
// train books but the check set (scripts/lib/chooser-data.ts labelledPairs). The switch stays as it is
// (lib/cards/chooser: LECTERN_CHOOSER); judge a refit with scripts/chooser-audit.ts first.
//   npx tsx scripts/fit-chooser.ts [--dry-run]
import { writeFileSync } from "node:fs";
import path from "node:path";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { CHECK_SET, labelledPairs } from "./lib/chooser-data";
import { blindSets } from "./lib/blind-sets";
import { loadBooks } from "./lib/cards-eval";
import { fitPairwise } from "./lib/pairwise";

const books = loadBooks();
const check = new Set(blindSets(books).get(CHECK_SET));
const pairs = labelledPairs((f) => !check.has(books.fixtures[f].book));
const w = fitPairwise(pairs);
const weights = Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, Number(w[i].toFixed(4))]).filter(([, v]) => v !== 0));
const out = { source: `scripts/fit-chooser.ts: pairwise logistic (L2 1) on ${pairs.length} differently labelled same-sentence pairs of strict labels, ${new Set(pairs.map((p) => p.book)).size} train books, check set ${CHECK_SET} left out`, weights };
if (process.argv.includes("--dry-run")) console.log(JSON.stringify(out, null, 2));
else writeFileSync(path.join(process.cwd(), "lib/cards/chooser/weights.json"), JSON.stringify(out, null, 2) + "\n");
console.log(out.source);
