// How far each chapter's most mentioned names reach (lib/cards/spans/spread) and what strict raters
// said of blanks on them, per TRAIN chapter (never held-out ones): "name s<share of sentences>
// b<share of BLOCK-sentence stretches> [accept/edit/reject]". Used to choose SPREAD.
//   npx tsx scripts/spread-audit.ts [block size]
import { analyseChapter } from "@/lib/cards/analyse";
import { readLabels, trainFixtures, fixtureChapter, fixtureOptions } from "./lib/cards-eval";
import { isStrict } from "@/lib/cards/rank/training";
const B = Number(process.argv[2] ?? 10);
// Strict labels of blanks on names with 8+ mentions in chapters of 4+ stretches, by the name's reach.
const bands = [0, 0.3, 0.4, 0.5, 0.6, 0.7].map((from) => ({ from, A: 0, E: 0, R: 0 }));
for (const fixture of trainFixtures()) {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  const nS = a.sentences.length, nB = Math.ceil(nS / B);
  const sents = new Map<string, Set<number>>();
  // Mentions by the name's last word, as lib/cards/spans/spread counts them (without its singular folding).
  for (const s of a.sentences) for (const e of s.entities) {
    if (e.kind === "date" || e.kind === "number") continue;
    const w = e.text.toLowerCase().replace(/['’]s\b/g, "").match(/\p{L}{3,}/gu)?.at(-1);
    if (!w) continue;
    if (!sents.has(w)) sents.set(w, new Set());
    sents.get(w)!.add(s.sentence.id);
  }
  const labels = readLabels(fixture).filter((l) => isStrict(l.rater));
  const rows = [...sents].map(([w, set]) => {
    const blocks = new Set([...set].map((i) => Math.floor(i / B))).size;
    const tally = { A: 0, E: 0, R: 0 };
    for (const l of labels) { const last = l.back.toLowerCase().replace(/['’]s\b/g, "").match(/\p{L}{3,}/gu)?.at(-1); if (last === w && /^\p{Lu}/u.test(l.back)) tally[l.label === "accept" ? "A" : l.label === "edit" ? "E" : "R"]++; }
    if (set.size >= 8 && nB >= 4) {
      const band = bands.findLast((x) => blocks / nB >= x.from)!;
      band.A += tally.A; band.E += tally.E; band.R += tally.R;
    }
    return { w, s: set.size / nS, b: blocks / nB, n: set.size, tally };
  }).sort((x, y) => y.n - x.n).slice(0, 7);
  console.log(`## ${fixture.slice(3, 24)} S=${nS} blocks=${nB}: ` + rows.map((r) => `${r.w} s${(r.s * 100).toFixed(0)} b${(r.b * 100).toFixed(0)} [${r.tally.A}/${r.tally.E}/${r.tally.R}]`).join("; "));
}
console.log("\nreach from | accept | edit | reject (strict labels of blanks on those names)");
for (const b of bands) console.log(`${b.from.toFixed(1)} | ${b.A} | ${b.E} | ${b.R}`);
