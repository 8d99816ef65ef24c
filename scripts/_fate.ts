import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { fixtureChapter, looseKey } from "./lib/cards-eval";
const [fx, pat] = process.argv.slice(2);
const { a, ranked } = rankedCandidates(fixtureChapter(fx));
const top = select(ranked, 40);
const topKeys = new Set(top.map((r) => looseKey(r.c)));
const passed = new Map(ranked.map((r) => [looseKey(r.c), r]));
for (const c of overgenerate(a)) {
  if (!new RegExp(pat, "i").test(a.sentences[c.sentence].text)) continue;
  const k = looseKey(c);
  const r = passed.get(k) as any;
  console.log(`[${topKeys.has(k) ? "TOP" : r ? `ranked ${r.score?.toFixed?.(2) ?? ""}` : gate(c, a)}] ${c.type} ${c.front.slice(0, 150)} → ${c.back.slice(0, 100)}`);
}
const s = top.find((r) => new RegExp(pat, "i").test(a.sentences[r.c.sentence].text));
console.log("top card of sentence:", s?.c.front);
