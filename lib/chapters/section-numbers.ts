// Classical texts, treaties and some essays number their sections at the start of a paragraph:
// "1. The ancient custom of…", "2. We read that…", "18. Such was the state…". The number is the
// editor's label of the section, not a word of its first sentence; left in, it opens that sentence
// ("4. CNAEUS JULIUS AGRICOLA was born…") and any card made from it. It is taken out when the
// paragraphs so opened count up by one through the chapter, at least three in a row, so a year
// or a figure that opens a paragraph ("1848. The year of…", "12 men were…") stays; and when they
// are sections of prose, most of them several sentences long: the numbers of a list of short items
// ("1. TEMPERANCE. Eat not to dullness.") count the items, which the text may refer to.
// Translations of a classical text number its sections in capital Roman numerals the same way
// ("XXVIII. He twice entertained thoughts…", "XXIX. The city…"), counted up by the same rule.
import type { RawParagraph } from "./assemble";
import { romanValue } from "./roman";

// A number (or a capital Roman numeral), a full stop, a space, then a capital (or an opening quote or bracket before one).
// (Or a section sign before the number, "§ 4. Now as these towers…"; an italic word may open the section, "78. _Earthquakes_ have…".)
const LABEL = /^(?:§{1,2}\s?)?(\d{1,3}|[IVXLC]{1,8})\.\s+(?=["“‘(_]?\p{Lu})/u;
const valueOf = (label: string) => (/^\d/.test(label) ? Number(label) : romanValue(label));
const MIN_RUN = 3;
const DASH_HEAD = /^[^.!?\n—]{1,100}?[.!?]["”’]?\s*(?:—|--)\s*\S/u;
const SECTION_CHARS = 200; // the median length of a run's paragraphs: sections, not a list's items

/** Takes the section numbers off the paragraphs they open; returns how many were taken. */
export function dropSectionNumbers(paragraphs: RawParagraph[]): number {
  const numbered = paragraphs.flatMap((p, i) => {
    const m = p.kind === "body" ? p.text.match(LABEL) : null;
    const n = m ? valueOf(m[1]) : null;
    return m && n !== null ? [{ i, n, length: m[0].length }] : [];
  });
  const runs: (typeof numbered)[] = [];
  for (const x of numbered) {
    const run = runs.at(-1);
    if (run && x.n === run[run.length - 1].n + 1) run.push(x);
    else runs.push([x]);
  }
  let count = 0;
  const heads: { i: number; label: string; title: string }[] = [];
  for (const run of runs) {
    const lengths = run.map(({ i }) => paragraphs[i].text.length).sort((a, b) => a - b);
    if (run.length < MIN_RUN || lengths[Math.floor(lengths.length / 2)] < SECTION_CHARS) continue;
    // Numbered heads run in behind a dash ("12. THE TOLL ROADS.—But…"): the textbook heads'
    // (textbook-heads.ts), which keep the number with the head.
    if (run.filter(({ i, length }) => DASH_HEAD.test(paragraphs[i].text.slice(length))).length * 2 > run.length) continue;
    // Sections headed by a title run into their first paragraph ("1. Renewal of Life. The most…"):
    // when most of the run opens so, each title is set apart as the section's heading, with its number.
    // Divisions of a chapter numbered in capital Roman numerals, with paragraphs between them that bear
    // no number ("I. AS to the manner of it…", two paragraphs, "II. THE parts of it…"): the heads of
    // the plan the chapter announces just before ("I shall consider, first, …: secondly, …"). Each numeral is kept as the division's heading, with an opening
    // "As to …" phrase that is no sentence, not dropped.
    if (/^[IVXLC]/.test(paragraphs[run[0].i].text) && announcesPlan(paragraphs, run[0].i) && run.slice(1).filter((x, k) => x.i - run[k].i > 1).length * 2 >= run.length - 1) {
      for (const { i, length } of run) {
        const p = paragraphs[i];
        const phrase = p.text.slice(length).match(DIVISION_PHRASE)?.[0] ?? "";
        // (Its first word in capitals, as the book sets a paragraph's, in ordinary case: "AS to" -> "As to".)
        heads.push({ i, label: p.text.slice(0, length).trim(), title: phrase.trim().replace(/^\p{Lu}{2,}/u, (w) => w[0] + w.slice(1).toLowerCase()) });
        cutOpening(p, length + phrase.length);
        count++;
      }
      continue;
    }
    const titled = run.map(({ i, length }) => runInTitle(paragraphs[i].text.slice(length)));
    const withTitles = titled.filter(Boolean).length * 2 > run.length;
    run.forEach(({ i, length }, k) => {
      const p = paragraphs[i];
      const title = withTitles ? titled[k] : null;
      if (title) heads.push({ i, label: p.text.slice(0, length).trim(), title });
      cutOpening(p, length + (title ? title.length : 0));
      count++;
    });
    // After the last numbered section, a closing one headed by a title without a number ("Summary. It is…").
    if (withTitles) {
      for (let i = run[run.length - 1].i + 1; i < paragraphs.length; i++) {
        const p = paragraphs[i];
        const title = p.kind === "body" ? runInTitle(p.text, CLOSING_TITLE_WORDS) : null;
        if (!title) continue;
        heads.push({ i, label: "", title });
        cutOpening(p, title.length);
        break; // one closing section
      }
    }
  }
  // Inserted from the end so that earlier indices hold.
  for (const h of heads.sort((a, b) => b.i - a.i)) {
    const text = `${h.label ? `${h.label} ` : ""}${h.title.replace(/\.$/, "")}`.trim();
    paragraphs.splice(h.i, 0, { kind: "heading", text, page: paragraphs[h.i].page, breaks: [] });
  }
  return count;
}

/** The paragraph (of the two) before `at` lays out a plan: "first, …, secondly, …". */
function announcesPlan(paragraphs: RawParagraph[], at: number): boolean {
  return paragraphs.slice(Math.max(0, at - 2), at).some((p) => /\bfirst(?:ly)?\b[^.]*\bsecond(?:ly)?\b/i.test(p.text));
}

/** Takes the first `length` characters (and the spaces after them) off a paragraph, its page breaks kept in place. */
/** Cuts a paragraph's first `length` characters and the space after them, moving its page breaks back. */
export function cutOpening(p: RawParagraph, length: number): void {
  const rest = p.text.slice(length);
  const cut = length + rest.length - rest.trimStart().length;
  p.text = p.text.slice(cut);
  p.breaks = p.breaks.map((b) => ({ ...b, at: Math.max(0, b.at - cut) }));
}

// A title: up to eight words, each capitalised but the small words between them, ending in a full
// stop, with a sentence beginning after it.
const SMALL = "a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with";
const TITLE = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]*(?: (?:(?:${SMALL})|\p{Lu}[\p{L}'’-]*)){0,7}\.(?= ["“‘(]?\p{Lu})`, "u");
// "As to the manner of it.", "Of the parts of it.": a division's head run in, a phrase of at most ten words.
const DIVISION_PHRASE = /^(?:AS|As|OF|Of|CONCERNING|Concerning)\s+(?:\S+\s+){0,8}\S+\.(?=\s+\p{Lu})/u;
const SMALL_WORD = new RegExp(`^(?:${SMALL})$`);
const CLOSING_TITLE_WORDS = 4;

/** The title run into a paragraph's opening ("Renewal of Life by Transmission."), or null. */
function runInTitle(text: string, maxWords = 8): string | null {
  const m = TITLE.exec(text);
  if (!m) return null;
  const words = m[0].slice(0, -1).split(" ");
  // Not a lone abbreviation ("Mr.", "Dr."), a short word or an adverb standing as a sentence ("Yes.", "Certainly.").
  if (words.length > maxWords || (words.length === 1 && (words[0].length < 5 || /ly$/.test(words[0])))) return null;
  // A title does not end on a small word.
  if (SMALL_WORD.test(words[words.length - 1])) return null;
  return m[0];
}
