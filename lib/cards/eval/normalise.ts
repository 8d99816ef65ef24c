// Matching keys for labels. Two runs of a generator (or two generators) rarely print a card with
// byte-identical text, so a label is found by either of two keys:
//   1. (front, back), normalised: the same card as printed before;
//   2. (kind, source sentence, back), normalised: the same answer asked from the same sentence,
//      surviving rewording of the question ("Who founded X?" vs "Who was the founder of X?").
// Normalising lowercases, unifies quotes and dashes, drops cloze numbering and hint text, strips
// punctuation at the ends and collapses whitespace. It never drops words.
// A card's context line (shown above its question) is part of both keys: a verdict on a card with
// a context line is not a verdict on the same card without one, nor the reverse. A card without
// one has exactly the keys it had before context lines existed, so older labels keep matching.

export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g, "{{$1}}")
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]+/g, "-")
    .replace(/-{2,}/g, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^[\s"'.,;:!?]+|[\s"'.,;:!?]+$/g, "");
}

/** The key part for a card's context line: empty when it has none (or an empty one). */
export function contextKey(c: { context?: string | null }): string {
  const line = c.context ? normalise(c.context) : "";
  return line ? `\u0000context\u0000${line}` : "";
}

export const cardKey = (c: { front: string; back: string; context?: string | null }) => `${normalise(c.front)}\u0000${normalise(c.back)}${contextKey(c)}`;

export const sentenceKey = (c: { kind: string; sentence: string; back: string; context?: string | null }) =>
  `${c.kind}\u0000${normalise(c.sentence)}\u0000${normalise(c.back)}${contextKey(c)}`;
