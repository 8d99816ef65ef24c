// A quotation that runs over several sentences inside the author's paragraph (a subject's own account
// in a biography, an opponent's speech in an argument) carries its marks only at its two ends: once
// the paragraph is cut into sentences, the sentences between them have none, and read alone they
// are the author's words. Each sentence of such a quotation is marked with its place in it ("opens",
// "inside", "closes"), so that the generator can tell a quoted sentence and whose words it holds.
// Double quotation marks only, straight or curly: a single mark is as often an apostrophe. A
// quotation left open at the paragraph's end runs to it (a speech going on in the next paragraph
// reopens there, as printers set it).
import type { CleanChapter } from "./types";

/** Marks the sentences of quotations that run over more than one sentence; returns how many were marked. */
export function markQuotedSentences(chapter: CleanChapter): number {
  let count = 0;
  const byParagraph = new Map<number, [number, number][]>();
  for (const s of chapter.sentences) {
    const p = chapter.paragraphs[s.paragraph];
    if (!p || p.kind !== "body") continue;
    if (!byParagraph.has(p.id)) byParagraph.set(p.id, doubleQuotations(chapter.text, p.start, p.end));
    const q = byParagraph.get(p.id)!.find(([a, b]) => a < s.end && b > s.start);
    if (!q) continue;
    const startsInside = q[0] < s.start;
    const endsInside = q[1] > s.end;
    if (!startsInside && !endsInside) continue; // a quotation inside the sentence: its marks are both there
    s.quote = startsInside && endsInside ? "inside" : startsInside ? "closes" : "opens";
    count++;
  }
  return count;
}

/** [start, end) of the double quotations in text[from, to), marks included, in text offsets. */
function doubleQuotations(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let open: number | null = null;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === "“" || (ch === '"' && open === null)) {
      if (open === null) open = i;
    } else if ((ch === "”" || ch === '"') && open !== null) {
      out.push([open, i + 1]);
      open = null;
    }
  }
  if (open !== null) out.push([open, to]);
  return out;
}
