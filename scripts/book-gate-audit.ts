// Usage: npx tsx scripts/book-gate-audit.ts <train fixture>
// Per-book gate counting (after gate-audit.ts): for one TRAIN fixture, every candidate's first gate,
// and for each sentence with candidates, the gate that kills its last candidates.
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { fixtureChapter, fixtureOptions, trainFixtures } from "@/scripts/lib/cards-eval";
const fixture = process.argv[2];
if (!trainFixtures().includes(fixture)) throw new Error("train fixtures only");
const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
const byGate: Record<string, number> = {};
const sentence = new Map<number, string[]>();
const reasons: Record<string, Record<string, number>> = {};
for (const c of overgenerate(a, fixtureOptions(fixture))) {
  let killed = "pass", why = "";
  for (const [name, g] of GATES) { const r = g(c, a); if (r) { killed = name; why = String(r); break; } }
  byGate[killed] = (byGate[killed] ?? 0) + 1;
  const w = (reasons[killed] ??= {}); const k = why.replace(/["“].*$/, "").slice(0, 70); w[k] = (w[k] ?? 0) + 1;
  (sentence.get(c.sentence) ?? sentence.set(c.sentence, []).get(c.sentence)!).push(killed);
}
const sentGate: Record<string, number> = {};
for (const ks of sentence.values()) { const k = ks.includes("pass") ? "pass" : [...new Set(ks)].sort().join("+"); sentGate[k] = (sentGate[k] ?? 0) + 1; }
console.log("sentences", a.sentences.length, "with candidates", sentence.size);
console.log("candidates by first gate", byGate);
console.log("sentences by gates that kill all their candidates", Object.entries(sentGate).sort((x, y) => y[1] - x[1]).slice(0, 15));
for (const [g, w] of Object.entries(reasons)) console.log(g, Object.entries(w).sort((x, y) => y[1] - x[1]).slice(0, 6));
