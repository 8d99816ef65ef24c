// Trivial blanks on the TRAIN books (never held-out ones), in three tables:
//   1. every strict cloze card (its first strict label) marked wrong-or-trivial-blank (or wrong-answer), by the class of the
//      blank it had, per book;
//   2. each check of lib/cards/spans/trivial-blank.ts over every strict cloze card (what it would
//      have refused: accept / edit / reject, and how many of those were wrong-blank);
//   3. each check over this checkout's candidates that pass the gates without it (the checks turned
//      off: TRIVIAL_BLANK.on = false), labelled strict-first, per book.
//   npx tsx scripts/trivial-blank-audit.ts [--list]
import { analyseChapter, type AnalysedSentence, type Analysis } from "@/lib/cards/analyse";
import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { bigramCounts } from "@/lib/cards/gates/informative-blank";
import { LabelIndex } from "@/lib/cards/eval";
import { isStrict } from "@/lib/cards/rank/training";
import { listItem } from "@/lib/cards/spans/list";
import { givenAway, isChapterSubject, pairMember, phraseUses, vagueQuantity } from "@/lib/cards/spans/weak-blank";
import { halfCoordination, capitalisedCommonWord, lowerCaseWords, TRIVIAL_BLANK } from "@/lib/cards/spans/trivial-blank";
import { spreadNouns } from "@/lib/cards/spans/spread";
import { allLabelsOf, fixtureChapter, readLabels, trainFixtures, fixtureOptions } from "./lib/cards-eval";
import { locateCloze } from "./lib/span-pairs";
import type { Label } from "./lib/span-rows";
import { STRICT_FIRST_CHAIN } from "./lib/rater-order";

const STRICT_FIRST = STRICT_FIRST_CHAIN;
const list = process.argv.includes("--list");
let current: Analysis | null = null;
const CHECKS: [string, (s: AnalysedSentence, start: number, end: number) => boolean][] = [
  ["half a coordination", halfCoordination],
  ["one common word", (s, start, end) => capitalisedCommonWord(s, start, end, lowerCaseWords(current!))],
];

/** The class of a blank a strict rater called wrong or trivial (first that applies). */
function classOf(s: AnalysedSentence, a: Analysis, start: number, end: number): string {
  const toks = s.tokens.filter((t) => t.start >= start && t.end <= end);
  const words = toks.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const text = s.text;
  if (!words.length) return "other";
  if (/^(?:PRON|SCONJ)$/.test(words[0].pos) || /^(?:who|whoever|whatever|which|what|whose|that|this|these|those|it)$/.test(words[0].lower)) return "function word or opener";
  if (givenAway(text, start, end)) return "given away on the card";
  if (listItem(text, start, end) || pairMember(text, start, end)) return "one item of a list or pair";
  if (halfCoordination(s, start, end) || /^\s+of\s/.test(text.slice(end)) || /^(?:ADJ|ADP|DET|CCONJ)$/.test(words.at(-1)!.pos)) return "cut phrase";
  if (s.entities.some((e) => e.start <= start && e.end >= end && (e.kind === "number" || e.kind === "date"))) return "number or date";
  if (vagueQuantity(text.slice(start, end))) return "quantity or degree";
  const nouns = words.filter((t) => t.pos === "NOUN" || t.pos === "PROPN");
  const running = spreadNouns(a);
  if ((nouns.length && nouns.every((t) => running.has(t.lemma.toLowerCase()))) || isChapterSubject(phraseUses(words.map((t) => t.lower), bigramCounts(a)), a.sentences.length)) return "chapter's own subject";
  if (words.length >= 5 && words.some((t) => t.pos === "VERB" || t.pos === "AUX")) return "long verb phrase";
  if ((words.length === 1 && words[0].pos === "NOUN") || capitalisedCommonWord(s, start, end, lowerCaseWords(a))) return "one common noun";
  if (words.every((t) => t.pos === "PROPN" || !/\p{L}/u.test(t.text) || /^(?:of|the)$/.test(t.lower))) return "incidental name";
  return "other";
}

const mined = new Map<string, Map<string, number>>();
const hist = new Map<string, { accept: number; edit: number; reject: number; wrongBlank: number; books: Set<string> }>();
const live = new Map<string, { flagged: number; accept: number; edit: number; reject: number; wrongBlank: number; books: Map<string, number> }>();
const book = (f: string) => f.replace(/^pd-/, "").split(/[-.]/)[0];

for (const fixture of trainFixtures()) {
  const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
  current = a;
  const seen = new Set<string>();
  for (const l of allLabelsOf(fixture) as Label[]) {
    // One card labelled by several strict raters counts once (its first strict label).
    if (l.kind !== "cloze" || !isStrict(l.rater ?? "") || seen.has(l.front)) continue;
    seen.add(l.front);
    const at = locateCloze(a, l);
    if (!at) continue;
    const wrong = l.reason === "wrong-or-trivial-blank" || l.reason === "wrong-answer";
    if (wrong && l.label !== "accept") {
      const k = classOf(at.s, a, at.span.start, at.span.end);
      const row = mined.get(k) ?? new Map<string, number>();
      row.set(book(fixture), (row.get(book(fixture)) ?? 0) + 1);
      mined.set(k, row);
    }
    for (const [name, check] of CHECKS) {
      if (!check(at.s, at.span.start, at.span.end)) continue;
      const r = hist.get(name) ?? { accept: 0, edit: 0, reject: 0, wrongBlank: 0, books: new Set() };
      r[l.label]++;
      if (l.reason === "wrong-or-trivial-blank") r.wrongBlank++;
      r.books.add(book(fixture));
      hist.set(name, r);
      if (list) console.log(`hist ${name} | ${l.label} ${l.reason ?? ""} | ${l.front.slice(0, 150)}`);
    }
  }
  // The candidates this checkout would show without the checks, and which of them each check refuses.
  const index = new LabelIndex(readLabels(fixture), STRICT_FIRST);
  TRIVIAL_BLANK.on = false;
  for (const c of overgenerate(a, fixtureOptions(fixture))) {
    if (c.kind !== "cloze" || !c.answer || gate(c, a)) continue;
    const s = a.sentences[c.sentence];
    for (const [name, check] of CHECKS) {
      if (!check(s, c.answer.start, c.answer.end)) continue;
      const r = live.get(name) ?? { flagged: 0, accept: 0, edit: 0, reject: 0, wrongBlank: 0, books: new Map() };
      r.flagged++;
      r.books.set(book(fixture), (r.books.get(book(fixture)) ?? 0) + 1);
      const m = index.find({ kind: c.kind, front: c.front, back: c.back, sentence: s.text });
      if (m) {
        r[m.label.label]++;
        if (m.label.reason === "wrong-or-trivial-blank") r.wrongBlank++;
      }
      live.set(name, r);
      if (list) console.log(`live ${name} | ${m ? `${m.label.label} ${m.label.reason ?? ""} ${m.label.rater}` : "UNLAB"} | ${c.front.slice(0, 150)}`);
    }
  }
  TRIVIAL_BLANK.on = true;
}

console.log("\n1. Strict wrong-blank edits and rejects of clozes, by the class of the blank\n");
console.log("| class | cards | books | per book |\n| --- | --- | --- | --- |");
for (const [k, row] of [...mined].sort((x, y) => sum(y[1]) - sum(x[1])))
  console.log(`| ${k} | ${sum(row)} | ${row.size} | ${[...row].sort((x, y) => y[1] - x[1]).map(([b, n]) => `${b} ${n}`).join(", ")} |`);
console.log("\n2. Each check over every strict cloze label\n");
console.log("| check | accept | edit | reject | of them wrong-blank | books |\n| --- | --- | --- | --- | --- | --- |");
for (const [k, r] of hist) console.log(`| ${k} | ${r.accept} | ${r.edit} | ${r.reject} | ${r.wrongBlank} | ${r.books.size} |`);
console.log("\n3. Each check over the candidates that pass the gates without it (strict-first labels)\n");
console.log("| check | candidates | accept | edit | reject | of them wrong-blank | books |\n| --- | --- | --- | --- | --- | --- | --- |");
for (const [k, r] of live) console.log(`| ${k} | ${r.flagged} | ${r.accept} | ${r.edit} | ${r.reject} | ${r.wrongBlank} | ${r.books.size} |`);

function sum(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}
