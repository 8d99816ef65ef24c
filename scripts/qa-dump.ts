// npx tsx scripts/qa-dump.ts OUT.json [--candidates]
// Every training chapter's top-40 cards (and, with --candidates, every question candidate that passed
// the gates) as JSON, for before/after diffs of the question builders. Training books only.
import { writeFileSync } from "node:fs";
import { chaptersOf, documentOf, fixtureOptions, inRepoCards, trainFixtures } from "./lib/cards-eval";
import { pipelineCandidateCards } from "@/lib/cards";

const [out] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const candidates = process.argv.includes("--candidates");
const result: Record<string, { top: { kind: string; front: string; back: string; sentence: string }[]; qa?: { front: string; back: string; type?: string; sentence: string }[] }> = {};
for (const f of trainFixtures()) {
  const top = inRepoCards(f, 40).cards.map((c) => ({ kind: c.kind, front: c.front, back: c.back, sentence: c.sentence }));
  result[f] = { top };
  if (candidates) {
    const doc = documentOf(f);
    const chapters = chaptersOf(f);
    result[f].qa = chapters.flatMap((ch) => pipelineCandidateCards(ch, { ...fixtureOptions(f), ...(doc.title ? { title: doc.title } : {}) }).filter((c) => c.kind === "qa").map((c) => ({ front: c.front, back: c.back, type: c.type ?? c.rule, sentence: ch.sentences[c.source.sentence]?.text ?? "" })));
  }
}
writeFileSync(out, JSON.stringify(result, null, 1));
