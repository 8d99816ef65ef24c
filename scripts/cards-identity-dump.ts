// npx tsx scripts/cards-identity-dump.ts OUT.json [--sample FILE …]
// Every card of every TRAINING fixture (never a held-out one) and of any sample file given, with all the
// fields a speed change must leave alone: order, kind, front, back, context, score, page, sentence, rule,
// type, flags. Each chapter is generated on its own, as the evaluation and an import do (the same
// generateCards and options `npm run cards` uses, top 40). Run before and after a change, then diff the
// two files: a performance change must produce no difference at all.
import { readFileSync, writeFileSync } from "node:fs";
import { generateCards } from "@/lib/cards";
import { cleanImported, importFile } from "@/lib/import";
import { generationInputs, trainFixtures } from "./lib/cards-eval";

const args = process.argv.slice(2);
const out = args[0];
if (!out) throw new Error("usage: cards-identity-dump.ts OUT.json [--sample FILE …]");
const samples = args.flatMap((a, i) => (args[i - 1] === "--sample" ? [a] : []));

type Card = ReturnType<typeof generateCards>[number];
const row = (c: Card, order: number) => ({
  order, kind: c.kind, front: c.front, back: c.back, context: c.context ?? null, score: c.score,
  page: c.source.page ?? null, chapter: c.source.chapter, sentence: c.source.sentence, rule: c.rule, type: c.type ?? null, flags: c.flags,
});

const dump: Record<string, unknown> = {};
const t0 = performance.now();
for (const fixture of trainFixtures()) {
  const { chapters, options: opts } = generationInputs(fixture, 40);
  dump[fixture] = chapters.map((ch) => generateCards(ch, opts).map(row));
}
for (const file of samples) {
  // As the `cards` CLI reads a file: imported, cleaned, the metadata's author and the document's title.
  const imported = await importFile(readFileSync(file), { filename: file });
  const doc = cleanImported(imported, file);
  const opts = { max: 40, author: imported.metadata.author ?? undefined, title: doc.title ?? undefined };
  dump[`sample:${file}`] = doc.chapters.map((ch) => generateCards(ch, opts).map(row));
}
writeFileSync(out, JSON.stringify(dump, null, 1) + "\n");
process.stderr.write(`${Object.keys(dump).length} inputs in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
