// The blanks a strong model chose (scripts/lib/llm-blanks.ts: its cloze blanks and its short Q&A
// answers found verbatim in the cited sentence, TRAIN books with replies under tests/fixtures/llm-ceiling,
// never the user's sample), against the spans our chooser can take (lib/cards/spans: enumerateSpans,
// as rankSpans offers them). Prints: request sentences not found in the analysed chapter, how many
// blanks an enumerated span stands for (exact / overlap >= MIN_OVERLAP / partial / none) per book and
// card kind, and the blanks no enumerated span stands for, by shape and by how the offered spans lie.
//   npx tsx scripts/llm-blanks-audit.ts              figures
//   --examples N      print N blanks of each shape the enumeration does not offer (default 0)
//   --unmatched       list the request sentences not found in the analysed chapter
// Also (blank24) what the pipeline does with them: of the blanks an enumerated span stands for, how
// many pass the blank gates as a cloze, and how often the sentence's clozes (candidates/cloze) blank
// one the blank stands for (its first cloze, any of its clozes), per card kind.
import { llmBlanks, matchBlank, MIN_OVERLAP } from "./lib/llm-blanks";
import { blank as clozeOf, clozeCandidates } from "@/lib/cards/candidates/cloze";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { blankChoiceWith } from "@/lib/cards/gates/blank-choice";
import type { Candidate } from "@/lib/cards/candidates";
import { blankShape, relationTo } from "./lib/blank-shape";
import { rankSpans } from "@/lib/cards/spans/model";
import { arg } from "./lib/args";

const { blanks, analyses, counts, unmatchedSentences } = llmBlanks();
const pc = (n: number, d: number) => `${d ? ((100 * n) / d).toFixed(0) : 0} %`;
console.log(`${counts.fixtures} train fixtures with replies (user sample left out); ${counts.cards} cards: ${blanks.length} distinct blanks located (${counts.cloze} cloze, ${counts.qa} Q&A answers), ${counts.duplicate} repeats of a blank; no blank: ${counts.noWords} Q&A answers over the word limit, ${counts.notInSentence} answers not verbatim in a cited sentence, ${counts.sentencesUnmatched} cards whose cited sentences were not found in the analysed chapter`);
console.log(`request sentences not found in the analysed chapter (normalised text): ${unmatchedSentences.length}`);
if (process.argv.includes("--unmatched")) for (const u of unmatchedSentences) console.log(`  ${u.slice(0, 160)}`);

const hows = ["exact", "overlap", "partial", "none"] as const;
const tally = (bs: typeof blanks) => hows.map((h) => bs.filter((b) => b.match.how === h).length);
console.log(`\nBlank matched by an enumerated span: exact (same words, article aside) / overlap >= ${MIN_OVERLAP} (intersection over union) / partial / none\n| book | blanks | exact | overlap | partial | none |\n| --- | --- | --- | --- | --- | --- |`);
const books = [...new Set(blanks.map((b) => b.book))];
for (const book of books) console.log(`| ${book} | ${blanks.filter((b) => b.book === book).length} | ${tally(blanks.filter((b) => b.book === book)).join(" | ")} |`);
for (const kind of ["cloze", "qa"] as const) { const bs = blanks.filter((b) => b.card === kind); console.log(`| all ${kind} | ${bs.length} | ${tally(bs).map((n) => `${n} (${pc(n, bs.length)})`).join(" | ")} |`); }
console.log(`| all | ${blanks.length} | ${tally(blanks).map((n) => `${n} (${pc(n, blanks.length)})`).join(" | ")} |`);

const missed = blanks.filter((b) => b.match.how === "partial" || b.match.how === "none");
const words = (b: (typeof blanks)[number]) => b.s.text.slice(b.blank.start, b.blank.end).split(/\s+/).length;
const shapes = new Map<string, typeof missed>();
for (const b of missed) { const k = blankShape(b.s, b.blank); shapes.set(k, [...(shapes.get(k) ?? []), b]); }
console.log(`\n${missed.length} blanks no enumerated span stands for, by shape (words: median; how the offered spans lie: inside the blank / blank inside a span / crossing / apart)\n| shape | blanks | cloze | Q&A | median words | inside | blank inside | crossing | apart |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
const examples = Number(arg("--examples") ?? 0);
const lines: string[] = [];
for (const [shape, bs] of [...shapes].sort((x, y) => y[1].length - x[1].length)) {
  const rel = (r: string) => bs.filter((b) => relationTo(b.blank, rankSpans(b.s, analyses.get(b.key)!)) === r).length;
  console.log(`| ${shape} | ${bs.length} | ${bs.filter((b) => b.card === "cloze").length} | ${bs.filter((b) => b.card === "qa").length} | ${median(bs.map(words))} | ${rel("inside the blank")} | ${rel("blank inside a span")} | ${rel("crossing")} | ${rel("apart")} |`);
  for (const b of bs.slice(0, examples)) {
    const touching = rankSpans(b.s, analyses.get(b.key)!).filter((c) => c.end > b.blank.start && c.start < b.blank.end).map((c) => `"${b.s.text.slice(c.start, c.end)}"`);
    lines.push(`  [${shape}] ${b.s.text.slice(0, b.blank.start)}{{${b.s.text.slice(b.blank.start, b.blank.end)}}}${b.s.text.slice(b.blank.end)}\n      offered over it: ${touching.join(", ") || "nothing"}`);
  }
}
if (lines.length) console.log(`\n${lines.join("\n")}`);

// What the pipeline does with the blanks: the gates on the standing span, and the sentence's clozes.
const stands = (b: (typeof blanks)[number], at: { start: number; end: number }) => ["exact", "overlap"].includes(matchBlank(b.s.text, b.blank, [at]).how);
console.log(`\nThe pipeline on the strong model's blanks: offered (exact or overlap) / passes the blank gates as a cloze (floor aside) / the sentence's first cloze stands for it / one of its clozes does\n| blanks | all | offered | passes gates | first cloze | any cloze |\n| --- | --- | --- | --- | --- | --- |`);
const refusals = new Map<string, number>();
for (const kind of ["cloze", "qa", "all"] as const) {
  const bs = blanks.filter((b) => kind === "all" || b.card === kind);
  let offered = 0, passes = 0, first = 0, any = 0;
  for (const b of bs) {
    const a = analyses.get(b.key)!;
    const clozes = clozeCandidates(b.s, a).map((c) => c.answer!);
    if (clozes[0] && stands(b, clozes[0])) first++;
    if (clozes.some((c) => stands(b, c))) any++;
    const span = b.match.span;
    if (!span) continue;
    offered++;
    const cand: Candidate = { kind: "cloze", type: "cloze", front: clozeOf(b.s, span.start, span.end), back: b.s.text.slice(span.start, span.end), sentence: b.s.sentence.id, extra: [], answer: span, answerKind: rankSpans(b.s, a).find((c) => c.start === span.start && c.end === span.end)?.kind ?? "term" };
    const why = informativeBlank(cand, a) ?? blankChoiceWith(cand, a, false);
    if (!why) passes++;
    else if (kind === "all") refusals.set(why, (refusals.get(why) ?? 0) + 1);
  }
  console.log(`| ${kind} | ${bs.length} | ${offered} (${pc(offered, bs.length)}) | ${passes} (${pc(passes, bs.length)}) | ${first} (${pc(first, bs.length)}) | ${any} (${pc(any, bs.length)}) |`);
}
console.log(`\nWhy the blank gates refuse the offered ones (all blanks)\n| gate's reason | blanks |\n| --- | --- |`);
for (const [why, n] of [...refusals].sort((x, y) => y[1] - x[1])) console.log(`| ${why} | ${n} |`);
