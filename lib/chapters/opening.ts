// Old books set the first word (or words) of a chapter, and of each section after a section label,
// in capitals or small capitals: "HERE the road turns…", "THE winter of 1790…", "Mr. HALE had…".
// Written back in ordinary case, so that the first sentence reads as prose and its first word is no
// acronym. A word the chapter writes in capitals again further on is an acronym ("NATO") and stays.
// After the first word, a word the chapter writes in lower case elsewhere is a common word and is
// written so ("THE HISTORY of all…" -> "The history of all…", the "history of class struggles" further
// on); one it never writes so keeps its capital, as a name does ("CHARLES DARWIN was…"), and so does
// one it also writes capitalised inside a sentence, a word of a name ("THE UNITED STATES government"
// where "united in 1787" and "The United States grew" both stand).
import type { CleanChapter } from "./types";
import { ROMAN_LINE, SECTION_MARKER } from "./blocks";
import { isEnglishWord } from "./english-words";

const MIN_CONVENTION = 5; // paragraphs opening in capitals before that is the book's convention
const SMALL = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from"]);
// A capitalised word after a letter, a figure or a comma: inside a sentence, a word of a name.
const MID_CAPITAL = /(?<=[\p{L}\d,][ \t]+)(\p{Lu}\p{Ll}+)(?!\p{L})/gu;
// (After a title of address, the name set in capitals: "Miss HALE", "Dr. ROSS".)
const OPENING = /^(["“‘(]?(?:(?:Mr|Mrs|Dr|St)\.\s|(?:Miss|Sir|Lord|Lady)\s)?)((?:\p{Lu}{2,}[ ,]+){0,3}\p{Lu}{2,})(?=[ ,;:.!?'’]+["“‘(]?\p{Ll})/u;
// A clause's opening where every clause opens so: up to six words, "A" among them, hyphened words too
// ("A PORTER shall…", "AND ALL THE SELF-SAME, duties…").
// A glossary's headword: one word in capitals, a comma, then an article opening its definition
// ("GADGET, a small tool…"); a clause's "IF, moreover," or a name before "by leave of the"
// is no headword.
const HEADWORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu},[ \t]+(?:a|an|the)[ \t]/u;
const CLAUSE_OPENING = /^(["“‘(]?)((?:\p{Lu}[\p{Lu}'’-]*[ ,]+){0,5}\p{Lu}[\p{Lu}'’-]*\p{Lu})(?=[ ,;:.!?'’]+["“‘(]?\p{Ll})/u;

/**
 * Rewrites the opening capitals of the chapter's first paragraph and of each paragraph under a
 * section label ("II", "XII.", "Sect. 4."). Under other headings only common words, and only where
 * the chapter's first paragraph opens in capitals: a modern textbook's section may open on an
 * acronym it writes once ("DNA was extracted…").
 */
export function lowerOpeningCapitals(chapter: CleanChapter): boolean {
  const label = (i: number) => {
    const h = chapter.paragraphs[i];
    return h?.kind === "heading" && (ROMAN_LINE.test(chapter.text.slice(h.start, h.end)) || SECTION_MARKER.test(chapter.text.slice(h.start, h.end)));
  };
  const first = chapter.paragraphs.findIndex((p) => p.kind === "body");
  // Where each word in capitals is last written, found in one pass (a book may have hundreds of sections).
  const lastAt = new Map<string, number>();
  // (A common word in capitals opening a body paragraph is the book's small-capital opening, set so in
  // every section ("WE have…", "THE distinction…"), not an acronym written again further on.)
  const openingAt = new Set(chapter.paragraphs.filter((p) => p.kind === "body").map((p) => p.start + (/^["“‘(]/u.test(chapter.text[p.start] ?? "") ? 1 : 0)));
  for (const m of chapter.text.matchAll(/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu)) {
    if (openingAt.has(m.index!) && isEnglishWord(m[0].toLowerCase())) continue;
    lastAt.set(m[0], m.index!);
  }
  const lowerWords = new Set<string>();
  for (const m of chapter.text.matchAll(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu)) lowerWords.add(m[0]);
  // Less those the prose also capitalises inside a sentence, as the words of a name.
  const names = new Set<string>();
  for (const p of chapter.paragraphs) {
    if (p.kind === "heading") continue;
    const text = chapter.text.slice(p.start, p.end);
    for (const m of text.matchAll(MID_CAPITAL)) names.add(m[1].toLowerCase());
  }
  for (const n of names) lowerWords.delete(n);
  // Statutes and charters open EVERY clause in capitals ("NO TOLL shall be taken…"), their numbers
  // lifted from the margin (hanging-numbers.ts), so no label stands above them. Where most of the
  // chapter's paragraphs open so, that is the book's convention: each opening is written in ordinary
  // case, and a word is an acronym only if the chapter writes it in capitals outside the openings
  // (every clause's "NO", "IF", "THE" would otherwise count as written in capitals again).
  const body = chapter.paragraphs.filter((p) => p.kind === "body");
  // A glossary opens its entries in capitals too, each headword followed by a comma and its definition
  // ("GADGET, a small tool…"): a headword is a name for the entry, not a clause's first words, and keeps its capitals.
  const openings: { p: (typeof body)[number]; m: RegExpMatchArray }[] = [];
  for (const p of body) {
    const m = chapter.text.slice(p.start, p.end).match(CLAUSE_OPENING);
    if (m && !HEADWORD.test(chapter.text.slice(p.start + m[1].length, p.end))) openings.push({ p, m });
  }
  if (openings.length >= MIN_CONVENTION && openings.length * 2 >= body.length) {
    // Spans in text order, walked with a moving pointer (the matches come in text order too): one
    // pass, where testing every span for every capitals word was quadratic on a long statute.
    // (A heading's capitals are a title's, "OF THE HARBOUR", not acronyms: its words are passed over too.)
    const heads = chapter.paragraphs.filter((p) => p.kind === "heading").map((p) => [p.start, p.end]);
    const spans = [...openings.map(({ p, m }) => [p.start, p.start + m[0].length]), ...heads].sort((a, b) => a[0] - b[0]);
    let k = 0;
    const inOpening = (at: number) => {
      while (k < spans.length && spans[k][1] <= at) k++;
      return k < spans.length && at >= spans[k][0];
    };
    const outside = new Set<string>();
    // (An article or a preposition, "THE", "OF", is no acronym wherever it stands in capitals.)
    for (const m of chapter.text.matchAll(/(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu)) if (!inOpening(m.index!) && !SMALL.has(m[0].toLowerCase())) outside.add(m[0]);
    const acronyms = new Map([...outside].map((w) => [w, Infinity]));
    // A clause opens on common words ("IF ANY boatman", "A KEEPER shall"): an English word the
    // chapter never capitalises inside a sentence is written in small letters, even if the chapter
    // has it nowhere else.
    for (const { m } of openings) {
      for (const w of m[2].toLowerCase().match(/\p{Ll}+/gu) ?? []) if (!names.has(w) && isEnglishWord(w)) lowerWords.add(w);
    }
    const edits: Edit[] = [];
    for (const { p, m } of openings) {
      const e = lowerEdit(p.start, m, acronyms, lowerWords);
      if (e) edits.push(e);
    }
    return applyEdits(chapter, edits);
  }
  let changed = false;
  // Session 23: where the chapter's first paragraph opens in capitals, the book sets each section's
  // first words so too: under any heading inside the chapter, an opening of words the chapter writes
  // in small letters elsewhere ("FROM the death of…") is written in ordinary case. An opening with a
  // word it never writes so ("DNA was extracted…", an acronym or a name) stays.
  const opensInCapitals = first >= 0 && OPENING.test(chapter.text.slice(chapter.paragraphs[first].start, chapter.paragraphs[first].end));
  const commonOpening = (i: number) => {
    const p = chapter.paragraphs[i];
    const m = opensInCapitals && chapter.paragraphs[i - 1]?.kind === "heading" ? chapter.text.slice(p.start, p.end).match(OPENING) : null;
    return !!m && (m[2].toLowerCase().match(/\p{Ll}+/gu) ?? []).every((w) => SMALL.has(w) || lowerWords.has(w));
  };
  chapter.paragraphs.forEach((p, i) => {
    if (p.kind === "body" && (i === first || label(i - 1) || commonOpening(i)) && lowerAt(chapter, p.start, p.end, lastAt, lowerWords)) changed = true;
  });
  return changed;
}

type Edit = { at: number; words: string };

function lowerAt(chapter: CleanChapter, start: number, end: number, lastAt: Map<string, number>, lowerWords: Set<string>): boolean {
  const m = chapter.text.slice(start, end).match(OPENING);
  const e = m && lowerEdit(start, m, lastAt, lowerWords);
  return e ? applyEdits(chapter, [e]) : false;
}

/** The opening's words in ordinary case, or null when nothing changes. */
function lowerEdit(start: number, m: RegExpMatchArray, lastAt: Map<string, number>, lowerWords: Set<string>): Edit | null {
  const acronym = (w: string) => (lastAt.get(w) ?? -1) >= start + m[0].length;
  let first = true;
  const words = m[2].replace(/\p{Lu}+/gu, (w) => {
    const lower = w.toLowerCase();
    const out = acronym(w) ? w : first || !(SMALL.has(lower) || lowerWords.has(lower)) ? w.charAt(0) + w.slice(1).toLowerCase() : lower;
    first = false;
    return out;
  });
  if (words.length !== m[2].length || words === m[2]) return null; // case changes that alter length would shift every offset
  return { at: start + m[1].length, words };
}

/**
 * Writes the edits (in text order, same length as what they replace) into the chapter's text, built
 * once, and re-reads the sentences they touch in one pass over both lists.
 */
function applyEdits(chapter: CleanChapter, edits: Edit[]): boolean {
  if (!edits.length) return false;
  const parts: string[] = [];
  let from = 0;
  for (const e of edits) {
    parts.push(chapter.text.slice(from, e.at), e.words);
    from = e.at + e.words.length;
  }
  parts.push(chapter.text.slice(from));
  chapter.text = parts.join("");
  const sentences = [...chapter.sentences].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const s of sentences) {
    while (k < edits.length && edits[k].at + edits[k].words.length <= s.start) k++;
    // Sentences may overlap an edit that began before them: look from k on while edits start inside.
    for (let j = k; j < edits.length && edits[j].at < s.end; j++) {
      if (edits[j].at + edits[j].words.length > s.start) {
        s.text = chapter.text.slice(s.start, s.end);
        break;
      }
    }
  }
  return true;
}
