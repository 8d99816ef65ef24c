// Cards that carry their context: a chapter's referent table of wholes (./table.ts, ./kinds.ts) and
// the decontextualisation op that writes the one whole a sentence leaves implicit into it (./op.ts).
// Behind LECTERN_CARRY=1 (./switch.ts), default off. docs/card-generator.md, session 19 (carry19).
import type { Sentence } from "@/lib/chapters/types";
import type { Token } from "../analyse/types";
import { wholeMentions, type WholeMention } from "./table";
import type { CarryWindow } from "./op";

export { CARRY_ON, carrySwitch } from "./switch";
export { carryOp, resolveWhole, type CarryWindow } from "./op";
export { wholeMentions, type WholeMention } from "./table";

// At most this many sentences back: a paragraph and the one before, never a whole book (linear).
const MAX_BACK = 12;

/** For each sentence, the whole mentions of the earlier sentences of its paragraph and of the paragraph before. */
export function carryWindows(sentences: { sentence: Sentence; tokens: Token[]; text: string }[]): CarryWindow[] {
  const mentions = sentences.map((p) => wholeMentions(p.tokens, p.text, p.sentence.id));
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
    return { window };
  });
}
