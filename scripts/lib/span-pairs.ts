// Pairs (sentence, rejected span, preferred span) from the strict raters' notes that name a better
// blank ("blank 'X' instead", "extend blank through 'X'"): direct, pairwise supervision for the span
// chooser (lib/cards/spans). Only strict raters (rater-c … rater-k), only TRAIN fixtures, only cloze
// labels that were edited or rejected and whose note quotes a phrase found in the card's sentence.
import { analyseChapter, type Analysis, type AnalysedSentence } from "@/lib/cards/analyse";
import { preferredBlanks, type Offsets } from "@/lib/cards/spans/notes";
import { isStrict } from "@/lib/cards/rank/training";
import { allLabelsOf, fixtureChapter, loadBooks, trainFixtures, type Books } from "./cards-eval";
import { byContext, locate, norm, type Label } from "./span-rows";

export type SpanPair = { book: string; fixture: string; s: AnalysedSentence; rejected: Offsets; preferred: Offsets[]; note: string; label: string; rater: string };

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
    if (preferred.length) out.push({ book, fixture, s: at.s, rejected: at.span, preferred, note: l.note, label: l.label, rater: l.rater ?? "" });
  }
  return out;
}

/** Every train fixture's pairs, with the analyses they point into. */
export function spanPairs(books: Books = loadBooks()): { pairs: SpanPair[]; analyses: Map<string, Analysis> } {
  const pairs: SpanPair[] = [];
  const analyses = new Map<string, Analysis>();
  for (const fixture of trainFixtures(books)) {
    const a = analyseChapter(fixtureChapter(fixture));
    analyses.set(fixture, a);
    pairs.push(...pairsOf(books.fixtures[fixture].book, fixture, a, allLabelsOf(fixture) as Label[]));
  }
  return { pairs, analyses };
}
