// Which context repairs a card shows: the leading-pronoun substitution of the analysis
// ("lead-pronoun", recorded on `pronoun.text`) and the decontextualisation edits (by op), each
// counted when the card's text holds the words it wrote (a deletion: the word it left first).
import type { AnalysedSentence } from "@/lib/cards/analyse/types";

export type ShownRepair = { op: string; written: string; text: string; from: number | null };

export function repairsShown(s: AnalysedSentence, source: string, card: string): ShownRepair[] {
  const out: ShownRepair[] = [];
  const p = s.pronoun;
  // "This X" → "The X" writes no antecedent; it is not counted.
  if (p?.resolved && p.text && p.text !== "the" && card.includes(p.text.replace(/^the /, ""))) out.push({ op: p.via === "subject" ? "lead-subject" : "lead-pronoun", written: p.word, text: p.text, from: p.from });
  const ctx = s.context;
  if (!ctx) return out;
  for (const e of ctx.edits) {
    const before = ctx.before.slice(e.start, e.end);
    if (e.text.trim()) {
      const text = e.text.trim();
      if (card.includes(text) && !source.includes(text)) out.push({ op: e.op, written: before, text, from: e.from ?? null });
    } else {
      const next = ctx.before.slice(e.end).match(/[\p{L}-]+/u)?.[0];
      if (next && card.toLowerCase().includes(next.toLowerCase())) out.push({ op: e.op, written: before, text: "", from: null });
    }
  }
  return out;
}
