// Every card a rater called garbled-or-cut (strict raters first, then rater-a2, then rater-a; one
// row per card), whether this checkout still makes it, and its cause, read from the card and the
// chapter as it is cleaned now. TRAIN chapters only.
//   npx tsx scripts/garbled-audit.ts [--rows] [--strict] [--regate]
// --regate: each labelled card whose sentence is still made is rebuilt as a candidate and put
// through today's gates; those that would pass are listed (what would come back if a card builder
// made them again).
// The cause is read by rules, not by hand (so the table can be re-run after a change):
// - the labelled sentence no longer exists: what the clean-up changed since, from the nearest
//   sentence it makes now (a note marker, a side-note or heading taken out, a sentence split or
//   joined differently);
// - the sentence still exists: what the card did to it (a broken question, a clause cut, a word
//   put in for a pronoun), or an OCR misreading the source itself has.
import { generateCards } from "@/lib/cards";
import { analyseChapter } from "@/lib/cards/analyse";
import type { Candidate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { rankedCandidates } from "@/lib/cards/pipeline";
import { isStrict } from "@/lib/cards/rank/training";
import { isEnglishWord } from "@/lib/cards/rank/frequency";
import type { CardLabel } from "@/lib/cards/eval";
import { fixtureChapter, loadBooks, looseKey, readLabels, trainFixtures, fixtureOptions } from "./lib/cards-eval";

const norm = (s: string) => s.replace(/\s+/g, " ").trim();
const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
const rank = (r: string) => (isStrict(r) ? 0 : r === "rater-a2" ? 1 : 2);

const HEADING_ONLY = /^(?:[IVXLC]+|CHAPTER(?: [IVXLC\d]+)?|Sect\.? ?\d*|\d+)\.?$/;
const ABBREVIATION_END = /\b(?:Lieut|Capt|Col|Gen|Gov|Fig|Sect|Vol|No|Mr|Mrs|Dr|St|Prof|Rev|Esq|viz|cf|ch|p|pp)\.$/;
const NOTE_MARKER = /^\s*(?:\[\w{1,4}\]|\d{1,3}\s)|\p{L}[,.;]?\d{1,3}\b|\[\w{1,4}\]\s*$/u;
const LIST_MARKER = /^\s*\((?:\d{1,2}|[a-z]|[ivx]+)\)\s/;
const HEADING_RUN_IN = /(?:\p{Lu}\p{Ll}+ ){2,}\p{Lu}\p{Ll}+\s*[—-]/u;

/** Short plain lower-case words of the card's sentence that are no English word: OCR misreadings ("tbe", "theref ore"). */
function ocrWords(sentence: string): string[] {
  return (sentence.match(/(?<![\p{L}'’])[a-z]{2,6}(?![\p{L}'’])/gu) ?? []).filter((w) => !isEnglishWord(w));
}

/** Why a labelled sentence the clean-up no longer makes was garbled: what changed in the nearest sentence made now. */
function cleanUpCause(l: CardLabel, now: string[]): string {
  const s = norm(l.sentence ?? "");
  if (HEADING_ONLY.test(s)) return "segmentation: heading or section number as a sentence";
  if (HEADING_RUN_IN.test(s)) return "segmentation: heading run into text";
  if (ABBREVIATION_END.test(s)) return "segmentation: cut at an abbreviation";
  if (NOTE_MARKER.test(s)) return "clean-up residue: note marker or note text";
  if (LIST_MARKER.test(s)) return "segmentation: list item";
  const mine = new Set(words(s));
  let best = "", score = 0;
  for (const n of now) {
    const w = words(n);
    const shared = w.filter((x) => mine.has(x)).length / Math.max(mine.size, 1);
    if (shared > score) [best, score] = [n, shared];
  }
  if (score < 0.5) return /\p{Ll}$/u.test(s.replace(/[.!?]$/, "")) && words(s).length <= 8 ? "segmentation: heading or caption as a sentence" : "clean-up: sentence no longer made (table, caption or note text)";
  const added = words(s).filter((x) => !new Set(words(best)).has(x));
  if (added.some((w) => /^\d+$/.test(w))) return "clean-up residue: note marker or note text";
  if (added.length) return "clean-up residue: side-note or heading inside the sentence";
  return best.length > s.length + 20 ? "segmentation: sentence cut (page break or abbreviation)" : "clean-up: OCR or spacing repaired";
}

/** Why a card of a sentence the clean-up still makes was garbled: what the card did to it. */
function cardCause(l: CardLabel): string {
  const s = norm(l.sentence ?? "");
  const front = l.front.replace(/\{\{c\d+::([^}]*)\}\}/g, "$1");
  if (LIST_MARKER.test(s)) return "segmentation: list item";
  if (ocrWords(s).length) return "source: OCR misreading";
  const inSentence = new Set(words(s));
  const put = (front.match(/\b\p{Lu}[\p{L}'’-]+/gu) ?? []).filter((w) => !inSentence.has(w.toLowerCase()) && front.indexOf(w) > 0);
  if (l.kind === "cloze" && put.length) return "card: word put in for a pronoun or frame";
  if (l.kind === "qa") return "card: broken question or answer";
  if (front.length + 15 < s.length) return "card: clause cut to a fragment";
  return "card: other";
}

const TYPE_OF: [RegExp, Candidate["type"]][] = [[/What followed from this\?$/, "consequence"], [/^Why\b/, "cause"], [/^How\b/, "mechanism"], [/^Who\b/, "who"], [/^When\b/, "when"], [/^Where\b/, "where"], [/^What (?:is|are|was|were) (?:an?|the)?\s*[^ ]+\?$/, "definition"]];

/** The labelled card as a candidate of the analysed sentence it was made from. */
function asCandidate(l: CardLabel, sentence: number, text: string): Candidate {
  const at = text.indexOf(l.back);
  const type = l.kind === "cloze" ? "cloze" : TYPE_OF.find(([re]) => re.test(l.front))?.[1] ?? "what";
  return { kind: l.kind, type, front: l.front, back: l.back, sentence, extra: [], answer: at >= 0 ? { start: at, end: at + l.back.length } : null, answerKind: "phrase" };
}

type Row = { fixture: string; book: string; rater: string; label: string; still: "top" | "gated-in" | "gone"; sentence: boolean; cause: string; card: string };

const books = loadBooks();
const strictOnly = process.argv.includes("--strict");
const regate = process.argv.includes("--regate");
const passing: string[] = [];
const rows: Row[] = [];
for (const fixture of trainFixtures(books)) {
  const labels = readLabels(fixture).filter((l) => l.reason === "garbled-or-cut" && (!strictOnly || isStrict(l.rater))).sort((a, b) => rank(a.rater) - rank(b.rater));
  if (!labels.length) continue;
  const chapter = fixtureChapter(fixture);
  const now = chapter.sentences.map((s) => norm(s.text));
  const nowSet = new Set(now);
  const top = new Set(generateCards(chapter, { max: 40, ...fixtureOptions(fixture) }).map(looseKey));
  const passed = new Set(rankedCandidates(chapter, undefined, fixtureOptions(fixture)).ranked.map((r) => looseKey(r.c)));
  const seen = new Set<string>();
  const analysis = regate ? analyseChapter(chapter, fixtureOptions(fixture)) : null;
  for (const l of labels) {
    const key = looseKey(l);
    if (seen.has(key)) continue;
    seen.add(key);
    const sentence = nowSet.has(norm(l.sentence ?? ""));
    const cause = sentence ? cardCause(l) : cleanUpCause(l, now);
    const s = sentence && analysis ? analysis.sentences.find((x) => norm(x.text) === norm(l.sentence ?? "")) : undefined;
    if (s && analysis && !gate(asCandidate(l, s.sentence.id, s.text), analysis)) passing.push(`${l.rater.padEnd(9)} ${fixture.slice(0, 24).padEnd(24)} ${l.front.slice(0, 110)} → ${l.back.slice(0, 40)}`);
    rows.push({ fixture, book: books.fixtures[fixture].book, rater: l.rater, label: l.label, still: top.has(key) ? "top" : passed.has(key) ? "gated-in" : "gone", sentence, cause, card: `${l.front} → ${l.back}` });
  }
}

if (process.argv.includes("--rows")) for (const r of rows) console.log(`${r.still.padEnd(8)} ${r.rater.padEnd(9)} ${r.cause.padEnd(58)} ${r.fixture.replace(/^pd-|\.txt$/g, "").slice(0, 22).padEnd(22)} ${r.card.slice(0, 150)}`);

// Cause × book: every labelled card, and (in brackets) those this checkout still makes and passes.
const causes = [...new Set(rows.map((r) => r.cause))].sort();
const bookNames = [...new Set(rows.map((r) => r.book))];
console.log(`\n${rows.length} garbled-or-cut cards (${rows.filter((r) => isStrict(r.rater)).length} by strict raters); still made and passing the gates: ${rows.filter((r) => r.still !== "gone").length} (in the top 40: ${rows.filter((r) => r.still === "top").length})\n`);
console.log("| cause | books | cards | still made (top 40) | per book (cards/still made) |\n| --- | --- | --- | --- | --- |");
for (const cause of causes) {
  const mine = rows.filter((r) => r.cause === cause);
  const per = bookNames.map((b) => [b, mine.filter((r) => r.book === b)] as const).filter(([, rs]) => rs.length);
  const still = mine.filter((r) => r.still !== "gone").length, inTop = mine.filter((r) => r.still === "top").length;
  console.log(`| ${cause} | ${per.length} | ${mine.length} | ${still} (${inTop}) | ${per.map(([b, rs]) => `${b} ${rs.length}/${rs.filter((r) => r.still !== "gone").length}`).join(", ")} |`);
}

if (regate) {
  console.log(`\nLabelled cards whose sentence is still made that would pass every gate today: ${passing.length}`);
  for (const p of passing) console.log(`  ${p}`);
}
