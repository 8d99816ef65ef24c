// Which blank the strict raters wanted: every strict label (not rater-a, rater-a2, rater-b) with reason
// wrong-or-trivial-blank on the TRAIN books (held-out books are never read), its note's quoted span
// found in the card's sentence ("blank 'X'", "blank the cause \"Y\" instead"), and for that span:
// where it sits in the first clause (opening, subject, a detail inside it, after the main verb), whether
// the span enumerator offers it (lib/cards/spans/model scoredSpans: its rank) and which gate refuses it
// as a cloze (informative-blank, blank-choice). Labels are counted one per rater.
//   npx tsx scripts/blank-wanted-audit.ts [--skip book,book] [--current] [--rows]
//   --current: only labels of the current top-40 clozes (what a change to the blank choice can touch)
import { rankedCandidates } from "@/lib/cards/pipeline";
import { scoredSpans } from "@/lib/cards/spans/model";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { blankChoiceWith } from "@/lib/cards/gates/blank-choice";
import { DEFAULT_WEIGHTS } from "@/lib/cards/rank/model";
import type { Analysis, AnalysedSentence } from "@/lib/cards/analyse";
import type { Candidate } from "@/lib/cards/candidates/types";
import { chaptersOf, fixtureOptions, inRepoCards, loadBooks, readLabels, trainFixtures } from "./lib/cards-eval";
import { arg } from "./lib/args";
import { quotedSpans } from "./lib/quoted";

const args = process.argv.slice(2);
const books = loadBooks();
const skip = new Set(arg("--skip")?.split(",") ?? []);
const NOT_STRICT = new Set(["rater-a", "rater-a2", "rater-b"]);
const norm = (x: string) => x.replace(/\s+/g, " ").trim().toLowerCase();
type Span = { start: number; end: number };

function role(s: AnalysedSentence, p: Span | null): string {
  if (!p) return "not in the sentence";
  const cl = s.clause;
  if (!cl) return "no clause";
  const verbAt = s.tokens[cl.verb]?.start ?? Infinity;
  if (cl.opening && p.start >= cl.opening.start && p.end <= cl.opening.end) return "opening";
  if (p.start >= cl.subject.start && p.end <= cl.subject.end) return p.start <= cl.subject.start + 4 ? "subject" : "subject detail";
  return p.start >= verbAt ? "after verb" : "other";
}
function refusal(s: AnalysedSentence, a: Analysis, p: Span): string {
  const back = s.text.slice(p.start, p.end);
  const cand: Candidate = { kind: "cloze", type: "cloze", front: `${s.text.slice(0, p.start)}{{c1::${back}}}${s.text.slice(p.end)}`, back, sentence: s.sentence.id, extra: [], answer: p, answerKind: "term" };
  return informativeBlank(cand, a) ?? blankChoiceWith(cand, a, true) ?? "passes";
}

const tally = new Map<string, Map<string, number>>();
const count = (table: string, key: string) => {
  const t = tally.get(table) ?? tally.set(table, new Map()).get(table)!;
  t.set(key, (t.get(key) ?? 0) + 1);
};
for (const fixture of trainFixtures(books).filter((f) => !skip.has(books.fixtures[f].book))) {
  let labels = readLabels(fixture).filter((l) => l.kind === "cloze" && l.reason === "wrong-or-trivial-blank" && !NOT_STRICT.has(l.rater ?? ""));
  if (args.includes("--current")) {
    const shown = new Set(inRepoCards(fixture, 40).cards.map((c) => norm(c.front)));
    labels = labels.filter((l) => shown.has(norm(l.front)));
  }
  if (!labels.length) continue;
  for (const chapter of chaptersOf(fixture)) {
    const { a } = rankedCandidates(chapter, DEFAULT_WEIGHTS, fixtureOptions(fixture));
    const at = new Map<string, AnalysedSentence>();
    for (const s of a.sentences) at.set(norm(s.sentence.text), s).set(norm(s.text), s);
    for (const l of labels) {
      const s = at.get(norm(l.sentence ?? ""));
      if (!s) continue;
      const find = (t: string): Span | null => {
        const i = s.text.toLowerCase().indexOf(t.toLowerCase());
        return i < 0 ? null : { start: i, end: i + t.length };
      };
      const wanted = quotedSpans(l.note ?? "").find((q) => norm(q) !== norm(l.back) && find(q));
      count("labels", l.label);
      const given = find(l.back);
      count("the blank given, where", role(s, given));
      if (!wanted) {
        count("the note names another span of the sentence", `no (${l.label})`);
        continue;
      }
      count("the note names another span of the sentence", `yes (${l.label})`);
      const w = find(wanted)!;
      count("given → wanted, where", `${role(s, given)} → ${role(s, w)}`);
      const spans = scoredSpans(s, a);
      const rank = spans.findIndex((c) => c.start === w.start && c.end === w.end);
      const ent = s.entities.find((e) => e.start === w.start && e.end === w.end);
      count("the wanted span's kind", ent?.kind ?? (wanted.split(/\s+/).length === 1 ? "one word" : "phrase"));
      count("the wanted span enumerated (rank among the sentence's spans)", rank < 0 ? "not enumerated" : rank < 3 ? `rank ${rank}` : "rank 3+");
      const why = refusal(s, a, w);
      count("as a cloze, the wanted span", why);
      if (args.includes("--rows")) console.log(`${l.label}\t${l.back}\t→ ${wanted}\t${role(s, given)} → ${role(s, w)}\t${rank}\t${why}`);
    }
  }
}
for (const [table, t] of tally) {
  console.log(`\n${table}`);
  for (const [k, n] of [...t].sort((x, y) => y[1] - x[1])) console.log(`  ${n}\t${k}`);
}
