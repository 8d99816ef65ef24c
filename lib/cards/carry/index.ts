// Cards that carry their context: a chapter's referent table of wholes (./table.ts, ./kinds.ts) and
// the decontextualisation op that writes the one whole a sentence leaves implicit into it (./op.ts).
// Behind LECTERN_CARRY=1 (./switch.ts), default off. docs/card-generator.md, session 19 (carry19).
import type { Sentence } from "@/lib/chapters/types";
import type { Entity, Token } from "../analyse/types";
import { wholeMentions, type WholeMention } from "./table";
import { sameWhole, type CarryWindow } from "./op";

export { CARRY_ON, carrySwitch } from "./switch";
export { carryOp, resolveWhole, sameWhole, type CarryWindow } from "./op";
export { wholeMentions, type WholeMention } from "./table";

// At most this many sentences back: a paragraph and the one before, never a whole book (linear).
const MAX_BACK = 12;

/**
 * A document's title the chapter prints with a capital head ("the Treaty of Marrow"), when it names only
 * one of that head: a later bare "the Treaty", however far on, is that one (./op.ts). Kind "text" only:
 * "the Church" after "the Orran Reformed Church" may be the Church in general.
 */
export function chapterTitles(mentions: WholeMention[][]): Map<string, WholeMention> {
  const out = new Map<string, WholeMention>(), refused = new Set<string>();
  for (const ms of mentions) for (const m of ms) {
    if (!m.capital || !m.text || !m.kinds.includes("text") || refused.has(m.head)) continue;
    const had = out.get(m.head);
    if (!had) out.set(m.head, m);
    else if (!sameWhole(had.text!, m.text)) { out.delete(m.head); refused.add(m.head); }
  }
  return out;
}

/** For each sentence, the whole mentions of the earlier sentences of its paragraph and of the paragraph before. */
export function carryWindows(sentences: { sentence: Sentence; tokens: Token[]; text: string; entities?: Entity[] }[]): CarryWindow[] {
  const mentions = sentences.map((p) => wholeMentions(p.tokens, p.text, p.sentence.id, (p.entities ?? []).filter((e) => e.kind === "person" || e.kind === "name")));
  const titles = chapterTitles(mentions);
  return sentences.map((p, i) => {
    const para = p.sentence.paragraph;
    let other: number | null = null;
    const window: WholeMention[] = [];
    for (let k = i - 1; k >= 0 && k >= i - MAX_BACK; k--) {
      const q = sentences[k].sentence.paragraph;
      if (q !== para) {
        if (other === null) other = q;
        else if (q !== other) break;
      }
      window.unshift(...mentions[k]);
    }
    return { window, titles, at: p.sentence.id };
  });
}
