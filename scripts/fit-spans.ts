// Fits the cloze span model (lib/cards/spans) on TRAIN books' labels only and reports it leave-one-
// book-out. Rows: every labelled cloze of a train fixture, every rater's (scripts/lib/cards-eval.ts
// allLabelsOf: tests/fixtures/labels/<fixture>.jsonl and every second-rater/ file's labels of that
// fixture; held-out books are skipped before anything is read from them):
//   accept → 1; edit → 0.5 (0 when the edit note names another blank); reject for a wrong or trivial
//   blank → 0; rejects for other reasons (not standalone, garbled) say nothing about the span: left out.
//   A note that names the right blank ("blank 'X'", "blank X not Y") adds X, found in the sentence, as a 1.
// Figure: for each sentence with a good labelled span, how often the model's best span (among the
// enumerated ones and the labelled ones) is a good one ("top-1 hit"), against the share of good
// spans among the sentence's choices (chance) and pooled AUC.
//   npm run fit:spans                      figures only
//   npm run fit:spans -- --write           also write lib/cards/spans/weights.json
//   npm run fit:spans -- --lambda 5        L2 strength (default 5)
//   npm run fit:spans -- --strict          top-1 only on sentences the strict raters labelled
//   npm run fit:spans -- --without f,g     ablation: the named features held at 0
//   npm run fit:spans -- --llm-rows W      also fit on a strong model's blanks (scripts/lib/llm-blanks.ts:
//     the cloze blanks and verbatim short answers of its replies under tests/fixtures/llm-ceiling, train
//     books but the user's sample): each blank a 1 at weight W, its sentence's other offered spans 0s
//     sharing W; left out with their book in every fold. The figures stay on the labelled rows only.
//   npm run fit:spans -- --write --exclude BOOK   fit without one train book (to evaluate the
//     card pipeline on it leave-one-book-out; restore the shipped weights afterwards with git checkout)
import { writeFileSync } from "node:fs";
import { enumerateSpans } from "@/lib/cards/spans/enumerate";
import { SPAN_FEATURES, spanFeatures } from "@/lib/cards/spans/features";
import { spanScore, type SpanWeights } from "@/lib/cards/spans/model";
import { auc } from "@/lib/cards/rank/fit";
import { spanRows, toSpanWeights, type SpanRow } from "./lib/span-rows";
import { fitLogistic } from "@/lib/cards/rank/fit";
import { llmBlanks, llmSpanRows } from "./lib/llm-blanks";

type Row = SpanRow;
const args = process.argv.slice(2);
const lambda = Number(args[args.indexOf("--lambda") + 1] || 5) || 5;
const { rows, analyses, unmatched, mined, qa } = spanRows();

const strictOnly = args.includes("--strict");
// Ablation: fit and score as if the named features were absent (always 0).
const without = args.includes("--without") ? args[args.indexOf("--without") + 1].split(",") : [];
for (const f of without) if (!(SPAN_FEATURES as readonly string[]).includes(f)) throw new Error(`--without takes span features: ${f}?`);
const dropped = without.map((f) => (SPAN_FEATURES as readonly string[]).indexOf(f));
for (const r of rows) for (const i of dropped) r.x[i] = 0;

const toWeights = toSpanWeights;
const llmWeight = args.includes("--llm-rows") ? Number(args[args.indexOf("--llm-rows") + 1]) : 0;
if (!(llmWeight >= 0)) throw new Error("--llm-rows takes a weight >= 0");
const llm = llmWeight > 0 ? llmSpanRows(llmBlanks(undefined, analyses).blanks, analyses, llmWeight) : [];
for (const r of llm) for (const i of dropped) r.x[i] = 0;
if (llm.length) console.log(`${llm.length} strong-model rows (${llm.filter((r) => r.y === 1).length} blanks) at weight ${llmWeight}`);
/** The rows `rs` and the strong model's rows of every book but `leftOut`. */
const fit = (rs: Row[], leftOut: string | null = null) => {
  const more = llm.filter((r) => r.book !== leftOut);
  return fitLogistic([...rs.map((r) => r.x), ...more.map((r) => r.x)], [...rs.map((r) => r.y), ...more.map((r) => r.y)], { lambda, sampleWeights: [...rs.map(() => 1), ...more.map((r) => r.weight)] });
};

/** Per sentence with a good span: is the best-scored choice (enumerated spans and labelled spans) good? */
function topOne(book: string, w: SpanWeights): { hit: number; sentences: number; chance: number } {
  const bySentence = new Map<string, Row[]>();
  for (const r of rows.filter((r) => r.book === book && (!strictOnly || r.strict))) bySentence.set(r.key, [...(bySentence.get(r.key) ?? []), r]);
  let hit = 0, sentences = 0, chance = 0;
  for (const [key, rs] of bySentence) {
    if (!rs.some((r) => r.y === 1)) continue;
    const [fixture, id] = key.split("#");
    const a = analyses.get(fixture)!;
    const s = a.sentences[Number(id)];
    const choices = new Map<string, { p: number; good: boolean }>();
    for (const c of enumerateSpans(s, a)) choices.set(`${c.start}:${c.end}`, { p: spanScore(spanFeatures(s, a, c.start, c.end, c.kind), w), good: false });
    for (const r of rs) {
      // A span is good when a rater accepted it (or a note named it) and no rater found it wrong.
      const good = rs.some((o) => o.start === r.start && o.end === r.end && o.y === 1) && !rs.some((o) => o.start === r.start && o.end === r.end && o.y === 0);
      choices.set(`${r.start}:${r.end}`, { p: spanScore(r.x, w), good });
    }
    const list = [...choices.values()];
    const best = list.reduce((x, y) => (y.p > x.p ? y : x));
    const goods = list.filter((c) => c.good).length;
    if (!goods) continue;
    sentences++;
    if (best.good) hit++;
    chance += goods / list.length;
  }
  return { hit, sentences, chance };
}

const bookNames = [...new Set(rows.map((r) => r.book))];
console.log(`${rows.length} rows (${rows.filter((r) => r.y === 1).length} good, ${rows.filter((r) => r.y === 0).length} bad; ${mined} from edit notes; ${qa} question answers; ${unmatched} labels not located), lambda ${lambda}`);
let H = 0, S = 0, C = 0;
const scores: number[] = [], positive: boolean[] = [];
for (const book of bookNames) {
  const w = toWeights(fit(rows.filter((r) => r.book !== book), book), "loo");
  const t = topOne(book, w);
  H += t.hit; S += t.sentences; C += t.chance;
  for (const r of rows.filter((r) => r.book === book && r.y !== 0.5)) { scores.push(spanScore(r.x, w)); positive.push(r.y === 1); }
  const held = rows.filter((r) => r.book === book && r.y !== 0.5);
  console.log(`${book.padEnd(24)} top-1 ${t.hit}/${t.sentences} = ${(t.hit / (t.sentences || 1) * 100).toFixed(0)}% (chance ${(t.chance / (t.sentences || 1) * 100).toFixed(0)}%)  AUC ${auc(held.map((r) => spanScore(r.x, w)), held.map((r) => r.y === 1)).toFixed(2)}`);
}
console.log(`${"pooled (leave-one-book-out)".padEnd(24)} top-1 ${H}/${S} = ${(H / (S || 1) * 100).toFixed(0)}% (chance ${(C / (S || 1) * 100).toFixed(0)}%)  AUC ${auc(scores, positive).toFixed(2)}`);
const exclude = args.includes("--exclude") ? args[args.indexOf("--exclude") + 1] : null;
if (exclude && !bookNames.includes(exclude)) throw new Error(`--exclude takes a train book: ${bookNames.join(", ")}`);
if (args.includes("--write")) {
  const used = rows.filter((r) => r.book !== exclude);
  const w = toWeights(fit(used, exclude), `fitted by scripts/fit-spans.ts on ${used.length} labelled spans${llm.length ? ` and ${llm.filter((r) => r.y === 1 && r.book !== exclude).length} strong-model blanks (×${llmWeight})` : ""} of train books (${bookNames.filter((b) => b !== exclude).join(", ")}), lambda ${lambda}`);
  writeFileSync("lib/cards/spans/weights.json", `${JSON.stringify(w, null, 2)}\n`);
  console.log("wrote lib/cards/spans/weights.json");
  console.log(Object.entries(w.weights).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).map(([k, v]) => `${k} ${v}`).join(", "));
}
