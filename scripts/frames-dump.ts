// Every training chapter's top 40 (the eval's generator), one JSON line per card, for comparing the
// author-frame rules on and off (docs/card-generator.md, "Session 11: claims the author frames"):
//   npx tsx scripts/frames-dump.ts > after.jsonl   (then the same with FRAMES_MORE_ON = false)
//   MAX=1000 npx tsx scripts/frames-dump.ts       every selected card, not only the top 40
import { inRepoCards, loadBooks, trainFixtures } from "./lib/cards-eval";

for (const fixture of trainFixtures(loadBooks())) {
  for (const c of inRepoCards(fixture, Number(process.env.MAX ?? 40)).cards) console.log(JSON.stringify({ fixture, front: c.front, back: c.back }));
}
