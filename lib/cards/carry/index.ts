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
 * one of that head: a later bare "the Treaty", however far on, is that one (./op.ts) — unless a mention
 * of that head between them names another or nothing (`spoiled`). Kind "text" only: "the Church"
 * after "the Orran Reformed Church" may be the Church in general.
 */
export function chapterTitles(mentions: WholeMention[][]): { titles: Map<string, WholeMention>; spoiled: Map<string, number[]> } {
  const titles = new Map<string, WholeMention>(), refused = new Set<string>();
  for (const ms of mentions) for (const m of ms) {
    if (!m.capital || !m.text || !m.kinds.includes("text") || refused.has(m.head)) continue;
    const had = titles.get(m.head);
    if (!had) titles.set(m.head, m);
    else if (!sameWhole(had.text!, m.text)) { titles.delete(m.head); refused.add(m.head); }
  }
  // The sentences with a mention of a title's head, not bare ("a treaty", "the treaties", "the Treaty of
  // Lisk"), that is not the title: a later bare "the Treaty" may be that one.
  const spoiled = new Map<string, number[]>();
  for (const ms of mentions) for (const m of ms) {
    const title = titles.get(m.head);
    if (!title || m.back || m.other || (m.text && sameWhole(m.text, title.text!))) continue;
    const at = spoiled.get(m.head);
    if (at) at.push(m.sentence);
    else spoiled.set(m.head, [m.sentence]);
  }
  return { titles, spoiled };
}

/**
 * For each sentence, the whole mentions of the earlier sentences of its paragraph and of the paragraph
 * before, within its section (a heading starts another matter; `sections` as ../analyse/sections reads them).
 */
export function carryWindows(sentences: { sentence: Sentence; tokens: Token[]; text: string; entities?: Entity[] }[], sections: { sentences: number[] }[] = []): CarryWindow[] {
  const section = new Map<number, number>();
  sections.forEach((sec, n) => { for (const id of sec.sentences) section.set(id, n); });
  const mentions = sentences.map((p) => wholeMentions(p.tokens, p.text, p.sentence.id, (p.entities ?? []).filter((e) => e.kind === "person" || e.kind === "name")));
  const { titles, spoiled } = chapterTitles(mentions);
  return sentences.map((p, i) => {
    const para = p.sentence.paragraph;
    let other: number | null = null;
    const window: WholeMention[] = [];
    for (let k = i - 1; k >= 0 && k >= i - MAX_BACK; k--) {
      if (section.get(sentences[k].sentence.id) !== section.get(p.sentence.id)) break;
      const q = sentences[k].sentence.paragraph;
      if (q !== para) {
        if (other === null) other = q;
        else if (q !== other) break;
      }
      window.unshift(...mentions[k]);
    }
    return { window, titles, spoiled, at: p.sentence.id };
  });
}
