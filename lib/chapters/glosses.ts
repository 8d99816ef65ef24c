// Marginal glosses in textbooks: a key term in lower case beside the paragraph that introduces it,
// followed by its definition ("encoding The process of getting information into memory."). PDF
// converters put them between paragraphs or in the middle of a sentence. A block is taken for a
// gloss only with document-wide evidence: at least two blocks of that shape, each defining a
// term that the text nearby also uses. The assembler then keeps them out of the body text
// when they stand between paragraphs or cut a sentence that the next block continues.
import type { Block } from "./blocks";

const FUNCTION_WORD = /^(?:a|an|the|of|to|as|and|or|but|by|in|on|at|for|from|with|into|that|which|who|was|were|is|are|be|been|his|her|its|their|our|this|these|those|than|not|so|if|when|while|after|before)$/;
const GLOSS = /^(\p{Ll}[\p{Ll}'-]*(?: \p{Ll}[\p{Ll}'-]*){0,3}) (\p{Lu}[^.!?]{8,240}[.])$/u;

function term(b: Block): string | null {
  if (b.kind !== "body" || b.lines.length > 3) return null;
  const m = b.lines.map((l) => l.trim()).join(" ").replace(/\*\*|__|<\/?(?:b|strong)>/g, "").match(GLOSS); // "**encoding** The process..."
  if (!m) return null;
  const words = m[1].split(" ");
  if (FUNCTION_WORD.test(words[0]) || FUNCTION_WORD.test(words.at(-1)!) || m[2].split(/\s+/).length < 3) return null;
  return m[1];
}

const NEAR = 40; // blocks either side where the glossed term must also be used (bounded: linear overall)

export function marginalGlosses(blocks: Block[]): Set<Block> {
  const found: Block[] = [];
  blocks.forEach((b, i) => {
    const t = term(b);
    if (!t) return;
    const used = blocks.slice(Math.max(0, i - NEAR), i + NEAR).some((o) => o !== b && o.kind === "body" && o.text.toLowerCase().includes(t));
    if (used) found.push(b);
  });
  return new Set(found.length >= 2 ? found : []);
}
