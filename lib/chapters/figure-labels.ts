// A transcription marks where a picture stood: a line of figure labels alone ("(Fig. 20)   (Fig. 21)")
// or a bracketed placeholder inside a sentence ("…against it. [figure 23] Hold it over…"). Neither is
// text: a line of labels is no heading, and a placeholder inside a sentence garbles it. A figure
// cited by the sentence itself ("a tube (Fig. 16) filled with water") is the author's and stays.
import type { RawParagraph } from "./assemble";
import { cutParagraph } from "./paragraph-cuts";

const LABEL = String.raw`(?:\((?:fig(?:ure)?s?\.?)\s*\d{1,3}[a-z]?\)|\[(?:fig(?:ure)?\.?|illustration)(?:\s*\d{1,3}[a-z]?)?\])`;
const LABELS_ONLY = new RegExp(String.raw`^\s*${LABEL}(?:\s*${LABEL})*\s*$`, "i");
const PLACEHOLDER = /\s*\[(?:fig(?:ure)?\.?|illustration)(?:\s*\d{1,3}[a-z]?)?\]/gi;

/** Drops the lines of figure labels and the placeholders inside sentences; returns how many. */
export function dropFigureLabels(paragraphs: RawParagraph[]): number {
  let count = 0;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i];
    if ((p.kind === "heading" || p.kind === "body") && LABELS_ONLY.test(p.text)) {
      paragraphs.splice(i, 1);
      count++;
      continue;
    }
    if (p.kind !== "body" || !PLACEHOLDER.test(p.text)) continue;
    PLACEHOLDER.lastIndex = 0;
    // Cut from the end so the earlier offsets hold (paragraph-cuts.ts moves the page breaks).
    const cuts = [...p.text.matchAll(PLACEHOLDER)].reverse();
    for (const m of cuts) {
      const start = m.index!, end = start + m[0].length;
      cutParagraph(p, start, end);
      count++;
    }
  }
  return count;
}
