// A paragraph that ends on a lone word after its last full stop ("…and another process wrong. I"):
// the first word of a sentence the transcription lost, or a word the page left over. Read as text it
// is a one-word "sentence" with no meaning; it is dropped. Only a bare word, letters alone, after a
// finished sentence of the same paragraph; what the next paragraph continues was joined before this.
import type { RawParagraph } from "./assemble";

// After a word in lower case and its stop (not an initial or a title: "J. Smith", "Dr. Watson", "etc.").
const STRAY = /(?<=(?<![\p{L}.])(?!(?:etc|viz|cf|vol|ch|pp|ed|no|ibid)\b)\p{Ll}{2,}[.!?]["”’')\]]*)\s+\p{L}{1,12}$/u;

/** Drops the lone unfinished word at the end of body paragraphs; returns how many. */
export function dropStrayTails(paragraphs: RawParagraph[]): number {
  let count = 0;
  for (const p of paragraphs) {
    if (p.kind !== "body") continue;
    const tail = p.text.length > 40 ? p.text.slice(-40) : p.text; // end-anchored: only the tail is searched
    const m = tail.match(STRAY);
    if (!m) continue;
    const cut = p.text.length - m[0].length;
    if (cut < 60) continue; // a paragraph of some length: a finished sentence or more before the word
    p.text = p.text.slice(0, cut);
    p.breaks = p.breaks.filter((b) => b.at < cut);
    count++;
  }
  return count;
}
