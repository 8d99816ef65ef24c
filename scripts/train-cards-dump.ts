// npx tsx scripts/train-cards-dump.ts OUT.json [--top N]
// The top N (default 40) cards of every TRAINING fixture (never a held-out one), as JSON
// { fixture: [{kind, front, back, sentence}] }, for before/after diffs of a generator change: run it on
// the base and on the branch, then compare the two files per fixture.
import { writeFileSync } from "node:fs";
import { inRepoCards, trainFixtures } from "./lib/cards-eval";

const out = process.argv[2];
if (!out) throw new Error("usage: train-cards-dump.ts OUT.json [--top N]");
const i = process.argv.indexOf("--top");
const top = i > 0 ? Number(process.argv[i + 1]) : 40;
const dump: Record<string, unknown> = {};
for (const fixture of trainFixtures()) dump[fixture] = inRepoCards(fixture, top).cards.map(({ kind, front, back, sentence }) => ({ kind, front, back, sentence }));
writeFileSync(out, JSON.stringify(dump, null, 1));
