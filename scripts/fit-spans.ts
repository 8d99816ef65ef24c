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
//   npm run fit:spans -- --write --exclude BOOK   fit without one train book (to evaluate the
//     card pipeline on it leave-one-book-out; restore the shipped weights afterwards with git checkout)
import { writeFileSync } from "node:fs";
import { analyseChapter, type Analysis, type AnalysedSentence } from "@/lib/cards/analyse";
import { enumerateSpans, type SpanKind } from "@/lib/cards/spans/enumerate";
import { SPAN_FEATURES, spanFeatures } from "@/lib/cards/spans/features";
import { spanScore, type SpanWeights } from "@/lib/cards/spans/model";
import { auc, fitLogistic } from "@/lib/cards/rank/fit";
import { namedBlank } from "@/lib/cards/spans/notes";
import { allLabelsOf, fixtureChapter, loadBooks, trainFixtures } from "./lib/cards-eval";
import { isStrict as isStrictRater } from "@/lib/cards/rank/training";

type Label = { fixture: string; kind: string; front: string; back: string; sentence: string; label: "accept" | "edit" | "reject"; reason?: string | null; note?: string; rater?: string };
// strict: labelled by an independent strict rater (rater-c/-d/-e), whose verdict on a span overrides the developers'.
type Row = { book: string; key: string; start: number; end: number; x: number[]; y: number; strict: boolean };

const books = loadBooks();
const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
const args = process.argv.slice(2);
const lambda = Number(args[args.indexOf("--lambda") + 1] || 5) || 5;

const train = trainFixtures(books);

/** The labelled blank's offsets in the analysed sentence: the occurrence of `back` whose preceding text ends the front's. */
function locate(s: AnalysedSentence, l: Label): [number, number] | null {
  const at = l.front.indexOf("{{c1::");
  if (at < 0) return null;
  const pre = norm(l.front.slice(0, at));
  for (let i = s.text.indexOf(l.back); i >= 0; i = s.text.indexOf(l.back, i + 1)) if (pre.endsWith(norm(s.text.slice(0, i))) || !norm(s.text.slice(0, i))) return [i, i + l.back.length];
  return null;
}


/** The sentence holding the blank with the words just around it (shorter context if need be), and the blank's offsets there. */
function byContext(a: Analysis, l: Label): { s?: AnalysedSentence; span?: [number, number] | null } {
  const at = l.front.indexOf("{{c1::");
  const close = l.front.indexOf("}}", at);
  if (at < 0 || close < 0) return {};
  const before = l.front.slice(0, at), after = l.front.slice(close + 2);
  for (const width of [30, 15, 6]) {
    const pre = before.slice(-width), post = after.slice(0, width);
    const needle = `${pre}${l.back}${post}`;
    const hits = a.sentences.filter((x) => x.text.includes(needle));
    if (hits.length === 1) {
      const i = hits[0].text.indexOf(needle) + pre.length;
      return { s: hits[0], span: [i, i + l.back.length] };
    }
    if (hits.length > 1) return {};
  }
  return {};
}

const isStrict = (l: Label) => isStrictRater(l.rater ?? "");

function kindAt(s: AnalysedSentence, start: number, end: number): SpanKind {
  return s.entities.find((e) => e.start === start && e.end === end)?.kind ?? "term";
}

const rows: Row[] = [];
const analyses = new Map<string, Analysis>();
let unmatched = 0, mined = 0, qa = 0;
for (const fixture of train) {
  // Every rater's labels, wherever filed: the second rater's files are named by fixture without its
  // extension, and one (heldout-sample.jsonl) holds several fixtures; allLabelsOf reads them all.
  const labels: Label[] = allLabelsOf(fixture).filter((l) => l.kind === "cloze" || l.kind === "qa");
  const a = analyseChapter(fixtureChapter(fixture));
  analyses.set(fixture, a);
  const bySentence = new Map<string, AnalysedSentence>();
  for (const s of a.sentences) bySentence.set(norm(s.text), s);
  const book = books.fixtures[fixture].book;
  for (const l of labels) {
    if (l.kind === "qa") {
      // A question's short answer, found in its sentence, is a span a rater judged too: accepted, it
      // is worth blanking; rejected as a wrong or trivial answer, it is not.
      const s = bySentence.get(norm(l.sentence)) ?? a.sentences.find((x) => norm(x.sentence.text) === norm(l.sentence));
      const back = l.back.replace(/^(?:the|a|an) /i, "");
      const at = s && back.split(/\s+/).length <= 6 ? s.text.indexOf(back) : -1;
      const y = l.label === "accept" ? 1 : l.label === "reject" && l.reason === "wrong-or-trivial-blank" ? 0 : null;
      if (s && at >= 0 && y !== null) { qa++; rows.push({ book, key: `${fixture}#${s.sentence.id}`, start: at, end: at + back.length, x: spanFeatures(s, a, at, at + back.length, kindAt(s, at, at + back.length)), y, strict: isStrict(l) }); }
      continue;
    }
    const unblanked = norm(l.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"));
    let s = bySentence.get(unblanked) ?? a.sentences.find((x) => unblanked.endsWith(norm(x.text)));
    let span = s && locate(s, l);
    // A card cut from a longer sentence, or one whose opening was repaired ("He" → a name), or a
    // sentence the current segmenter splits differently: find the blank by the words around it.
    if (!span) ({ s, span } = byContext(a, l));
    if (!s || !span) { unmatched++; continue; }
    const named = l.label !== "accept" ? namedBlank(l.note) : null;
    let y: number | null = l.label === "accept" ? 1 : l.label === "edit" ? (named ? 0 : 0.5) : l.reason === "wrong-or-trivial-blank" ? 0 : null;
    if (y !== null) rows.push({ book, key: `${fixture}#${s.sentence.id}`, start: span[0], end: span[1], x: spanFeatures(s, a, span[0], span[1], kindAt(s, span[0], span[1])), y, strict: isStrict(l) });
    const at = named ? s.text.toLowerCase().indexOf(named.toLowerCase()) : -1;
    if (named && at >= 0) {
      mined++;
      rows.push({ book, key: `${fixture}#${s.sentence.id}`, start: at, end: at + named.length, x: spanFeatures(s, a, at, at + named.length, kindAt(s, at, at + named.length)), y: 1, strict: isStrict(l) });
    }
    y = null;
  }
}

// Where a strict rater judged a span, the developers' lenient label of the same span is dropped.
{
  const strictSpans = new Set(rows.filter((r) => r.strict).map((r) => `${r.key}@${r.start}:${r.end}`));
  for (let i = rows.length - 1; i >= 0; i--) if (!rows[i].strict && strictSpans.has(`${rows[i].key}@${rows[i].start}:${rows[i].end}`)) rows.splice(i, 1);
}
const strictOnly = args.includes("--strict");
// Ablation: fit and score as if the named features were absent (always 0).
const without = args.includes("--without") ? args[args.indexOf("--without") + 1].split(",") : [];
for (const f of without) if (!(SPAN_FEATURES as readonly string[]).includes(f)) throw new Error(`--without takes span features: ${f}?`);
const dropped = without.map((f) => (SPAN_FEATURES as readonly string[]).indexOf(f));
for (const r of rows) for (const i of dropped) r.x[i] = 0;

const toWeights = (w: number[], source: string): SpanWeights => ({ source, weights: Object.fromEntries(SPAN_FEATURES.map((f, i) => [f, Math.round(w[i] * 1000) / 1000])) });
const fit = (rs: Row[]) => fitLogistic(rs.map((r) => r.x), rs.map((r) => r.y), { lambda });

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
  const w = toWeights(fit(rows.filter((r) => r.book !== book)), "loo");
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
  const w = toWeights(fit(used), `fitted by scripts/fit-spans.ts on ${used.length} labelled spans of train books (${bookNames.filter((b) => b !== exclude).join(", ")}), lambda ${lambda}`);
  writeFileSync("lib/cards/spans/weights.json", `${JSON.stringify(w, null, 2)}\n`);
  console.log("wrote lib/cards/spans/weights.json");
  console.log(Object.entries(w.weights).sort((x, y) => Math.abs(y[1]) - Math.abs(x[1])).map(([k, v]) => `${k} ${v}`).join(", "));
}
