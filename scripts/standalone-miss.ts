// For each missed gold fact whose covering candidate dies at the standalone gate: the gate's reason and the candidate.
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { rankedCandidates, toCard } from "@/lib/cards/pipeline";
import { select } from "@/lib/cards/select";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { covers } from "../tests/unit/cards/gold";
import { fixtureChapter, loadBooks, readGold, fixtureOptions } from "./lib/cards-eval";
const books = loadBooks();
const sides = (c: Candidate) => ({ front: c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"), back: c.back });
const reasons = new Map<string, number>();
for (const [fixture, info] of Object.entries(books.fixtures)) {
  if (books.books[info.book].split !== "train" || !info.gold) continue;
  const gold = readGold(info)!;
  const { a, ranked } = rankedCandidates(fixtureChapter(fixture), undefined, fixtureOptions(fixture));
  const cards = select(ranked, 40).map((r) => toCard(r, a, DEFAULT_WEIGHTS));
  const all = overgenerate(a, fixtureOptions(fixture));
  for (const g of gold.filter((f) => !cards.some((c) => covers(c, f)))) {
    const cov = all.filter((c) => covers(sides(c), g));
    if (!cov.length) continue;
    // the covering candidate that gets furthest
    let best: { c: Candidate; gi: number; why: string } | null = null;
    for (const c of cov) {
      const gi = GATES.findIndex(([, gate]) => gate(c, a) !== null);
      const why = gi >= 0 ? (GATES[gi][1](c, a) ?? "") : "";
      const rank = gi < 0 ? 999 : gi;
      if (!best || rank > (best.gi < 0 ? 999 : best.gi)) best = { c, gi, why };
    }
    if (!best || best.gi < 0 || (GATES[best.gi][0] !== "standalone" && !process.env.ANY_GATE)) continue;
    const key = best.why.replace(/["“].*$/, "").replace(/:.*/, "").slice(0, 60);
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
    const deps = (a.sentences[best.c.sentence].context?.unresolved ?? []).map((d) => `${d.op}:${d.kind}:${d.text}`).join(",");
    console.log(`${info.book} | ${best.why.slice(0, 90)} [${deps}] | ${best.c.front.slice(0, 160)} → ${best.c.back.slice(0, 40)}`);
  }
}
console.log([...reasons].sort((x, y) => y[1] - x[1]));
