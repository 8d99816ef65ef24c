// npx tsx scripts/claims-top40.ts > out.jsonl: every TRAINING chapter's top-40 cards, one JSON line
// each (fixture, kind, front, back, rule), so two checkouts' outputs can be compared card by card
// (which cards a change added or removed).
import { inRepoCards, trainFixtures } from "./lib/cards-eval";

for (const fixture of trainFixtures()) {
  for (const c of inRepoCards(fixture, 40).cards) console.log(JSON.stringify({ fixture, kind: c.kind, front: c.front, back: c.back, rule: (c as { rule?: string }).rule }));
}
