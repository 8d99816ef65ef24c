// A number wrapped onto a line of its own. An abbreviation that takes a number ("No.", "p.", "vol.",
// "fig.", "art.", "§") may end a printed line, its number starting the next: "…the same capital on
// land, No." / "3." / "In such case…". Alone on its line, "3." reads as a section's label (a heading
// that cuts the sentence in two); it is the end of the line above, and goes back to it.
// Linear: one pass over the lines.

import { leading } from "./lead-glosses"; // one definition of a line's indent

// The abbreviation at the end of a line of prose (tested on the line's last 12 characters).
const TAKES_NUMBER = /(?:^|\s)(?:[Nn]os?|[Pp]p?|[Vv]ols?|[Ff]igs?|[Aa]rts?|[Cc]h|[Cc]hap|[Ss]ect|[Ss]ec|[Cc]ap)\.$|(?:^|\s)§{1,2}$/;
// The number alone, perhaps with the stop or comma that ends the sentence or the clause.
const NUMBER_LINE = /^\s*\d{1,4}[.,;:]?\s*$/;

const MAX_SHIFT = 4; // a line of the same paragraph, the line above perhaps its indented first

export function rejoinWrappedNumbers(text: string): { text: string; count: number } {
  if (!/\d/.test(text)) return { text, count: 0 };
  const lines = text.split("\n");
  const out: string[] = [];
  let count = 0;
  for (const line of lines) {
    const prev = out.at(-1);
    // A wrapped line of prose above it (lower case, not a short label), no blank line between, and
    // the number standing where that line's text stands (a folio stands centred or at the far side).
    if (prev !== undefined && NUMBER_LINE.test(line) && TAKES_NUMBER.test(prev.trimEnd().slice(-12)) && prev.trim().length >= 30 && /\p{Ll}{3}/u.test(prev) && Math.abs(leading(line) - leading(prev)) <= MAX_SHIFT) {
      out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
      count++;
      continue;
    }
    out.push(line);
  }
  return { text: out.join("\n"), count };
}
