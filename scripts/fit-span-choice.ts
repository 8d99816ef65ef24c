// The span model in two roles (lib/cards/spans/choice.ts), judged leave-one-book-out: the shipped
// span model keeps ADMISSION (whether a sentence gets a cloze: the score floor and the window), a
// CHOICE model fitted without the left-out book (its labelled spans, plus the strict raters' "blank
// 'X' instead" pairs at --pairs) picks which span of an admitted sentence is blanked. Per left-out
// book: agreement of the chooser's first span with the preferred blanks of its pairs, and its top 40
// under the shipped ranker (strict-first accept / edit / reject, gold recall), shipped choice against
// the fold's choice, with the choice held to the admission floor (floor) or not (free).
//   npx tsx scripts/fit-span-choice.ts                 figures
//   --pairs 0,1       pair weights to try (default 0)
//   --llm-pairs 0,1   weights to try for a strong model's blanks (scripts/lib/llm-blanks.ts: the cloze
//                     blanks and verbatim short answers of its replies under tests/fixtures/llm-ceiling,
//                     train books only, never the user's sample), each as the enumerated span standing
//                     for it preferred over the sentence's other spans; a weight of 1 gives every
//                     such sentence-blank the weight of one rater's pair. Also prints, per left-out
//                     book, how often the chooser's first span is the strong model's blank. Default: none
//   --modes all,criticised  which admitted blanks the choice may move: every one (all), or only those
//                     of a class the raters criticise (lib/cards/spans/criticised.ts); default both
//   --agreement       the agreements only (no pipeline runs, no top 40s: minutes, not an hour)
//   --changes         list, per book and variant, the shown cards lost and gained (with verdicts)
//   --unlabelled FILE write the unlabelled top-40 cards of the variants (JSON lines) to label blind
//   --write           write lib/cards/spans/choice-weights.json (fitted on every train book) only if
//                     a variant passes acceptedCardsTest (scripts/lib/choice-adoption.ts: accepted
//                     cards up on >= 3 books, down by > 1 on none, recall not down) and the user
//                     sample keeps its facts under it
import { writeFileSync } from "node:fs";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import { rankSpans, type SpanWeights } from "@/lib/cards/spans/model";
import { SPAN_CHOICE } from "@/lib/cards/spans/choice";
import { blank, clozeCandidates } from "@/lib/cards/candidates/cloze";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { blankChoiceWith } from "@/lib/cards/gates/blank-choice";
import type { Candidate } from "@/lib/cards/candidates";
import { loadTrainData } from "./lib/ranker-data";
import { runBook, userSampleKeeps, USER_FACTS, type LoboChapter } from "./lib/lobo";
import { loadBooks, readGold, trainFixtures } from "./lib/cards-eval";
import { spanRows } from "./lib/span-rows";
import { fitWithPairs, pairRows, sameBlank, spanPairs, type ChoicePair, type PairRow } from "./lib/span-pairs";
import { llmBlanks, llmPairs } from "./lib/llm-blanks";
import { aerText, choiceAdoption, pc, recallOf, type BookRun } from "./lib/fit-figures";
import { arg } from "./lib/args";
import { acceptedCardsTest } from "./lib/choice-adoption";

const pairWeights = (arg("--pairs") ?? "0").split(",").map(Number);
if (!pairWeights.every((w) => w >= 0)) throw new Error("--pairs takes numbers >= 0");
const llmWeights = arg("--llm-pairs") ? arg("--llm-pairs")!.split(",").map(Number) : [0];
if (!llmWeights.every((w) => w >= 0)) throw new Error("--llm-pairs takes numbers >= 0");
const useLlm = llmWeights.some((w) => w > 0);
const agreementOnly = process.argv.includes("--agreement");
const modes = (arg("--modes") ?? "all,criticised").split(",");
if (!modes.length || !modes.every((m) => m === "all" || m === "criticised")) throw new Error("--modes takes all, criticised or both");
const t0 = performance.now();
const secs = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

const books = loadBooks();
const fixtures = trainFixtures(books);
const bookNames = [...new Set(fixtures.map((f) => books.fixtures[f].book))];
const data = spanRows(books);
const { pairs, analyses } = spanPairs(books);
const pr = pairRows(pairs, analyses, 1);
// The strong model's blanks: pairs of the sentences an enumerated span of which stands for its blank.
const llm: ChoicePair[] = useLlm ? llmPairs(llmBlanks(books, analyses).blanks) : [];
const lr: PairRow[] = pairRows(llm, analyses, 1);
const llmSentences = (book: string) => [...new Map(llm.filter((p) => p.book === book).map((p) => [`${p.fixture}#${p.s.sentence.id}`, p])).values()];
console.log(`${bookNames.length} train books; ${data.rows.length} labelled spans, ${pairs.length} pairs${useLlm ? `, ${llm.length} strong-model blanks in ${new Set(llm.map((p) => `${p.fixture}#${p.s.sentence.id}`)).size} sentences of ${new Set(llm.map((p) => p.book)).size} books` : ""} (${secs()})`);
/** A fit's settings: the raters' pairs' weight and the strong model's. */
type Fit = { pw: number; lw: number };
const fits: Fit[] = pairWeights.flatMap((pw) => llmWeights.map((lw) => ({ pw, lw })));
const fitName = (f: Fit) => `pairs×${f.pw}${useLlm ? `, llm×${f.lw}` : ""}`;
const fitWith = (leftOut: string | null, f: Fit) => fitWithPairs(leftOut, data.rows, pr, f.pw, 5, { rows: lr, weight: f.lw });

/** A book's chapters (gated, featured candidates, matched labels, gold) under the choice in force. */
const chapters = (book: string): LoboChapter[] => loadTrainData((f) => books.fixtures[f].book === book).map((d) => ({ fixture: d.fixture, book: d.book, ranked: d.ranked, labels: d.labels, gold: readGold(books.fixtures[d.fixture]) ?? [] }));
function under(choice: SpanWeights | null, floor: boolean, book: string, only = false): { run: BookRun; data: LoboChapter[] } {
  SPAN_CHOICE.weights = choice;
  SPAN_CHOICE.floor = floor;
  SPAN_CHOICE.onlyCriticised = only;
  const d = chapters(book);
  SPAN_CHOICE.weights = null;
  SPAN_CHOICE.floor = true;
  SPAN_CHOICE.onlyCriticised = false;
  return { run: runBook(d, book, DEFAULT_WEIGHTS), data: d };
}

type Variant = { name: string; fit: Fit; floor: boolean; only: boolean; runs: BookRun[] };
const base: BookRun[] = [];
const variants: Variant[] = agreementOnly ? [] : modes.flatMap((mode) => fits.flatMap((fit) => [true, false].map((floor) => ({ name: `choice (${fitName(fit)}, ${floor ? "floor" : "free"}${mode === "criticised" ? ", criticised only" : ""})`, fit, floor, only: mode === "criticised", runs: [] as BookRun[] }))));
const changes: string[] = [];
const cardsOf = (r: BookRun) => new Map(r.chapters.flatMap((c) => c.shown.map((s) => [s.card ?? "", s.verdict ?? "unlabelled"] as const)));
const agree = { shipped: 0, fold: fits.map(() => 0) };
// Agreement with the strong model's blanks of the left-out book (sentences whose chooser's first span is one of them).
const agreeLlm = { sentences: 0, shipped: 0, fold: fits.map(() => 0) };
// In the pipeline: pairs whose sentence gets a cloze at all (admission), and whose first cloze blanks the preferred span.
const inPipe = { admitted: 0, shipped: 0, variants: variants.map(() => 0) };
const user = fixtures.find((f) => books.fixtures[f].userSample)!;
const userKeeps: string[] = [];
// Why a preferred span is not blanked: for each pair in an admitted sentence whose preferred span is
// among the candidates, what the gates say of it (the floor left out: the choice may be free of it).
const refusals = new Map<string, number>();
const unlabelled = new Map<string, object>();
const collect = (r: BookRun) => r.chapters.forEach((c) => c.shown.forEach((s) => { if (!s.verdict && s.card) { const [fixture, front, back] = s.card.split("\t"); unlabelled.set(s.card, { fixture, front, back }); } }));

console.log(`\nPer left-out book: pairs agreeing (chooser's first span = preferred), shipped → fold; top 40 strict-first a/e/r of labelled cards; gold recall${useLlm ? "; and the strong model's sentences whose first span is its blank" : ""}\n| book | pairs: shipped | ${fits.map((f) => `pairs: fold ${fitName(f)}`).join(" | ")}${useLlm ? ` | llm: shipped | ${fits.map((f) => `llm: fold ${fitName(f)}`).join(" | ")}` : ""} | shipped choice | ${variants.map((v) => v.name).join(" | ")} |\n| --- | --- | ${fits.map(() => "---").join(" | ")}${useLlm ? ` | --- | ${fits.map(() => "---").join(" | ")}` : ""} | --- | ${variants.map(() => "---").join(" | ")} |`);
for (const book of bookNames) {
  const mine = pairs.filter((p) => p.book === book);
  const hits = (w?: SpanWeights) => mine.filter((p) => { const top = rankSpans(p.s, analyses.get(p.fixture)!, w)[0]; return !!top && p.preferred.some((x) => sameBlank(p.s, top, x)); }).length;
  const ship = hits();
  agree.shipped += ship;
  const folds = fits.map((f) => fitWith(book, f));
  const foldHits = folds.map((w, i) => { const h = hits(w); agree.fold[i] += h; return h; });
  const strong = llmSentences(book);
  const llmHits = (w?: SpanWeights) => strong.filter((p) => { const top = rankSpans(p.s, analyses.get(p.fixture)!, w)[0]; return !!top && p.preferred.some((x) => sameBlank(p.s, top, x)); }).length;
  const llmShip = useLlm ? llmHits() : 0;
  const llmFold = useLlm ? folds.map((w) => llmHits(w)) : [];
  agreeLlm.sentences += strong.length; agreeLlm.shipped += llmShip; llmFold.forEach((h, i) => (agreeLlm.fold[i] += h));
  const llmCells = useLlm ? ` | ${llmShip}/${strong.length} | ${llmFold.map((h) => `${h}/${strong.length}`).join(" | ")}` : "";
  if (agreementOnly) { console.log(`| ${book} | ${ship}/${mine.length} | ${foldHits.map((h) => `${h}/${mine.length}`).join(" | ")}${llmCells} | — |`); continue; }
  const firstCloze = (w: SpanWeights | null, floor: boolean, only = false) => mine.filter((p) => {
    SPAN_CHOICE.weights = w; SPAN_CHOICE.floor = floor; SPAN_CHOICE.onlyCriticised = only;
    const c = clozeCandidates(p.s, analyses.get(p.fixture)!)[0];
    SPAN_CHOICE.weights = null; SPAN_CHOICE.floor = true; SPAN_CHOICE.onlyCriticised = false;
    return !!c?.answer && p.preferred.some((x) => sameBlank(p.s, c.answer!, x));
  }).length;
  inPipe.admitted += mine.filter((p) => clozeCandidates(p.s, analyses.get(p.fixture)!).length > 0).length;
  for (const p of mine) {
    const a = analyses.get(p.fixture)!;
    if (!clozeCandidates(p.s, a).length) continue;
    const want = rankSpans(p.s, a, folds[0]).find((c) => p.preferred.some((x) => sameBlank(p.s, c, x)));
    const cand: Candidate | null = want ? { kind: "cloze", type: "cloze", front: blank(p.s, want.start, want.end), back: p.s.text.slice(want.start, want.end), sentence: p.s.sentence.id, extra: [], answer: { start: want.start, end: want.end }, answerKind: want.kind } : null;
    const why = !cand ? "not among the span candidates" : informativeBlank(cand, a) ?? blankChoiceWith(cand, a, false) ?? "passes the gates";
    refusals.set(why, (refusals.get(why) ?? 0) + 1);
  }
  inPipe.shipped += firstCloze(null, true);
  variants.forEach((v, i) => { inPipe.variants[i] += firstCloze(folds[fits.indexOf(v.fit)], v.floor, v.only); });
  const b = under(null, true, book).run;
  base.push(b);
  collect(b);
  const cells = variants.map((v) => {
    const { run: r, data: d } = under(folds[fits.indexOf(v.fit)], v.floor, book, v.only);
    v.runs.push(r);
    const was = cardsOf(b), now = cardsOf(r);
    const lost = [...was].filter(([k]) => !now.has(k)), gained = [...now].filter(([k]) => !was.has(k));
    if (lost.length || gained.length) changes.push(`${v.name} · ${book}\n${lost.map(([k, x]) => `  - [${x}] ${k.split("\t").slice(1).join(" → ")}`).concat(gained.map(([k, x]) => `  + [${x}] ${k.split("\t").slice(1).join(" → ")}`)).join("\n")}`);
    if (book === books.fixtures[user].book) userKeeps.push(`${v.name}: ${userSampleKeeps(d, (f) => f === user, DEFAULT_WEIGHTS) ? "yes" : "NO"}`);
    collect(r);
    return `${aerText(r.chapters.flatMap((c) => c.shown))}; ${pc(recallOf(r.chapters))}`;
  });
  console.log(`| ${book} | ${ship}/${mine.length} | ${foldHits.map((h) => `${h}/${mine.length}`).join(" | ")}${llmCells} | ${aerText(b.chapters.flatMap((c) => c.shown))}; ${pc(recallOf(b.chapters))} | ${cells.join(" | ")} |`);
  process.stderr.write(`  ${book} (${secs()})\n`);
}
if (agreementOnly) {
  console.log(`| all | ${agree.shipped}/${pairs.length} | ${agree.fold.map((h) => `${h}/${pairs.length}`).join(" | ")}${useLlm ? ` | ${agreeLlm.shipped}/${agreeLlm.sentences} | ${agreeLlm.fold.map((h) => `${h}/${agreeLlm.sentences}`).join(" | ")}` : ""} | — |\n(${secs()})`);
  process.exit(0);
}
const all = (runs: BookRun[]) => `${aerText(runs.flatMap((r) => r.chapters.flatMap((c) => c.shown)))}; ${pc(recallOf(runs.flatMap((r) => r.chapters)))}`;
console.log(`| all | ${agree.shipped}/${pairs.length} | ${agree.fold.map((h) => `${h}/${pairs.length}`).join(" | ")}${useLlm ? ` | ${agreeLlm.shipped}/${agreeLlm.sentences} | ${agreeLlm.fold.map((h) => `${h}/${agreeLlm.sentences}`).join(" | ")}` : ""} | ${all(base)} | ${variants.map((v) => all(v.runs)).join(" | ")} |`);

console.log(`\nIn the pipeline: of ${pairs.length} pairs, ${inPipe.admitted} sentences get a cloze at all; the first cloze blanks the preferred span: shipped choice ${inPipe.shipped}, ${variants.map((v, i) => `${v.name} ${inPipe.variants[i]}`).join(", ")}`);
console.log(`preferred spans of pairs in admitted sentences, by what the gates say of them (floor left out): ${[...refusals].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join("; ")}`);
console.log(`user sample keeps ${USER_FACTS.join(", ")} in its top 40 (fold without its book): ${userKeeps.join("; ")}`);
const tests = variants.map((v) => choiceAdoption(v.runs, base));
const rule = variants.map((v) => acceptedCardsTest(v.runs, base));
for (const [i, v] of variants.entries()) {
  const t = tests[i], u = rule[i];
  console.log(`\n${v.name} against the shipped choice: accepted ${t.pooled.accept.prev} → ${t.pooled.accept.next}, rejected ${t.pooled.reject.prev} → ${t.pooled.reject.next}; ${t.changed} books change, ${t.better} of them gain accepted cards without more rejects; unlabelled shown ${t.per.reduce((s, p) => s + p.unlabelled, 0)}; choiceAdoption ${t.adopt ? "passes" : "fails"}`);
  console.log(`  adoption rule: accepted up on ${u.up.length} books (${u.up.join(", ") || "none"}), down by more than one on ${u.down.length}${u.down.length ? ` (${u.down.join(", ")})` : ""}; recall ${pc(u.recall.prev)} → ${pc(u.recall.next)}; ${u.adopt ? "PASSES" : "fails"}`);
  for (const p of t.per.filter((x) => x.changed)) console.log(`  ${p.book}: accept ${p.accept.prev} → ${p.accept.next}, reject ${p.reject.prev} → ${p.reject.next}${p.unlabelled ? `, ${p.unlabelled} unlabelled` : ""}`);
}
if (process.argv.includes("--changes")) console.log(`\nShown cards lost (-) and gained (+) against the shipped choice:\n${changes.join("\n")}`);
if (arg("--unlabelled")) {
  writeFileSync(arg("--unlabelled")!, [...unlabelled.values()].map((x) => JSON.stringify(x)).join("\n") + "\n");
  console.log(`\n${unlabelled.size} unlabelled top-40 cards written to ${arg("--unlabelled")}`);
}

// Adoption: the variant that passes with the most accepted cards, fitted on every train book, and
// only if the user sample still teaches its facts under it.
const pick = variants.map((v, i) => ({ v, t: tests[i], u: rule[i] })).filter((x) => x.u.adopt).sort((x, y) => y.t.pooled.accept.next - x.t.pooled.accept.next || x.t.pooled.reject.next - y.t.pooled.reject.next)[0];
if (!pick) console.log("\nnot adopted: no choice model gains accepted cards on at least 3 books without losing more than one on any or lowering recall");
else {
  const full = { ...fitWith(null, pick.v.fit), source: `fitted by scripts/fit-span-choice.ts on ${data.rows.length} labelled spans${pick.v.fit.pw ? ` and ${pairs.length} pairs (×${pick.v.fit.pw})` : ""}${pick.v.fit.lw ? ` and ${llm.length} strong-model blanks (×${pick.v.fit.lw})` : ""} of ${bookNames.length} train books` };
  const user = books.fixtures[fixtures.find((f) => books.fixtures[f].userSample)!].book;
  const keeps = userSampleKeeps(under(full, pick.v.floor, user, pick.v.only).data, (f) => !!books.fixtures[f].userSample, DEFAULT_WEIGHTS);
  console.log(`\nadoptable: ${pick.v.name}; user sample keeps ${USER_FACTS.join(", ")}: ${keeps ? "yes" : "NO"}`);
  if (keeps && process.argv.includes("--write")) {
    writeFileSync("lib/cards/spans/choice-weights.json", `${JSON.stringify({ source: full.source, on: true, floor: pick.v.floor, onlyCriticised: pick.v.only, weights: full.weights }, null, 2)}\n`);
    console.log("wrote lib/cards/spans/choice-weights.json");
  }
}
console.log(`(${secs()})`);
