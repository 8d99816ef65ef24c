// Which sentence of a paragraph states its claim. Four signals, each about how expository and
// argumentative prose is written, none fitted to a book:
// - position: a paragraph of argument states its point first (the topic sentence) or last (the
//   conclusion drawn);
// - marker: a conclusion is announced ("therefore", "hence", "in short", "the truth is", "it follows");
//   the analysed text has the marker deleted (decontext), so it is read on the sentence as written;
// - chain: the claim shares the words the paragraph keeps coming back to, and the section heading's;
// - centrality: TextRank within the section (Analysis.centrality).
// Measured on the training books (scripts/claims-audit.ts: in paragraphs holding a gold must-know
// sentence, how often the sentence ranked first is one): centrality alone 52 %, the equal-weight sum
// of all four 46 %, marker 43 %, position and chain 41 % (the first sentence 41 %). Chosen leave one
// book out among nine weightings, centrality alone won every fold (held-out 52 %): so the weights
// below keep centrality only; the other signals stay computed for the audit and a later refit.
import type { Analysis, AnalysedSentence, Token } from "../analyse";
import { written } from "../decontext";
import { SUMMING_UP } from "../discourse";

export type ThesisSignals = { position: number; marker: number; chain: number; centrality: number };
export type SignalName = keyof ThesisSignals;
export const SIGNALS: SignalName[] = ["position", "marker", "chain", "centrality"];
/** Centrality only: chosen leave one book out (above). EQUAL_WEIGHTS is the a-priori sum it beat. */
export const WEIGHTS: Record<SignalName, number> = { position: 0, marker: 0, chain: 0, centrality: 1 };
export const EQUAL_WEIGHTS: Record<SignalName, number> = { position: 1, marker: 1, chain: 1, centrality: 1 };

// Announced conclusions and summaries, at the sentence's start or after its first comma.
const MARKER = new RegExp(String.raw`^(?:(?:And|But|So)\s+)?(?:therefore|hence|thus|consequently|accordingly|${SUMMING_UP}|in sum|in brief|to sum up|the truth is|the fact is|the point is|the upshot is|it follows|we (?:may|must|can) (?:conclude|infer|say)|the (?:conclusion|result|inference) is|this (?:shows|proves) that)\b`, "i");
const MID_MARKER = /,\s+(?:therefore|hence|thus|consequently|then|in short|in fact),/i;

const content = (t: Token) => !t.stop && /^(?:NOUN|PROPN|VERB|ADJ)$/.test(t.pos) && t.lemma.length > 2;

/** The lemmas of the heading, lower case (a heading is not analysed: its words are matched as written or without a plural s). */
function headingWords(title: string): Set<string> {
  const out = new Set<string>();
  for (const w of title.toLowerCase().match(/\p{L}{4,}/gu) ?? []) { out.add(w); out.add(w.replace(/(?:es|s)$/, "")); }
  return out;
}

export function markerOf(s: AnalysedSentence): boolean {
  const text = written(s);
  return MARKER.test(text) || MID_MARKER.test(text);
}

/**
 * Share of the sentence's content lemmas that another sentence of the paragraph also uses (or the
 * heading names): the lexical chain the sentence sits on.
 */
export function chainOf(s: AnalysedSentence, paragraph: AnalysedSentence[], heading: Set<string>): number {
  const own = [...new Set(s.tokens.filter(content).map((t) => t.lemma))];
  if (!own.length) return 0;
  const others = new Set(paragraph.filter((o) => o !== s).flatMap((o) => o.tokens.filter(content).map((t) => t.lemma)));
  return own.filter((l) => others.has(l) || heading.has(l)).length / own.length;
}

export function signals(s: AnalysedSentence, k: number, paragraph: AnalysedSentence[], a: Analysis): ThesisSignals {
  const heading = headingWords(a.sections[s.section]?.title ?? "");
  return {
    position: k === 0 || k === paragraph.length - 1 ? 1 : 0,
    marker: markerOf(s) ? 1 : 0,
    chain: chainOf(s, paragraph, heading),
    centrality: a.centrality[s.sentence.id] ?? 0,
  };
}

export const thesisScore = (x: ThesisSignals, w: Record<SignalName, number> = WEIGHTS) => SIGNALS.reduce((z, n) => z + w[n] * x[n], 0);

/** The paragraph's sentences, best thesis first (ties: the earlier sentence). */
export function rankTheses(paragraph: AnalysedSentence[], a: Analysis, w: Record<SignalName, number> = WEIGHTS): AnalysedSentence[] {
  const scored = paragraph.map((s, k) => ({ s, k, z: thesisScore(signals(s, k, paragraph, a), w) }));
  return scored.sort((x, y) => y.z - x.z || x.k - y.k).map((e) => e.s);
}
