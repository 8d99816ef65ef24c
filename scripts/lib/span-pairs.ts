// Pairs (sentence, rejected span, preferred span) from the strict raters' notes that name a better
// blank ("blank 'X' instead", "extend blank through 'X'"): direct, pairwise supervision for the span
// chooser (lib/cards/spans). Only strict raters (rater-c … rater-m), only TRAIN fixtures, only cloze
// labels that were edited or rejected and whose note quotes a phrase found in the card's sentence.
import { analyseChapter, type Analysis, type AnalysedSentence } from "@/lib/cards/analyse";
import { preferredBlanks, type Offsets } from "@/lib/cards/spans/notes";
import { isStrict } from "@/lib/cards/rank/training";
import { allLabelsOf, fixtureChapter, loadBooks, trainFixtures, type Books, fixtureOptions } from "./cards-eval";
import { byContext, kindAt, locate, norm, toSpanWeights, type Label, type SpanRow } from "./span-rows";
import { fitLogistic } from "@/lib/cards/rank/fit";
import type { SpanWeights } from "@/lib/cards/spans/model";
import { enumerateSpans } from "@/lib/cards/spans/enumerate";
import { spanFeatures } from "@/lib/cards/spans/features";

export type SpanPair = { book: string; fixture: string; s: AnalysedSentence; rejected: Offsets; preferred: Offsets[]; note: string; label: string; rater: string; reason?: string | null };

/** The sentence and offsets of a cloze label's blank in the analysed chapter, or null. */
export function locateCloze(a: Analysis, l: Label): { s: AnalysedSentence; span: Offsets } | null {
  const unblanked = norm(l.front.replace(/\{\{c\d+::(.*?)\}\}/g, "$1"));
  let s: AnalysedSentence | undefined = a.sentences.find((x) => norm(x.text) === unblanked) ?? a.sentences.find((x) => unblanked.endsWith(norm(x.text)));
  let span: [number, number] | null | undefined = s ? locate(s, l) : null;
  if (!span) ({ s, span } = byContext(a, l));
  return s && span ? { s, span: { start: span[0], end: span[1] } } : null;
}

/** The pairs of one fixture's labels, given its analysis. */
export function pairsOf(book: string, fixture: string, a: Analysis, labels: Label[]): SpanPair[] {
  const out: SpanPair[] = [];
  for (const l of labels) {
    if (l.kind !== "cloze" || l.label === "accept" || !l.note || !isStrict(l.rater ?? "")) continue;
    const at = locateCloze(a, l);
    if (!at) continue;
    const preferred = preferredBlanks(l.note, at.s.text, at.span);
    if (preferred.length) out.push({ book, fixture, s: at.s, rejected: at.span, preferred, note: l.note, label: l.label, rater: l.rater ?? "", reason: l.reason });
  }
  return out;
}

/** Every train fixture's pairs, with the analyses they point into. */
export function spanPairs(books: Books = loadBooks()): { pairs: SpanPair[]; analyses: Map<string, Analysis> } {
  const pairs: SpanPair[] = [];
  const analyses = new Map<string, Analysis>();
  for (const fixture of trainFixtures(books)) {
    const a = analyseChapter(fixtureChapter(fixture), fixtureOptions(fixture));
    analyses.set(fixture, a);
    pairs.push(...pairsOf(books.fixtures[fixture].book, fixture, a, allLabelsOf(fixture) as Label[]));
  }
  return { pairs, analyses };
}

const bare = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/^(?:the|a|an) /, "").replace(/[.,;:]+$/, "").trim();
/** Two spans of a sentence are the same blank when their words are the same, article aside. */
export const sameBlank = (s: AnalysedSentence, x: Offsets, y: Offsets) => bare(s.text.slice(x.start, x.end)) === bare(s.text.slice(y.start, y.end));

export type PairRow = { book: string; x: number[]; y: number; weight: number };
/** A sentence's preferred blank(s) and, for a rater's correction, the blank it replaced (a strong model's blank replaced none). */
export type ChoicePair = Pick<SpanPair, "book" | "fixture" | "s" | "preferred"> & { rejected?: Offsets };

/**
 * Pairwise rows for the span model's logistic fit: for each pair, the preferred span's features
 * minus those of every other span the chooser could take (its candidates and the rejected blank, if any),
 * as a 1, and the mirror as a 0 (the bias column cancels). Each pair weighs `weight` in all, so a
 * sentence with many candidates does not count more than one with few.
 */
export function pairRows(pairs: ChoicePair[], analyses: Map<string, Analysis>, weight: number): PairRow[] {
  const out: PairRow[] = [];
  for (const p of pairs) {
    const a = analyses.get(p.fixture)!;
    const want = p.preferred[0];
    const xw = spanFeatures(p.s, a, want.start, want.end, kindAt(p.s, want.start, want.end));
    const rejected = p.rejected ? [{ ...p.rejected, kind: kindAt(p.s, p.rejected.start, p.rejected.end) }] : [];
    const others = [...enumerateSpans(p.s, a), ...rejected].filter((c) => !p.preferred.some((w) => sameBlank(p.s, c, w)));
    const seen = new Set<string>();
    const unique = others.filter((c) => !seen.has(`${c.start}:${c.end}`) && !!seen.add(`${c.start}:${c.end}`));
    for (const c of unique) {
      const xc = spanFeatures(p.s, a, c.start, c.end, c.kind);
      const d = xw.map((v, i) => v - xc[i]);
      const w = weight / unique.length;
      out.push({ book: p.book, x: d, y: 1, weight: w }, { book: p.book, x: d.map((v) => -v), y: 0, weight: w });
    }
  }
  return out;
}

/**
 * The span model fitted on the labelled spans (scripts/lib/span-rows.ts) and, at `pairWeight`, the
 * pairwise rows of every book but `leftOut` (null: every book); `more`: further pairwise rows (a
 * strong model's blanks, scripts/lib/llm-blanks.ts) at their own weight, the left-out book's dropped too.
 */
export function fitWithPairs(leftOut: string | null, rows: SpanRow[], pairs: PairRow[], pairWeight: number, lambda = 5, more?: { rows: PairRow[]; weight: number }): SpanWeights {
  const rs = rows.filter((r) => r.book !== leftOut);
  const pick = (prs: PairRow[], weight: number) => (weight > 0 ? prs.filter((r) => r.book !== leftOut).map((r) => ({ x: r.x, y: r.y, w: r.weight * weight })) : []);
  const ps = [...pick(pairs, pairWeight), ...(more ? pick(more.rows, more.weight) : [])];
  const w = fitLogistic([...rs.map((r) => r.x), ...ps.map((r) => r.x)], [...rs.map((r) => r.y), ...ps.map((r) => r.y)], { lambda, sampleWeights: [...rs.map(() => 1), ...ps.map((r) => r.w)] });
  return toSpanWeights(w, leftOut ? `fold without ${leftOut}` : "every train book");
}
