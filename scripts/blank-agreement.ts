// How often the pipeline blanks the span a strict rater's note asked for ("blank 'X' instead"), on
// the TRAIN books' pairs (scripts/lib/span-pairs.ts: strict raters, edited or rejected clozes whose
// note names a span of the card's sentence). For each pair, the card the pipeline makes of that
// sentence now (every card, and those in the chapter's top 40), is it a cloze whose blank is the
// preferred span (same words, article aside), overlaps it, misses it, or is there no cloze at all.
// No weights are fitted here (the checks are hand rules), so no fold is needed.
//   npx tsx scripts/blank-agreement.ts [--off] [--reason wrong-or-trivial-blank] [--list]
//   --off: with the misplaced-blank checks and their repairs off (the pipeline before them)
import { generateCards } from "@/lib/cards";
import { MISPLACED_BLANK } from "@/lib/cards/spans/misplaced-blank";
import { fixtureChapter, fixtureOptions } from "./lib/cards-eval";
import { sameBlank, spanPairs, type SpanPair } from "./lib/span-pairs";
import type { Offsets } from "@/lib/cards/spans/notes";

const args = process.argv.slice(2);
if (args.includes("--off")) MISPLACED_BLANK.on = false;
const reason = args.includes("--reason") ? args[args.indexOf("--reason") + 1] : null;
const { pairs: all } = spanPairs();
const pairs = reason ? all.filter((p) => p.reason === reason) : all;

type Verdict = "exact" | "overlap" | "miss" | "no cloze";
const overlaps = (x: Offsets, y: Offsets) => x.start < y.end && y.start < x.end;
function verdict(p: SpanPair, blank: Offsets | null): Verdict {
  if (!blank) return "no cloze";
  if (p.preferred.some((w) => sameBlank(p.s, blank, w))) return "exact";
  return p.preferred.some((w) => overlaps(blank, w)) ? "overlap" : "miss";
}

// Each fixture's cards once: every card and the top 40, by sentence, cloze blanks as offsets in the sentence.
const byFixture = new Map<string, { all: Map<number, Offsets>; top: Map<number, Offsets> }>();
function blanksOf(fixture: string) {
  let hit = byFixture.get(fixture);
  if (hit) return hit;
  const chapter = fixtureChapter(fixture);
  const cards = generateCards(chapter, { max: 100000, ...fixtureOptions(fixture) });
  const all = new Map<number, Offsets>(), top = new Map<number, Offsets>();
  cards.forEach((c, rank) => {
    if (c.kind !== "cloze") return;
    const text = chapter.sentences[c.source.sentence]?.text ?? "";
    const at = text.indexOf(c.back);
    if (at < 0 || all.has(c.source.sentence)) return;
    const o = { start: at, end: at + c.back.length };
    all.set(c.source.sentence, o);
    if (rank < 40) top.set(c.source.sentence, o);
  });
  byFixture.set(fixture, (hit = { all, top }));
  return hit;
}

const tally = { chooser: new Map<Verdict, number>(), all: new Map<Verdict, number>(), top: new Map<Verdict, number>() };
const bump = (m: Map<Verdict, number>, v: Verdict) => m.set(v, (m.get(v) ?? 0) + 1);
let inTop = 0;
for (const p of pairs) {
  const b = blanksOf(p.fixture);
  const id = p.s.sentence.id;
  const v = verdict(p, b.all.get(id) ?? null);
  bump(tally.all, v);
  if (b.top.has(id)) {
    inTop++;
    bump(tally.top, verdict(p, b.top.get(id)!));
  }
  if (args.includes("--list")) console.log(`${v.padEnd(8)} ${p.book} [${p.s.text.slice(p.rejected.start, p.rejected.end)} → ${p.preferred.map((w) => p.s.text.slice(w.start, w.end)).join(" | ")}] now: ${b.all.has(id) ? p.s.text.slice(b.all.get(id)!.start, b.all.get(id)!.end) : "-"}`);
}
const show = (m: Map<Verdict, number>, n: number) => (["exact", "overlap", "miss", "no cloze"] as Verdict[]).map((v) => `${v} ${m.get(v) ?? 0} (${n ? Math.round(((m.get(v) ?? 0) / n) * 100) : 0} %)`).join(", ");
console.log(`${pairs.length} pairs${reason ? ` (reason ${reason})` : ""} on ${new Set(pairs.map((p) => p.book)).size} books${MISPLACED_BLANK.on ? "" : " — misplaced-blank checks OFF"}`);
console.log(`  the sentence's cloze among all cards: ${show(tally.all, pairs.length)}`);
const sentences = new Map<string, Verdict>();
for (const p of pairs) {
  const b = blanksOf(p.fixture), k = `${p.fixture}#${p.s.sentence.id}`, v = verdict(p, b.all.get(p.s.sentence.id) ?? null);
  // A sentence counts once, under its best verdict over its pairs (several raters often named the same fix).
  const order: Verdict[] = ["exact", "overlap", "miss", "no cloze"];
  if (!sentences.has(k) || order.indexOf(v) < order.indexOf(sentences.get(k)!)) sentences.set(k, v);
}
const distinct = new Map<Verdict, number>();
for (const v of sentences.values()) bump(distinct, v);
console.log(`  distinct sentences (${sentences.size}), best verdict each: ${show(distinct, sentences.size)}`);
console.log(`  the sentence's cloze in the top 40 (${inTop} pairs): ${show(tally.top, inTop)}`);
