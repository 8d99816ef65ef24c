import { analyseChapter } from "@/lib/cards/analyse";
import { paragraphsOf, expository, rankTheses, stripClaim, TRIES } from "@/lib/cards/claims";
import { claimTexts, applyCuts, pointsBack } from "@/lib/cards/claims/strip";
import { sideCuts } from "@/lib/cards/claims/shorten";
import { chaptersOf, trainFixtures } from "./lib/cards-eval";
const words = (t: string) => t.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const f: Record<string, number> = {}; const inc = (k: string) => (f[k] = (f[k] ?? 0) + 1);
for (const fixture of trainFixtures()) for (const ch of chaptersOf(fixture)) {
  const a = analyseChapter(ch);
  for (const p of paragraphsOf(a)) { if (!expository(p)) continue;
    for (const s of rankTheses(p, a).slice(0, TRIES)) {
      const plain = stripClaim(s, false);
      if (!("why" in plain) || !/^length/.test(plain.why) || Number(plain.why.split(" ")[1]) <= 35) continue;
      inc("long");
      const c = claimTexts(s)[0]; const n = words(c.text);
      inc(n <= 45 ? "36-45" : n <= 60 ? "46-60" : "61+");
      const cuts = sideCuts(s);
      if (!cuts.length) continue; inc("has cut (whole sentence)");
      const short = applyCuts(s.text, [...c.cuts, ...cuts].sort((x, y) => x.start - y.start));
      if (words(short) <= 35) { inc("all cuts fit"); if (pointsBack(s, short)) inc("... but points back: " + pointsBack(s, short)); }
    }
  }
}
console.log(f);
