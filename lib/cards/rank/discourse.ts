// Where a candidate's sentence stands in its paragraph and chapter, for the ranker: the sentence-local
// features (features.ts) do not see that a paragraph's first sentence often states what the rest
// illustrates, that a sentence sharing words with its section heading is on the section's topic,
// that an answer the chapter repeats in many sentences is what the chapter is about, or that a
// sentence opening on a connective ("But", "Thus") or the author's frame ("It is clear that", "Let
// us …") leans on what came before. Computed once per chapter (cached on the analysis).
// NOT WIRED INTO THE RANKER: measured leave-one-book-out in session 11 (docs/card-generator.md,
// "Session 11: the ranker on books it has not seen"), every one of these features, alone or together,
// lowered the left-out books' AUC. To measure them again, append `...DISCOURSE_FEATURES` to
// FEATURE_NAMES and `...discourseFeatures(c, a)` to the values in features.ts, then run
// `npm run fit:ranker -- --train-only` with and without `--without <their names>`.
import { HAS_LETTER } from "@/lib/cards/letters";
import type { Analysis, AnalysedSentence } from "../analyse";
import type { Candidate } from "../candidates";
import { INITIAL_MARKERS } from "../decontext/markers";
import { authorFrames } from "../decontext/author-frames";
import { contentTokens, tokensInSpan } from "../text";

export const DISCOURSE_FEATURES = ["paragraph-first", "paragraph-last", "heading-overlap", "answer-spread", "opens-connective", "opens-frame"] as const;
export type DiscourseFeature = (typeof DISCOURSE_FEATURES)[number];

// The author announcing or steering rather than stating: "Let us now consider …", "There are two …",
// "In this chapter we …", "We have seen …", "I shall …". General English, not any book's wording.
const ANNOUNCE = /^(?:let us\b|there (?:is|are|was|were|has been|have been)\b|in (?:this|the present|the following|the last|the next|the preceding|the foregoing) (?:chapter|section|lecture|essay|book|part|paper|letter)\b|(?:we|i) (?:have|had|shall|will|must|may|now|next|return|turn|come|pass|proceed)\b|(?:as|so far as) (?:we|i) have\b)/i;

type Chapter = { first: Set<number>; last: Set<number>; spread: Map<string, number>; lower: string[]; heading: Map<number, Set<string>> };
const cache = new WeakMap<Analysis, Chapter>();

// "laws" and "law", "nations" and "nation": a trailing plural s is not a different word here.
const stem = (w: string) => (w.length > 3 && /[^s]s$/.test(w) ? w.slice(0, -1) : w);

function chapterOf(a: Analysis): Chapter {
  const hit = cache.get(a);
  if (hit) return hit;
  const first = new Set<number>(), last = new Set<number>();
  const byParagraph = new Map<number, number[]>();
  for (const s of a.chapter.sentences) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s.id]);
  // Only paragraphs of two sentences or more: a one-sentence paragraph has no first or last.
  for (const ids of byParagraph.values()) if (ids.length > 1) { first.add(ids[0]); last.add(ids[ids.length - 1]); }
  const heading = new Map<number, Set<string>>();
  a.sections.forEach((sec, i) => heading.set(i, new Set(contentTokens(sec.title).map(stem))));
  const out = { first, last, spread: new Map<string, number>(), lower: a.sentences.map((s) => ` ${s.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `), heading };
  cache.set(a, out);
  return out;
}

/** Share of the section heading's content words the sentence has (0 when the heading has none). */
function headingOverlap(s: AnalysedSentence, ch: Chapter): number {
  const words = ch.heading.get(s.section);
  if (!words?.size) return 0;
  const own = new Set(contentTokens(s.text).map(stem));
  return [...words].filter((w) => own.has(w)).length / words.size;
}

/** How many of the chapter's sentences have the answer's words (its own included), as log / log 20, capped at 1. */
function answerSpread(c: Candidate, a: Analysis, ch: Chapter): number {
  const s = a.sentences[c.sentence];
  if (!c.answer || c.answerKind === "clause") return 0;
  const key = tokensInSpan(s.tokens, c.answer).filter((t) => !t.stop && HAS_LETTER.test(t.text)).map((t) => t.lower).join(" ");
  if (!key) return 0;
  let n = ch.spread.get(key);
  if (n === undefined) {
    const needle = ` ${key} `;
    n = ch.lower.reduce((k, t) => k + (t.includes(needle) ? 1 : 0), 0);
    ch.spread.set(key, n);
  }
  return Math.min(1, Math.log1p(Math.max(0, n - 1)) / Math.log(20));
}

/**
 * The sentence as written, before decontext's repairs (which delete leading connectives and frames).
 * Not decontext's `written`, on purpose: with no repairs made (an analysis with `decontext: false`)
 * that one falls back to the analysed text, in which coref may already have put a name for a leading
 * pronoun, and this one to the chapter's own sentence; and this one drops leading spaces, since the
 * connective and frame patterns below are anchored at the start. With repairs on (the pipeline) both
 * read `context.before`.
 */
const written = (s: AnalysedSentence) => (s.context?.before ?? s.sentence.text).trimStart();

// Up to two leading connectives ("But now, …"), stripped to find a frame behind them.
const LEADING_WORD = /^(\p{L}+),?\s+/u;
function afterConnectives(text: string): { rest: string; at: number; any: boolean } {
  let at = 0, any = false;
  for (let i = 0; i < 2; i++) {
    const m = LEADING_WORD.exec(text.slice(at));
    if (!m || !INITIAL_MARKERS.has(m[1].toLowerCase())) break;
    at += m[0].length;
    any = true;
  }
  return { rest: text.slice(at), at, any };
}

export function discourseFeatures(c: Candidate, a: Analysis): Record<DiscourseFeature, number> {
  const s = a.sentences[c.sentence], ch = chapterOf(a);
  const text = written(s), lead = afterConnectives(text);
  // The author's frame around a claim ("It is clear that", "I believe that"), which decontext deleted
  // as a marker: a deletion at the clause's start that ends on "that".
  const frameDeleted = (s.context?.edits ?? []).some((e) => e.op === "marker" && e.start <= lead.at && /\bthat,?\s*$/i.test(text.slice(e.start, e.end)));
  return {
    "paragraph-first": ch.first.has(c.sentence) ? 1 : 0,
    "paragraph-last": ch.last.has(c.sentence) ? 1 : 0,
    "heading-overlap": headingOverlap(s, ch),
    "answer-spread": answerSpread(c, a, ch),
    "opens-connective": lead.any ? 1 : 0,
    "opens-frame": ANNOUNCE.test(lead.rest) || frameDeleted || authorFrames(s.text, s.tokens).some((e) => e.start === 0) ? 1 : 0,
  };
}
