// How e-texts set a section's title when they have no heading markup:
// - a numeral and the title on a line of their own, parted by a dash and closed by a stop
//   ("III.--Taxes.", "IV.--Theatres, Fine Arts."): one heading, the numeral and its title, not a
//   numeral read as a head and the title left as a one-word sentence of the text;
// - a run-in head set in italics (underscores) before the dash ("_Volcanoes._--Besides…",
//   "81. _Lava._--Any rock…"): the underscores taken off the head so that it is read as the run-in
//   head it is (textbook-heads.ts), not glued to the paragraph's first sentence.
// And how a report of a speech notes its audience: "(Loud cheers.)", "(Very well; very well. Great
// applause.)" set between two sentences of the speech is the reporter's, not the speaker's: no
// sentence of the text.
import type { RawParagraph } from "./assemble";
import { isApparatusHead } from "./apparatus";

const ROMAN_TITLE = /^([IVXLC]{1,7})\.\s?(?:--|—|–)\s*(\p{Lu}[^.!?;:\n]{0,70}?)\.?$/u;
const MAX_TITLE_WORDS = 8;
const ITALIC_HEAD = /^(\d{1,3}\.\s+)?_(\p{Lu}[^_\n]{0,70}?)(?:\._|_\.)(\s?(?:--|—|–))/u;

/** Sets apart numbered section titles and unwraps italic run-in heads; returns how many of each. */
export function readSectionTitles(paragraphs: RawParagraph[]): { titles: number; italicHeads: number } {
  let titles = 0, italicHeads = 0;
  for (const p of paragraphs) {
    if (p.kind !== "body") continue;
    const t = ROMAN_TITLE.exec(p.text);
    if (t && t[2].trim().split(/\s+/).length <= MAX_TITLE_WORDS) {
      p.kind = "heading";
      p.text = `${t[1]}. ${t[2].trim()}`;
      titles++;
      continue;
    }
    const h = ITALIC_HEAD.exec(p.text);
    // (Not a textbook's "_References_.--Brown's Law; …": the study apparatus reads its own heads.)
    if (h && !isApparatusHead(h[2])) {
      const head = `${h[1] ?? ""}${h[2]}.${h[3]}`;
      shift(p, h[0].length, head.length - h[0].length);
      p.text = head + p.text.slice(h[0].length);
      italicHeads++;
    }
  }
  return { titles, italicHeads };
}

// A parenthesis set after a sentence's end that reports the hearers: their cries or the reporter's
// word for them. At most this long, so that an aside of the speaker's own is never taken.
const AUDIENCE = /(?<=[.!?]["”’]?)\s+\((?:[^()]{0,80}?[.;,!]\s+)?(?:(?:great|loud|much|prolonged|general|renewed|some)\s+)?(?:applause|laughter|cheers|cheering|sensation|murmurs|hear, hear)[^()]{0,30}\)(?=\s|$)/giu;

/** Takes reported audience responses out of the speech's paragraphs; returns how many. */
export function dropAudienceNotes(paragraphs: RawParagraph[]): number {
  let count = 0;
  for (const p of paragraphs) {
    if (p.kind !== "body" || !p.text.includes("(")) continue;
    const cuts = [...p.text.matchAll(AUDIENCE)];
    for (const m of cuts.reverse()) {
      shift(p, m.index! + m[0].length, -m[0].length);
      p.text = p.text.slice(0, m.index!) + p.text.slice(m.index! + m[0].length);
      count++;
    }
  }
  return count;
}

/** Moves the page breaks at or after `from` by `by` characters (text cut or shortened before them). */
function shift(p: RawParagraph, from: number, by: number): void {
  p.breaks = p.breaks.map((b) => (b.at >= from ? { ...b, at: Math.max(0, b.at + by) } : b));
}
