// Matching keys for labels. Two runs of a generator (or two generators) rarely print a card with
// byte-identical text, so a label is found by either of two keys:
//   1. (front, back), normalised: the same card as printed before;
//   2. (kind, source sentence, back), normalised: the same answer asked from the same sentence,
//      surviving rewording of the question ("Who founded X?" vs "Who was the founder of X?").
// Normalising lowercases, unifies quotes and dashes, drops cloze numbering and hint text, strips
// punctuation at the ends and collapses whitespace. It never drops words.

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

export const cardKey = (c: { front: string; back: string }) => `${normalise(c.front)}\u0000${normalise(c.back)}`;

export const sentenceKey = (c: { kind: string; sentence: string; back: string }) =>
  `${c.kind}\u0000${normalise(c.sentence)}\u0000${normalise(c.back)}`;
