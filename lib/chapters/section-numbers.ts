// Classical texts, treaties and some essays number their sections at the start of a paragraph:
// "1. The ancient custom of…", "2. We read that…", "18. Such was the state…". The number is the
// editor's label of the section, not a word of its first sentence; left in, it opens that sentence
// ("4. CNAEUS JULIUS AGRICOLA was born…") and any card made from it. It is taken out when the
// paragraphs so opened count up by one through the chapter, at least three in a row, so a year
// or a figure that opens a paragraph ("1848. The year of…", "12 men were…") stays; and when they
// are sections of prose, most of them several sentences long: the numbers of a list of short items
// ("1. TEMPERANCE. Eat not to dullness.") count the items, which the text may refer to.
import type { RawParagraph } from "./assemble";

// A number, a full stop, a space, then a capital (or an opening quote or bracket before one).
const LABEL = /^(\d{1,3})\.\s+(?=["“‘(]?\p{Lu})/u;
const MIN_RUN = 3;
const SECTION_CHARS = 200; // the median length of a run's paragraphs: sections, not a list's items

/** Takes the section numbers off the paragraphs they open; returns how many were taken. */
export function dropSectionNumbers(paragraphs: RawParagraph[]): number {
  const numbered = paragraphs.flatMap((p, i) => {
    const m = p.kind === "body" ? p.text.match(LABEL) : null;
    return m ? [{ i, n: Number(m[1]), length: m[0].length }] : [];
  });
  const runs: (typeof numbered)[] = [];
  for (const x of numbered) {
    const run = runs.at(-1);
    if (run && x.n === run[run.length - 1].n + 1) run.push(x);
    else runs.push([x]);
  }
  let count = 0;
  for (const run of runs) {
    const lengths = run.map(({ i }) => paragraphs[i].text.length).sort((a, b) => a - b);
    if (run.length < MIN_RUN || lengths[Math.floor(lengths.length / 2)] < SECTION_CHARS) continue;
    for (const { i, length } of run) {
      const p = paragraphs[i];
      p.text = p.text.slice(length);
      p.breaks = p.breaks.map((b) => ({ ...b, at: Math.max(0, b.at - length) }));
      count++;
    }
  }
  return count;
}
