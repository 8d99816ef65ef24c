// Session 17 (standalone): the definite descriptions ("the N") each labelled card of a TRAIN chapter
// shows, with what the chapter said of the same noun before (nearest mention, count, the nearest
// fuller mention: the would-be "bring the referent in" rewrite), one JSON line per shown card (top 40,
// eval:cards' strict-first chain). `--history`: instead, every labelled card of those chapters
// re-analysed at its sentence, and which of lib/cards/gates/bare-description's rules would drop it.
// The check set (scripts/standalone-labels-audit.ts CHECK) is left out unless --check; held-out books are never read;
// `--skip book,book` leaves out other books too (another branch's check set).
//   npx tsx scripts/standalone-descriptions.ts [--history] [--check] [--skip book,book] > out.jsonl
import { analyseChapter } from "@/lib/cards/analyse";
import { generateCards } from "@/lib/cards";
import { LabelIndex, sentenceFinder, type CardLabel } from "@/lib/cards/eval";
import { isStrict, verdictOf } from "@/lib/cards/rank/training";
import { bodyEnd, mentionAt, restricted } from "@/lib/cards/decontext/np";
import { rarity } from "@/lib/cards/rank/frequency";
import { firstFiniteTense } from "@/lib/cards/analyse/tense";
import { bareFigure, bareQuestion } from "@/lib/cards/gates/bare-description";
import { allLabelsOf, documentOf, fixtureChapter, fixtureOptions, loadBooks, readLabels, trainFixtures } from "./lib/cards-eval";
import { STRICT_FIRST_CHAIN } from "./lib/rater-order";
import { asCandidate, STRICT_FIRST } from "./lib/standalone-data";
import { CHECK } from "./standalone-labels-audit-check";
import { arg } from "./lib/args";
import type { Token } from "@/lib/cards/analyse";

const args = process.argv.slice(2);
const check = args.includes("--check");
const books = loadBooks();
const out = (o: unknown) => process.stdout.write(JSON.stringify(o) + "\n");
const skip = new Set(arg("--skip")?.split(",") ?? []);
const fixtures = trainFixtures(books).filter((f) => CHECK.has(books.fixtures[f].book) === check && !skip.has(books.fixtures[f].book));

/**
 * Where each noun (by its lower-case form) stands in the chapter: sentence index and token index, in
 * text order. Built once a chapter, so a description looks up its noun's mentions instead of reading
 * every token of every sentence before it.
 */
function nounPositions(sentences: readonly { tokens: Token[] }[]): Map<string, [number, number][]> {
  const at = new Map<string, [number, number][]>();
  sentences.forEach((s, j) => s.tokens.forEach((t, q) => { if (t.pos === "NOUN") (at.get(t.lower) ?? at.set(t.lower, []).get(t.lower)!).push([j, q]); }));
  return at;
}

if (args.includes("--history")) {
  for (const fixture of fixtures) {
    const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
    const find = sentenceFinder(a.chapter.sentences.map((s) => s.text));
    const cards = new Map<string, CardLabel[]>();
    for (const l of allLabelsOf(fixture)) { const k = `${l.kind}\u0000${l.front}\u0000${l.back}`; cards.set(k, [...(cards.get(k) ?? []), l]); }
    for (const ls of cards.values()) {
      const strict = ls.some((l) => isStrict(l.rater));
      const v = verdictOf(ls, strict ? STRICT_FIRST : ["rater-a2", "rater-a", "rater-b"]) as CardLabel | null;
      const c = v && asCandidate(v, a, find);
      if (!v || !c) continue;
      const s = a.sentences[c.sentence];
      const rule = bareQuestion(c, s) ? "question" : bareFigure(c, s) ? "figure" : null;
      if (rule) out({ fixture, rule, label: v.label, reason: v.reason, strict, rater: v.rater, front: v.front, back: v.back });
    }
  }
  process.exit(0);
}

for (const fixture of fixtures) {
  const doc = documentOf(fixture);
  const index = new LabelIndex(readLabels(fixture), STRICT_FIRST_CHAIN);
  for (const ch of doc.chapters) {
    const opts = { ...fixtureOptions(fixture), ...(doc.title ? { title: doc.title } : {}) };
    const a = analyseChapter(ch, opts);
    const nouns = nounPositions(a.sentences);
    for (const c of generateCards(ch, { max: 40, ...opts })) {
      const i = c.source.sentence, s = a.sentences[i], ts = s.tokens;
      const sentence = ch.sentences[i]?.text ?? "";
      const m = index.find({ kind: c.kind, front: c.front, back: c.back, ...(c.context ? { context: c.context } : {}), sentence });
      const front = c.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1").toLowerCase();
      const answer = (c.kind === "cloze" ? (c.front.match(/\{\{c\d+::(.*?)\}\}/)?.[1] ?? "") : c.back).toLowerCase();
      const descs: unknown[] = [];
      for (let k = 0; k < ts.length; k++) {
        if (ts[k].pos !== "DET" || ts[k].lower !== "the") continue;
        const end = bodyEnd(ts, k + 1);
        if (end < 0) continue;
        const head = ts[end - 1], text = s.text.slice(ts[k].start, head.end);
        const inBack = c.kind === "qa" && c.back.toLowerCase().includes(text.toLowerCase());
        if (front.includes(text.toLowerCase()) || inBack) {
          // Earlier mentions of the same noun anywhere before in the chapter (an audit may read back that far),
          // nearest sentence first and in text order inside a sentence.
          let nearest: number | null = null, count = 0, indef = false, fuller: { text: string; dist: number } | null = null;
          const before = (nouns.get(head.lower) ?? []).filter(([j]) => j < i).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
          for (const [j, q] of before) {
            count++;
            nearest ??= i - j;
            const mm = mentionAt(a.sentences[j].tokens, a.sentences[j].text, q, rarity);
            if (mm?.indefinite) indef = true;
            if (mm && mm.restricting.length && !fuller) fuller = { text: mm.text, dist: i - j };
          }
          descs.push({ text, head: head.lower, premod: ts.slice(k + 1, end - 1).map((t) => t.lower), restr: restricted(ts, end) || /^['’]s$/.test(ts[end]?.text ?? "") || ts[k - 1]?.pos === "PROPN", at: k, inBack, answerHas: answer.includes(text.toLowerCase()) || answer.includes(head.lower), nearest, count, indef, fuller });
        }
        k = end - 1;
      }
      out({ fixture, book: books.fixtures[fixture].book, kind: c.kind, front: c.front, back: c.back, tense: firstFiniteTense(ts), label: m?.label.label ?? null, reason: m?.label.reason ?? null, note: m?.label.note ?? null, strict: m ? isStrict(m.label.rater) : null, descs });
    }
  }
}
