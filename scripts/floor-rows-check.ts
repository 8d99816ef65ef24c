// The floor's training rows against the cards eval:cards scores, per TRAIN fixture (session 20,
// floordata20): the rows as they were built before (the fixture's FIRST chapter only, top 40, the
// current floors), the rows now (scripts/lib/floor-data.ts: every chapter, through the pipeline's own
// call) and the evaluation's cards (scripts/lib/cards-eval.ts inRepoCards), compared card for card
// (kind, front, back, context). With --verdicts, also how the fit's verdicts (same-card and same-fact matches,
// strict-first chain with rater-b last) differ from eval:cards' label lookup on the kept cards; the
// check set named in docs/card-generator.md "Session 20: … (floordata20)" is left out of that audit.
// Held-out books are never read.
//   npx tsx scripts/floor-rows-check.ts [--verdicts] [fixture …]
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { select } from "@/lib/cards/select";
import { applyFloor, floorVector, rejectProbability, PLAIN_FLOOR_AT, DEEP_FLOOR_AT } from "@/lib/cards/floor";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { LabelIndex } from "@/lib/cards/eval";
import { loadFloorChapters } from "./lib/floor-data";
import { pairByKey, sidesKey } from "./lib/rows-audit";
import { STRICT_FIRST_CHAIN } from "./lib/rater-order";
import { documentOf, fixtureChapter, fixtureOptions, inRepoCards, loadBooks, readLabels } from "./lib/cards-eval";

const CHECK = ["tyndall-faraday", "mcadie-wind-weather", "norton-geology", "lebon-crowd", "kant-groundwork"];
const books = loadBooks();
const verdicts = process.argv.includes("--verdicts");
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
// The card's sides and its context (scripts/lib/rows-audit.ts): a change only the context makes shows.
const key = sidesKey;

/** The rows as scripts/lib/floor-data.ts built them until floordata20: the first chapter, no title. */
function oldKept(fx: string): string[] {
  const { a, ranked } = rankedCandidates(fixtureChapter(fx), undefined, fixtureOptions(fx));
  const shown = select(ranked, 40, DEFAULT_WEIGHTS);
  const p = shown.map((r) => rejectProbability(floorVector(r.c, r.x, r.p, a)));
  const idx = shown.map((_, i) => i);
  return applyFloor(applyFloor(idx, (i) => p[i], PLAIN_FLOOR_AT, "all"), (i) => p[i], DEEP_FLOOR_AT, "all").map((i) => key(shown[i].c));
}

const tot = { old: 0, now: 0, ev: 0, same: 0 };
const v = { both: 0, agree: 0, differ: 0, onlyFit: 0, onlyEval: 0, neither: 0, notShown: 0 };
console.log("| fixture | chapters | old rows kept | rows kept now | eval cards | now = eval |\n| --- | --- | --- | --- | --- | --- |");
for (const c of loadFloorChapters((fx) => !only.length || only.includes(fx))) {
  const ev = inRepoCards(c.fixture, 40).cards, old = oldKept(c.fixture), now = c.kept.map((r) => key(r.card));
  const same = now.length === ev.length && now.every((k, i) => k === key(ev[i]));
  tot.old += old.length; tot.now += now.length; tot.ev += ev.length; if (same) tot.same++;
  console.log(`| ${c.fixture} | ${documentOf(c.fixture).chapters.length} | ${old.length} | ${now.length} | ${ev.length} | ${same ? "yes" : "NO"} |`);
  if (verdicts && !CHECK.includes(c.book)) {
    const index = new LabelIndex(readLabels(c.fixture), STRICT_FIRST_CHAIN);
    // Each kept row against the evaluation's card with the same sides and context, never by position:
    // when the lists differ, a row the evaluation does not show is counted apart.
    for (const [r, card] of pairByKey(c.kept, (x) => x.card, ev)) {
      if (!card) { v.notShown++; continue; }
      const e = index.find(card)?.label.label ?? null;
      if (r.verdict && e) { v.both++; if (r.verdict === e) v.agree++; else v.differ++; }
      else if (r.verdict) v.onlyFit++; else if (e) v.onlyEval++; else v.neither++;
    }
  }
}
console.log(`\ntotal: old rows kept ${tot.old}, rows kept now ${tot.now}, eval cards ${tot.ev}; fixtures identical card for card ${tot.same}`);
if (verdicts) console.log(`verdicts on the kept cards (check set left out): both labelled ${v.both} (same ${v.agree}, different ${v.differ}); fit only ${v.onlyFit}; eval only ${v.onlyEval}; neither ${v.neither}; rows the evaluation does not show ${v.notShown}`);
