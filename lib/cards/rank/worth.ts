// "Is this sentence worth a card?": a small logistic model over features of the SOURCE SENTENCE
// only (not of any card made from it), fitted by scripts/fit-worth.ts on strict raters' labels of
// train books. Strict raters reject many cards for what the sentence says (a past-tense anecdote,
// the author speaking in the first person, a short remark) rather than for how the card is cut;
// the card ranker's features describe the card and cannot see this.
// `filterWorth` drops the candidates of sentences below a cut before selection, keeping at least
// `min` sentences per chapter. The pipeline does NOT use it: by leave-one-book-out over the train
// books the filter did not meet issue 11's adoption rule (docs/card-generator.md, "A sentence-level
// worth filter"); the script measures it again as labels grow.
import type { AnalysedSentence, Analysis, Token } from "../analyse/types";
import { MODALS, tenseOf } from "../analyse/tense";
import { fitLogistic } from "./fit";

export const WORTH_FEATURES = [
  "bias",
  "present-verb", // main verb in the present tense ("is", "makes")
  "past-verb", // main verb in the past tense ("was", "made")
  "copula-present", // "X is/are …": a general statement
  "modal", // can, may, must, would …
  "first-person", // I, we, my, our …
  "second-person", // you, your
  "short", // fewer than 10 words
  "log-words",
  "entity-density", // named entities per 10 words
  "has-date",
  "person-count", // person entities (capped at 3)
  "quotation", // quotation marks
  "narrative-marker", // then, afterwards, at last, one day …
  "centrality", // TextRank centrality within its section
  "defines-term", // the sentence has a term the chapter defines
  "has-clause", // the analysis found subject + verb
  "opening-adverbial",
  "unresolved-pronoun", // leading pronoun the analysis could not resolve
  "question-or-exclamation",
  "section-position", // 0 at the section's start, 1 at its end
] as const;

export type WorthWeights = { source: string; weights: Record<string, number>; cut?: { p: number; min: number } };

const FIRST = new Set(["i", "we", "my", "our", "me", "us", "myself", "ourselves", "mine", "ours"]);
const SECOND = new Set(["you", "your", "yours", "yourself", "yourselves"]);
const NARRATIVE = /\b(?:then|afterwards|thereupon|at (?:last|length)|one day|soon after|presently|next day|that night)\b/i;

/** The main verb's token: the clause's verb when the analysis found one, else the first verb or auxiliary. */
function mainVerb(s: AnalysedSentence): Token | undefined {
  if (s.clause) return s.tokens[s.clause.verb];
  return s.tokens.find((t) => t.pos === "AUX" || t.pos === "VERB");
}

export function worthFeatures(s: AnalysedSentence, a: Analysis): number[] {
  const words = s.tokens.filter((t) => t.pos !== "PUNCT").length || 1;
  const v = mainVerb(s);
  const tense = tenseOf(v);
  const id = s.sentence.id;
  const section = a.sections[s.section]?.sentences ?? [id];
  const at = section.indexOf(id);
  // Whole words: " a tidal mill needs " has the defined "tidal mill".
  const padded = ` ${s.tokens.map((t) => t.lower).join(" ")} `;
  const f: Record<(typeof WORTH_FEATURES)[number], number> = {
    bias: 1,
    "present-verb": tense === "present" ? 1 : 0,
    "past-verb": tense === "past" ? 1 : 0,
    "copula-present": tense === "present" && v?.lemma === "be" ? 1 : 0,
    modal: s.tokens.some((t) => MODALS.has(t.lower)) ? 1 : 0,
    "first-person": s.tokens.some((t) => FIRST.has(t.lower)) ? 1 : 0,
    "second-person": s.tokens.some((t) => SECOND.has(t.lower)) ? 1 : 0,
    short: words < 10 ? 1 : 0,
    "log-words": Math.log(words) / Math.log(50),
    "entity-density": Math.min(1, (10 * s.entities.filter((e) => e.kind !== "number").length) / words / 3),
    "has-date": s.entities.some((e) => e.kind === "date") ? 1 : 0,
    "person-count": Math.min(3, s.entities.filter((e) => e.kind === "person").length) / 3,
    quotation: /["“”]|(?:^|\s)'\w/.test(s.sentence.text) ? 1 : 0,
    "narrative-marker": NARRATIVE.test(s.sentence.text) ? 1 : 0,
    centrality: a.centrality[id] ?? 0,
    "defines-term": [...a.defined].some((d) => padded.includes(` ${d} `)) ? 1 : 0,
    "has-clause": s.clause ? 1 : 0,
    "opening-adverbial": s.clause?.opening ? 1 : 0,
    "unresolved-pronoun": s.pronoun && !s.pronoun.resolved ? 1 : 0,
    "question-or-exclamation": /[?!]["”']?\s*$/.test(s.sentence.text) ? 1 : 0,
    "section-position": section.length > 1 && at >= 0 ? at / (section.length - 1) : 0,
  };
  return WORTH_FEATURES.map((n) => f[n]);
}

export function worthScore(x: number[], w: WorthWeights): number {
  const z = WORTH_FEATURES.reduce((s, n, i) => s + (w.weights[n] ?? 0) * x[i], 0);
  return 1 / (1 + Math.exp(-z));
}

/** Rows for the fit: one per sentence, target the share of its strict labels that accept. */
export function fitWorth(rows: { x: number[]; y: number; weight: number }[], lambda: number, source: string): WorthWeights {
  if (!rows.length) throw new Error("fitWorth needs at least one labelled sentence");
  const w = fitLogistic(rows.map((r) => r.x), rows.map((r) => r.y), { lambda, sampleWeights: rows.map((r) => r.weight) });
  return { source, weights: Object.fromEntries(WORTH_FEATURES.map((n, i) => [n, Math.round(w[i] * 1000) / 1000])) };
}

/**
 * The candidates whose sentence reaches `cut.p`; when fewer than `cut.min` sentences do, those of
 * the `cut.min` most worthwhile sentences. Without a cut (or p ≤ 0) the pool is returned as is.
 */
export function filterWorth<T extends { c: { sentence: number } }>(pool: T[], worth: (sentence: number) => number, cut?: { p: number; min: number }): T[] {
  if (!cut || cut.p <= 0) return pool;
  const sentences = [...new Set(pool.map((r) => r.c.sentence))];
  let keep = new Set(sentences.filter((s) => worth(s) >= cut.p));
  if (keep.size < cut.min) keep = new Set([...sentences].sort((x, y) => worth(y) - worth(x) || x - y).slice(0, cut.min));
  return pool.filter((r) => keep.has(r.c.sentence));
}
