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
    const cited = citeAbove(blocks, i, label, STAR, LOOK_BACK);
    if (!cited) continue;
    if (blocks === input) blocks = [...input];
    blocks[cited[0]] = cited[1];
    count++;
  }
  return { blocks, count };
}

/**
 * The nearest body or quote block above block `i` (at most `lookBack` up) in which `marker` finds a
 * sign citing `label` (its first group): that block, its last such sign rewritten as the footnote
 * marker "[^label]" (a space before the sign goes with it), and its index; null when none.
 */
export function citeAbove(blocks: readonly Block[], i: number, label: string, marker: RegExp, lookBack: number): [number, Block] | null {
  for (let j = i - 1; j >= Math.max(0, i - lookBack); j--) {
    const b = blocks[j];
    if (b.kind !== "body" && b.kind !== "quote") continue;
    const hit = [...b.text.matchAll(marker)].filter((m) => m[1] === label).at(-1);
    if (!hit) continue;
    const text = `${b.text.slice(0, hit.index).trimEnd()}[^${label}]${b.text.slice(hit.index! + hit[0].length)}`;
    return [j, { ...b, text, lines: text.split("\n") }];
  }
  return null;
}
