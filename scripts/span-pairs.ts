// The strict raters' "blank X instead" notes as pairs (scripts/lib/span-pairs.ts): how many per
// book, how often the preferred span is among the span chooser's candidates at all (and the shape
// of the ones it is not), and how often the chooser's first span IS the preferred one.
//   npx tsx scripts/span-pairs.ts               counts, coverage, missing shapes, agreement (shipped weights)
//   npx tsx scripts/span-pairs.ts --list        also every pair, marked + (candidate) or - (missing)
//   npx tsx scripts/span-pairs.ts --write       also write the data set tests/fixtures/spans/preferred-blanks.jsonl
//     (one line per pair: book, fixture, rater, label, reason, note, sentence, the shown blank, the
//     preferred blank(s), whether the preferred one is among the chooser's candidates)
//   npx tsx scripts/span-pairs.ts --lobo 0,3,10 leave-one-book-out agreement of the span model fitted
//     on the labelled spans (scripts/lib/span-rows.ts) plus the pairs of the other books at each pair weight
//     (0: the labelled spans alone, as npm run fit:spans fits them)
import { mkdirSync, writeFileSync } from "node:fs";
import { enumerateSpans } from "@/lib/cards/spans/enumerate";
import { rankSpans } from "@/lib/cards/spans/model";
import { fitWithPairs, pairRows, sameBlank, spanPairs, type SpanPair } from "./lib/span-pairs";
import { spanRows } from "./lib/span-rows";
import type { Offsets } from "@/lib/cards/spans/notes";


/** A rough name for the shape of a preferred span the candidates miss. */
function shape(p: SpanPair, want: Offsets): string {
  const { s } = p;
  const text = s.text.slice(want.start, want.end), before = s.text.slice(0, want.start), after = s.text.slice(want.end);
  if (/\b(?:and|or)\b/.test(text)) return "coordinated pair";
  if (/\b(?:as|is|are|was|were|be|been|called|termed|classed)\s+(?:the |a |an )?$/i.test(before)) return "predicate complement";
  if (/^\s*[.;:!?]?\s*$/.test(after) || /^[^,;:]{0,3}$/.test(after)) return "end of sentence";
  const tokens = s.tokens.filter((t) => t.start >= want.start && t.end <= want.end);
  if (tokens.some((t) => /^(?:VERB|AUX)$/.test(t.pos))) return "clause with a verb";
  if (tokens.length === 1) return "one word";
  return "other phrase";
}

const args = process.argv.slice(2);
const { pairs, analyses } = spanPairs();
type Tally = { pairs: number; covered: number; agree: number; agreeRejected: number };
const byBook = new Map<string, Tally>();
const shapes = new Map<string, { n: number; books: Set<string> }>();
for (const p of pairs) {
  const a = analyses.get(p.fixture)!;
  const cands = enumerateSpans(p.s, a);
  const covered = p.preferred.some((w) => cands.some((c) => sameBlank(p.s, c, w)));
  const top = rankSpans(p.s, a)[0];
  const agree = !!top && p.preferred.some((w) => sameBlank(p.s, top, w));
  const t = byBook.get(p.book) ?? { pairs: 0, covered: 0, agree: 0, agreeRejected: 0 };
  t.pairs++; if (covered) t.covered++; if (agree) t.agree++; if (top && sameBlank(p.s, top, p.rejected)) t.agreeRejected++;
  byBook.set(p.book, t);
  if (!covered) {
    const k = shape(p, p.preferred[0]);
    const sh = shapes.get(k) ?? { n: 0, books: new Set() };
    sh.n++; sh.books.add(p.book); shapes.set(k, sh);
  }
  if (args.includes("--list")) console.log(`${covered ? "+" : "-"} ${p.book} [${p.label}] ${p.s.text.slice(p.rejected.start, p.rejected.end)} → ${p.preferred.map((w) => p.s.text.slice(w.start, w.end)).join(" | ")}${covered ? "" : `  (${shape(p, p.preferred[0])})`}\n    ${p.s.text.slice(0, 200)}`);
}
if (args.includes("--write")) {
  const rows = pairs.map((p) => {
    const cands = enumerateSpans(p.s, analyses.get(p.fixture)!);
    return JSON.stringify({
      book: p.book, fixture: p.fixture, rater: p.rater, label: p.label, reason: p.reason ?? null, note: p.note,
      sentence: p.s.text, shown: p.s.text.slice(p.rejected.start, p.rejected.end),
      preferred: p.preferred.map((w) => p.s.text.slice(w.start, w.end)),
      candidate: p.preferred.some((w) => cands.some((c) => sameBlank(p.s, c, w))),
    });
  });
  mkdirSync("tests/fixtures/spans", { recursive: true });
  writeFileSync("tests/fixtures/spans/preferred-blanks.jsonl", rows.join("\n") + "\n");
  console.log(`wrote ${rows.length} pairs to tests/fixtures/spans/preferred-blanks.jsonl`);
}
const pct = (x: number, n: number) => `${n ? Math.round((x / n) * 100) : 0}%`;
let P = 0, C = 0, A = 0, R = 0;
console.log("book                      pairs  preferred among candidates  chooser's first = preferred  = rejected");
for (const [book, t] of [...byBook].sort()) {
  P += t.pairs; C += t.covered; A += t.agree; R += t.agreeRejected;
  console.log(`${book.padEnd(26)}${String(t.pairs).padStart(5)}  ${`${t.covered} (${pct(t.covered, t.pairs)})`.padStart(26)}  ${`${t.agree} (${pct(t.agree, t.pairs)})`.padStart(27)}  ${String(t.agreeRejected).padStart(10)}`);
}
console.log(`${"all".padEnd(26)}${String(P).padStart(5)}  ${`${C} (${pct(C, P)})`.padStart(26)}  ${`${A} (${pct(A, P)})`.padStart(27)}  ${String(R).padStart(10)}   (${byBook.size} books)`);
console.log("\nshapes of preferred spans missing from the candidates:");
for (const [k, v] of [...shapes].sort((x, y) => y[1].n - x[1].n)) console.log(`  ${k.padEnd(22)} ${v.n} (${v.books.size} books)`);

if (args.includes("--lobo")) {
  const weights = args[args.indexOf("--lobo") + 1].split(",").map(Number);
  const data = spanRows();
  const pr = pairRows(pairs, analyses, 1);
  const books = [...byBook.keys()].sort();
  console.log(`\nleave-one-book-out: the chooser's first span = the preferred one (pairs of the held-out book; ${data.rows.length} labelled spans, ${pairs.length} pairs)`);
  console.log(`${"book".padEnd(26)}${weights.map((w) => `pairs×${w}`.padStart(10)).join("")}`);
  const total = weights.map(() => 0);
  for (const book of books) {
    const mine = pairs.filter((p) => p.book === book);
    const hits = weights.map((weight, i) => {
      const w = fitWithPairs(book, data.rows, pr, weight);
      const n = mine.filter((p) => { const top = rankSpans(p.s, analyses.get(p.fixture)!, w)[0]; return !!top && p.preferred.some((x) => sameBlank(p.s, top, x)); }).length;
      total[i] += n;
      return n;
    });
    console.log(`${book.padEnd(26)}${hits.map((h) => `${h}/${mine.length}`.padStart(10)).join("")}`);
  }
  console.log(`${"all".padEnd(26)}${total.map((h) => `${h}/${pairs.length} ${pct(h, pairs.length)}`.padStart(10)).join("")}`);
}
