// The span model's training rows (scripts/fit-spans.ts, scripts/fit-cards.ts): every labelled cloze
// and short Q&A answer of a TRAIN fixture, located in its analysed sentence, with its span features.
//   accept → 1; edit → 0.5 (0 when the edit note names another blank); reject for a wrong or trivial
//   blank → 0; rejects for other reasons (not standalone, garbled) say nothing about the span: left out.
//   A note that names the right blank ("blank 'X'", "blank X not Y") adds X, found in the sentence, as a 1.
// Labels come from every rater (allLabelsOf); held-out books are never read.
import { analyseChapter, type Analysis, type AnalysedSentence } from "@/lib/cards/analyse";
import { SPAN_FEATURES, spanFeatures } from "@/lib/cards/spans/features";
import type { SpanKind } from "@/lib/cards/spans/enumerate";
import type { SpanWeights } from "@/lib/cards/spans/model";
import { fitLogistic } from "@/lib/cards/rank/fit";
import { namedBlank, preferredBlanks } from "@/lib/cards/spans/notes";
import { isStrict as isStrictRater } from "@/lib/cards/rank/training";
import { allLabelsOf, fixtureChapter, loadBooks, trainFixtures, type Books, fixtureOptions } from "./cards-eval";

export type Label = { fixture: string; kind: string; front: string; back: string; sentence: string; label: "accept" | "edit" | "reject"; reason?: string | null; note?: string; rater?: string };
/** strict: labelled by an independent strict rater, whose verdict on a span overrides the developers'. */
export type SpanRow = { book: string; key: string; start: number; end: number; x: number[]; y: number; strict: boolean };
export type SpanData = { rows: SpanRow[]; analyses: Map<string, Analysis>; unmatched: number; mined: number; qa: number };

export const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();

/** The labelled blank's offsets in the analysed sentence: the occurrence of `back` whose preceding text ends the front's. */
export function locate(s: AnalysedSentence, l: Label): [number, number] | null {
  const at = l.front.indexOf("{{c1::");
  if (at < 0) return null;
  const pre = norm(l.front.slice(0, at));
  for (let i = s.text.indexOf(l.back); i >= 0; i = s.text.indexOf(l.back, i + 1)) if (pre.endsWith(norm(s.text.slice(0, i))) || !norm(s.text.slice(0, i))) return [i, i + l.back.length];
  return null;
}

/** The sentence holding the blank with the words just around it (shorter context if need be), and the blank's offsets there. */
export function byContext(a: Analysis, l: Label): { s?: AnalysedSentence; span?: [number, number] | null } {
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

export function kindAt(s: AnalysedSentence, start: number, end: number): SpanKind {
  return s.entities.find((e) => e.start === start && e.end === end)?.kind ?? "term";
}

/** The rows of every train fixture; a strict rater's verdict on a span replaces the developers' label of it. */
export function spanRows(books: Books = loadBooks()): SpanData {
  const rows: SpanRow[] = [];
  const analyses = new Map<string, Analysis>();
  let unmatched = 0, mined = 0, qa = 0;
  for (const fixture of trainFixtures(books)) {
    // Every rater's labels, wherever filed: the second rater's files are named by fixture without its
    // extension, and one (heldout-sample.jsonl) holds several fixtures; allLabelsOf reads them all.
    const labels: Label[] = allLabelsOf(fixture).filter((l) => l.kind === "cloze" || l.kind === "qa");
    const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
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
      // The blank the note asks for: a quoted phrase it asks to blank instead (preferredBlanks), else "blank X not Y".
      const preferred = l.label !== "accept" ? preferredBlanks(l.note, s.text, { start: span[0], end: span[1] })[0] : undefined;
      const named = preferred ? s.text.slice(preferred.start, preferred.end) : l.label !== "accept" ? namedBlank(l.note) : null;
      const y: number | null = l.label === "accept" ? 1 : l.label === "edit" ? (named ? 0 : 0.5) : l.reason === "wrong-or-trivial-blank" ? 0 : null;
      if (y !== null) rows.push({ book, key: `${fixture}#${s.sentence.id}`, start: span[0], end: span[1], x: spanFeatures(s, a, span[0], span[1], kindAt(s, span[0], span[1])), y, strict: isStrict(l) });
      const at = preferred ? preferred.start : named ? s.text.toLowerCase().indexOf(named.toLowerCase()) : -1;
      if (named && at >= 0) {
        mined++;
        rows.push({ book, key: `${fixture}#${s.sentence.id}`, start: at, end: at + named.length, x: spanFeatures(s, a, at, at + named.length, kindAt(s, at, at + named.length)), y: 1, strict: isStrict(l) });
      }
    }
  }

  // Where a strict rater judged a span, the developers' lenient label of the same span is dropped.
  {
    const strictSpans = new Set(rows.filter((r) => r.strict).map((r) => `${r.key}@${r.start}:${r.end}`));
    for (let i = rows.length - 1; i >= 0; i--) if (!rows[i].strict && strictSpans.has(`${rows[i].key}@${rows[i].start}:${rows[i].end}`)) rows.splice(i, 1);
  }
  return { rows, analyses, unmatched, mined, qa };
}

export const toSpanWeights = (w: number[], source: string): SpanWeights => ({ source, weights: Object.fromEntries(SPAN_FEATURES.map((f, i) => [f, Math.round(w[i] * 1000) / 1000])) });
export const fitSpanRows = (rs: SpanRow[], lambda: number) => fitLogistic(rs.map((r) => r.x), rs.map((r) => r.y), { lambda });
