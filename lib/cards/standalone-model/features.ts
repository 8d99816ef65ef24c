// What the fitted standalone/worth model (./model.ts) reads of a candidate: the context model's
// signals (../gates/context-features.ts: pronouns and whether coref resolves them, demonstratives,
// definite NPs met earlier, connectives, names, dates, position in the paragraph, length, …) and a
// few more about the whole sentence (first person, the reader addressed, a question, an imperative,
// a defined term, a number). All general English; nothing names a book.
import { HAS_LETTER } from "@/lib/cards/letters";
import type { Analysis } from "../analyse";
import type { Candidate } from "../candidates";
import { CONTEXT_FEATURES, contextFeatures } from "../gates/context-features";

const EXTRA_FEATURES = ["first-person", "second-person", "question", "imperative", "defined-term", "number", "sentence-length", "blank-share"] as const;
export const STANDALONE_FEATURES = [...CONTEXT_FEATURES, ...EXTRA_FEATURES] as const;
export type StandaloneFeature = (typeof STANDALONE_FEATURES)[number];

const FIRST = /\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves)\b/;
const SECOND = /\b(?:you|your|yours|yourself|yourselves)\b/i;
// A term said as a term: "X is called Y", "by X we mean", "X means", "is defined as", "is known as", "termed".
const DEFINED = /\b(?:is|are|was|were) (?:called|termed|named|known as|defined as)\b|\bwe (?:mean|call)\b|\bmeans\b|\bis the name (?:of|given)\b/i;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million)\b/i;

const clip = (x: number, cap: number) => Math.min(1, x / cap);

export function standaloneFeatures(c: Candidate, a: Analysis): number[] {
  const s = a.sentences[c.sentence];
  const text = s.text;
  const first = s.tokens.find((t) => HAS_LETTER.test(t.text));
  const extra: Record<(typeof EXTRA_FEATURES)[number], number> = {
    // "I" capitalised only (a Roman one in a list is rare enough); "we" of an author or a narrator.
    "first-person": FIRST.test(text.replace(/^We\b/, "we")) || /^We\b/.test(text) ? 1 : 0,
    "second-person": SECOND.test(text) ? 1 : 0,
    question: /\?\s*["”’)]*\s*$/.test(text) ? 1 : 0,
    // A sentence that opens on a bare verb ("Take a glass …", "Observe that …").
    imperative: first && first.pos === "VERB" && first.lemma.toLowerCase() === first.text.toLowerCase() ? 1 : 0,
    "defined-term": DEFINED.test(text) ? 1 : 0,
    number: NUMBER.test(text) ? 1 : 0,
    "sentence-length": clip(s.tokens.length, 60),
    "blank-share": c.back ? clip(c.back.length / Math.max(1, text.length), 1) : 0,
  };
  return [...contextFeatures(c, a), ...EXTRA_FEATURES.map((f) => extra[f])];
}
