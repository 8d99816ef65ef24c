// npx tsx scripts/longclaims-funnel.ts: on the TRAINING books only, where the long theses of the
// claim pass go (lib/cards/claims/shorten): of the theses the strip step refuses only for length (over
// MAX_WORDS even clause by clause), how long they are, how many have a side cut at all (relative,
// participial, example, interruption), how many fit on a card with every side cut made, and why those
// that fit still do not stand alone.
import { analyseChapter } from "@/lib/cards/analyse";
import { paragraphsOf, expository, rankTheses, stripClaim, TRIES } from "@/lib/cards/claims";
import { claimTexts, applyCuts, pointsBack, MAX_WORDS } from "@/lib/cards/claims/strip";
import { shortenClaim } from "@/lib/cards/claims/shorten";
import { chaptersOf, trainFixtures, fixtureOptions } from "./lib/cards-eval";
const words = (t: string) => t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const f: Record<string, number> = {}; const inc = (k: string) => (f[k] = (f[k] ?? 0) + 1);
for (const fixture of trainFixtures()) for (const ch of chaptersOf(fixture)) {
  const a = analyseChapter(ch, fixtureOptions(fixture));
  for (const p of paragraphsOf(a)) { if (!expository(p)) continue;
    for (const s of rankTheses(p, a).slice(0, TRIES)) {
      const plain = stripClaim(s, false);
      if (!("why" in plain) || !/^length/.test(plain.why) || Number(plain.why.split(" ")[1]) <= 35) continue;
      inc("long");
      const c = claimTexts(s).find((x) => words(x.text) > MAX_WORDS)!; const n = words(c.text);
      inc(n <= 45 ? "36-45 words" : n <= 60 ? "46-60 words" : "61+ words");
      const all = shortenClaim(s, c.cuts, -Infinity, applyCuts);
      if (!all) continue; inc("has a side cut");
      if (words(all.text) <= MAX_WORDS) { inc("fits with every side cut"); const back = pointsBack(s, all.text); if (back) inc("... but points back: " + back); }
    }
  }
}
console.log(f);
