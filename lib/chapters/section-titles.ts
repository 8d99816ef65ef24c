// How e-texts set a section's title when they have no heading markup: a numeral and the title on a
// line of their own, parted by a dash and closed by a stop ("IV.--Rivers.", "V.--Bridges, Fords."):
// one heading, the numeral and its title, not a numeral read as a head and the title left as a
// one-word sentence of the text. Taken only where such lines count up through the chapter, at least
// three in a row, each a well-formed roman numeral: a figure key ("A.--The upper bed." … "C.--The
// lower bed.") or a lone answer set as a line ("V.--Yes, I saw him there.") is no section title.
// (An italic run-in head, "_Rivers._--Most…", is split off before assembly: plain-markup.ts.)
// And how a report of a speech notes its audience: "(Loud cheers.)", "(Hear! hear!)" set between
// two sentences of the speech, or opening a paragraph of it, is the reporter's, not the speaker's:
// no sentence of the text.
import type { RawParagraph } from "./assemble";
import { countingRuns } from "./counting-runs";
import { cutParagraph } from "./paragraph-cuts";
import { romanValue } from "./roman";

const ROMAN_TITLE = /^([IVXLC]{1,7})\.\s?(?:--|—|–)\s*(\p{Lu}[^.!?;:\n]{0,70}?)\.?$/u;
const MAX_TITLE_WORDS = 8;
const MIN_RUN = 3;

/** Sets apart numbered section titles that count up through the chapter; returns how many. */
export function readSectionTitles(paragraphs: RawParagraph[]): number {
  const candidates = paragraphs.flatMap((p) => {
    const t = p.kind === "body" ? ROMAN_TITLE.exec(p.text) : null;
    const n = t ? romanValue(t[1]) : null;
    return t && n !== null && t[2].trim().split(/\s+/).length <= MAX_TITLE_WORDS ? [{ p, n, numeral: t[1], title: t[2].trim() }] : [];
  });
  const titles = countingRuns(candidates, (c) => c.n, (run) => run.length >= MIN_RUN);
  for (const { p, numeral, title } of titles) {
    p.kind = "heading";
    p.text = `${numeral}. ${title}`;
  }
  return titles.length;
}

// A parenthesis that reports the hearers: every word of it a cry or the reporter's word for one
// ("(Loud and prolonged cheers.)", "(Very well; very well. Great applause.)", "(Hear! hear!)"), at
// least one of them naming the response, at most MAX_RESPONSE_WORDS words. Set after a sentence's
// end or opening a paragraph before the text goes on. Any other word ("(Laughter is a sudden
// glory.)", "(Sensationalism is another matter.)") makes it the author's aside, which stays.
const RESPONSE_WORD = String.raw`(?:applause|cheers?|cheering|laughter|sensation|murmurs?|hear|hisses|hissing|great|loud|long|and|prolonged|continued|renewed|repeated|enthusiastic|general|much|some|very|well|cries|of)\b`;
const AUDIENCE = new RegExp(String.raw`(?:(?<=[.!?]["”’]?)\s+|^\s*)\((${RESPONSE_WORD}(?:[\s.,;:!]+${RESPONSE_WORD})*[.!]?)\)(?=\s|$)`, "giu");
const NAMES_RESPONSE = /\b(?:applause|cheers?|cheering|laughter|sensation|murmurs?|hear|hisses|hissing)\b/i;
const MAX_RESPONSE_WORDS = 8;

/** Takes reported audience responses out of the speech's paragraphs; returns how many. */
export function dropAudienceNotes(paragraphs: RawParagraph[]): number {
  let count = 0;
  for (const p of paragraphs) {
    if (p.kind !== "body" || !p.text.includes("(")) continue;
    const cuts = [...p.text.matchAll(AUDIENCE)].filter((m) => NAMES_RESPONSE.test(m[1]) && m[1].split(/[\s.,;:!]+/).filter(Boolean).length <= MAX_RESPONSE_WORDS);
    for (const m of cuts.reverse()) {
      const start = m.index!;
      let end = start + m[0].length;
      // (A note opening the paragraph is taken with the space after it, and only where the text goes on.)
      if (start === 0) while (end < p.text.length && /\s/.test(p.text[end])) end++;
      if (start === 0 && end >= p.text.length) continue;
      cutParagraph(p, start, end);
      count++;
    }
  }
  return count;
}

// A scan's section title set as a line of its own (centred, often italic) over a paragraph that opens
// on the section's sign and number ("Of the soil." / "§ 4. THE farmer…"): a phrase, no sentence of the
// text. Taken where the chapter sets two such at least: one short line of up to MAX_SIGNED_TITLE_WORDS
// words, a capital first, no stop inside, closed by a stop or nothing.
const SIGNED_OPENING = /^§{1,2}\s?\d{1,3}\.\s/;
const SIGNED_TITLE = /^["“‘]?\p{Lu}[^.!?;§\n]*[.]?$/u;
const MAX_SIGNED_TITLE_WORDS = 12;
const MIN_SIGNED_TITLES = 2;

/** Sets apart section titles set over a paragraph opening on "§ n."; returns how many. */
export function readSignedSectionTitles(paragraphs: RawParagraph[]): number {
  const titles = paragraphs.filter((p, i) => {
    const next = paragraphs[i + 1];
    return p.kind === "body" && next?.kind === "body" && SIGNED_OPENING.test(next.text) && SIGNED_TITLE.test(p.text.trim()) && p.text.trim().split(/\s+/).length <= MAX_SIGNED_TITLE_WORDS;
  });
  if (titles.length < MIN_SIGNED_TITLES) return 0;
  for (const p of titles) {
    p.kind = "heading";
    p.text = p.text.trim().replace(/\.$/, "");
  }
  return titles.length;
}
