// PILOT (session 10, not part of the pipeline): cards the standalone-type gates drop on TRAIN books,
// sampled as scripts/context-pilot.ts sampled them (first such candidate of a sentence whose previous
// sentence is in the same paragraph, ordered by a fixed hash per chapter), now with the context line
// lib/cards/context-line chooses AND the naive line (the previous sentence), for a crossover of the
// two. Cards of the session-9 pilot (docs/pilots/context-line/pilot.json) are kept wherever a line is
// chosen; the rest of the pool is the next cards in hash order that get a line, up to PER_CHAPTER a chapter.
// Usage: npx tsx scripts/context-pilot2.ts docs/pilots/context-line-2/pilot.json   (prints counts,
// including the nulls; writes the raters' rate-A.json and rate-B.json next to the pool)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createHash } from "node:crypto";
import { analyseChapter } from "@/lib/cards/analyse";
import { overgenerate, type Candidate } from "@/lib/cards/candidates";
import { GATES } from "@/lib/cards/gates";
import { chooseContextLine, CONTEXT_GATES, type ContextLine } from "@/lib/cards/context-line";
import { fixtureChapter, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const PER_CHAPTER = 6;
type Earlier = { fixture: string; front: string; id: number; set: string };
const earlier: Earlier[] = JSON.parse(readFileSync("docs/pilots/context-line/pilot.json", "utf8"));
const earlierKey = (fixture: string, front: string) => `${fixture}|${front}`;
const earlierIds = new Map(earlier.map((e) => [earlierKey(e.fixture, e.front), e.id]));

type Row = { fixture: string; kind: string; chosen: string; chosenFrom: number | "heading"; naive: string; front: string; back: string; sentence: string; gate: string; earlierId: number | null };
const out: Row[] = [];
const tally = { candidates: 0, withLine: 0, otherShape: 0, earlierFound: 0, earlierWithLine: 0, fromHeading: 0, sameAsNaive: 0 };
const earlierNulls: { id: number; front: string }[] = [];
for (const fixture of trainFixtures()) {
  if (fixture.startsWith("carr")) continue;
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  // Per sentence, the first candidate the standalone-type gates drop (session 9's sample) and the
  // first that gets a line (often the same one; otherwise another shape of the same sentence).
  const first = new Map<number, { c: Candidate; gate: string; samePara: boolean }>();
  const lined = new Map<number, { c: Candidate; gate: string; line: ContextLine }>();
  for (const c of overgenerate(a, fixtureOptions(fixture))) {
    if (c.sentence === 0 || (first.has(c.sentence) && lined.has(c.sentence))) continue;
    const s = a.sentences[c.sentence], prev = a.sentences[c.sentence - 1];
    let killed = "";
    for (const [name, g] of GATES) if (g(c, a)) { killed = name; break; }
    if (!CONTEXT_GATES.has(killed)) continue;
    // (Session 9 sampled only sentences whose previous one is in the same paragraph; a chosen line
    // may come from further back, so the pool takes every sentence.)
    if (!first.has(c.sentence)) first.set(c.sentence, { c, gate: killed, samePara: prev.sentence.paragraph === s.sentence.paragraph });
    if (lined.has(c.sentence)) continue;
    const line = chooseContextLine(a, c);
    if (line) lined.set(c.sentence, { c, gate: killed, line });
  }
  const picked = [...first.values()];
  const h = (x: { c: { front: string } }) => createHash("sha1").update(x.c.front).digest("hex");
  picked.sort((x, y) => (h(x) < h(y) ? -1 : 1));
  let kept = 0;
  for (const { c: c0, samePara } of picked) {
    if (samePara) tally.candidates++;
    const id = earlierIds.get(earlierKey(fixture, c0.front)) ?? null;
    if (id !== null) tally.earlierFound++;
    const own = chooseContextLine(a, c0);
    if (own && samePara) tally.withLine++;
    if (id !== null && !own) earlierNulls.push({ id, front: c0.front });
    const other = lined.get(c0.sentence);
    if (!other) continue;
    const { c, line } = other, gate = other.gate;
    if (c !== c0) tally.otherShape++;
    if (id !== null && c === c0) tally.earlierWithLine++;
    else if (kept >= PER_CHAPTER) continue;
    if (!(id !== null && c === c0)) kept++;
    const s = a.sentences[c.sentence];
    const naive = a.sentences[c.sentence - 1].sentence.text;
    if (line.from === "heading") tally.fromHeading++;
    if (line.line.replace(/\W/g, "") === naive.replace(/\W/g, "")) tally.sameAsNaive++;
    out.push({ fixture, kind: c.kind, chosen: line.line, chosenFrom: line.from, naive, front: c.front, back: c.back, sentence: s.sentence.text, gate, earlierId: c === c0 ? id : null });
  }
}
// Crossover halves: X and Y alternate in a fixed order (rater A sees X chosen and Y naive, rater B the reverse).
const rows = out.map((r, id) => ({ id, ...r, set: id % 2 === 0 ? "X" : "Y" }));
writeFileSync(process.argv[2], JSON.stringify(rows, null, 1));
// The raters' files, blind to which line is which: rater A sees X with the chosen line and Y with
// the naive one, rater B the reverse; ids are the pool's.
const dir = path.dirname(process.argv[2]);
for (const [rater, chosenSet] of [["A", "X"], ["B", "Y"]] as const) {
  const cards = rows.map((r) => ({ id: r.id, fixture: r.fixture, kind: r.kind, context: r.set === chosenSet ? r.chosen : r.naive, front: r.front, back: r.back, sentence: r.sentence }));
  writeFileSync(path.join(dir, `rate-${rater}.json`), JSON.stringify(cards, null, 1));
}
console.log(JSON.stringify({ ...tally, pool: rows.length, chapters: new Set(rows.map((r) => r.fixture)).size, earlierInPool: rows.filter((r) => r.earlierId !== null).length, earlierTotal: earlier.length, earlierNull: earlierNulls.length }, null, 1));
