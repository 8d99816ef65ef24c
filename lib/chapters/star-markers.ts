// E-texts that mark a note with an asterisk and its label ("...the only source of power. *a"), the
// note itself a "[Footnote a: ...]" block further on. The marker is rewritten as a Markdown
// footnote marker ("[^a]") so that it leaves the sentence and the note is linked to where it is
// cited; a label is taken only when its note is found below it, so an asterisk of emphasis stays.
import type { Block } from "./blocks";

const DEFINITION = /^\s*\[\^([\w†‡§]{1,4})\]:/;
// "*a", "*1", "*3b" after a word or its punctuation, glued or after one space, before a space,
// a stop or the line's end.
const STAR = /(?<=[\p{L}\d.,;:!?)"”’] ?)\*([\p{L}\d]{1,3})(?=[\s.,;:]|$)/gmu;
const LOOK_BACK = 40; // blocks above a note that may hold its marker (a note follows its page's text)

export function linkStarMarkers(input: Block[]): { blocks: Block[]; count: number } {
  let blocks = input;
  let count = 0;
  for (let i = 0; i < input.length; i++) {
    const label = input[i].kind === "footnote" ? input[i].lines[0]?.match(DEFINITION)?.[1] : undefined;
    if (!label) continue;
    // The nearest block above that cites this label with an asterisk, and the last such marker in it.
    for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
      const b = blocks[j];
      if (b.kind !== "body" && b.kind !== "quote") continue;
      const hits = [...b.text.matchAll(STAR)].filter((m) => m[1] === label);
      if (!hits.length) continue;
      const at = hits[hits.length - 1].index!;
      const text = `${b.text.slice(0, at).trimEnd()}[^${label}]${b.text.slice(at + 1 + label.length)}`;
      if (blocks === input) blocks = [...input];
      blocks[j] = { ...b, text, lines: text.split("\n") };
      count++;
      break;
    }
  }
  return { blocks, count };
}
