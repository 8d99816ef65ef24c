// Turns assembled raw paragraphs into a CleanChapter: inline markup stripped, placeholders for
// footnote markers and page breaks resolved into offsets, sentences split with their pages.
import type { CleanChapter, Footnote, PageStart, Paragraph, Sentence } from "./types";
import type { Assembled } from "./assemble";
import { stripInlineMarkup, tidySpacing } from "./inline";
import { repairInlineHyphens, type WordStats } from "./hyphen";
import { splitSentences } from "./sentences";
import { SECTION_MARKER } from "./blocks";
import { ENUMERATOR_WORD } from "@/lib/language/enumerators";

const PAGE_MARK = (page: string) => `\u0003${page}\u0004`;
// A run-in enumerator that its full stop sets off as a "sentence" ("First. The tide turns…",
// "Secondly. It costs…"): an ordinal word alone, numbering the point the next sentence makes. It
// stays in the paragraph's text; as a sentence it says nothing. (The list is lib/language's, which
// the head readers use too.)
const ENUMERATOR = new RegExp(`^${ENUMERATOR_WORD}\\.$`, "i");
// A list's letter opening a paragraph ("b. The melting…"), or a Greek one as OCR reads it ("/3.", "S."):
// the item's mark, no sentence; the item is the sentence after it.
const LETTER_MARK = /^(?:\p{L}|[/|]\d)\.$/u;
const LETTERED_ITEM = /^(?:\p{Ll}|[/|]\d)\.\s+["“‘(]?\p{Lu}/u;

function clean(text: string, stats: WordStats): { text: string; repairs: number } {
  const r = repairInlineHyphens(stripInlineMarkup(text), stats);
  return { text: tidySpacing(r.text), repairs: r.repairs };
}

/** Removes \u0001n\u0002 (footnote) and \u0003p\u0004 (page) placeholders, returning their offsets. */
function extract(text: string) {
  const markers: { number: string; at: number }[] = [];
  const pages: { page: string; at: number }[] = [];
  let out = "";
  const re = /\s*\u0001([^\u0002]*)\u0002|\u0003([^\u0004]*)\u0004\s*/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    out += text.slice(last, m.index);
    if (m[1] !== undefined) markers.push({ number: m[1], at: out.length });
    else {
      if (out && !/\s$/.test(out) && m[0].endsWith(" ")) out += " ";
      pages.push({ page: m[2], at: out.length });
    }
    last = m.index! + m[0].length;
  }
  out += text.slice(last);
  return { text: out.replace(/ {2,}/g, " ").trim(), markers, pages };
}

/** Page lookup for non-decreasing offsets: a cursor that only moves forward, so linear overall. */
function pageCursor(pages: PageStart[]): (offset: number) => string | null {
  let i = -1;
  return (offset) => {
    if (i >= 0 && pages[i].offset > offset) i = -1; // a step back (a new pass): restart
    while (i + 1 < pages.length && pages[i + 1].offset <= offset) i++;
    return i >= 0 ? pages[i].page : null;
  };
}

export function finalizeChapter(a: Assembled, meta: { index: number; number: string | null; title: string }, stats: WordStats) {
  let text = "";
  let repairs = 0;
  const paragraphs: Paragraph[] = [];
  const pages: PageStart[] = [];
  const markers: { number: string; at: number; page: string | null }[] = [];
  for (const raw of a.paragraphs) {
    let withBreaks = raw.text;
    for (const br of [...raw.breaks].sort((x, y) => y.at - x.at)) withBreaks = withBreaks.slice(0, br.at) + PAGE_MARK(br.page) + withBreaks.slice(br.at);
    const cleaned = clean(withBreaks, stats);
    repairs += cleaned.repairs;
    const ex = extract(cleaned.text);
    if (!ex.text) continue;
    const start = text ? text.length + 2 : 0;
    if (raw.page !== null && pages.at(-1)?.page !== raw.page) pages.push({ page: raw.page, offset: start });
    for (const p of ex.pages) if (pages.at(-1)?.page !== p.page) pages.push({ page: p.page, offset: start + p.at });
    for (const m of ex.markers) markers.push({ number: m.number, at: start + m.at, page: null });
    text += (text ? "\n\n" : "") + ex.text;
    paragraphs.push({ id: paragraphs.length, start, end: start + ex.text.length, page: raw.page, kind: raw.kind });
  }
  // Text before the first page number seen is on the page before it.
  const first = pages[0];
  if (first && first.offset > 0 && /^\d+$/.test(first.page) && Number(first.page) > 1) pages.unshift({ page: String(Number(first.page) - 1), offset: 0 });
  const pageAt = pageCursor(pages);
  for (const m of markers) m.page = pageAt(m.at); // markers are in text order, as the cursor needs

  // Each footnote takes the first unused marker with its number (and page, for page-bottom notes).
  const unused = new Map<string, number[]>();
  markers.forEach((m, i) => {
    for (const key of [`${m.page}|${m.number}`, `*|${m.number}`]) {
      const list = unused.get(key);
      if (list) list.push(i);
      else unused.set(key, [i]);
    }
  });
  for (const list of unused.values()) list.reverse();
  const taken = new Set<number>();
  const take = (key: string) => {
    const list = unused.get(key) ?? [];
    let i = list.pop(); // lists are reversed below, so pop() yields the earliest marker
    while (i !== undefined && taken.has(i)) i = list.pop();
    if (i !== undefined) taken.add(i);
    return i;
  };
  const seen = new Map<string, number>();
  const markerId = new Map<number, string>();
  const resolved: { f: (typeof a.footnotes)[number]; id: string; marker: number | undefined }[] = a.footnotes.map((f) => {
    const base = `${f.page ? `p${f.page}-` : ""}n${f.number}`;
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    const id = k === 1 ? base : `${base}-${k}`;
    const marker = take(f.page === null ? `*|${f.number}` : `${f.page}|${f.number}`);
    if (marker !== undefined) markerId.set(marker, id);
    return { f, id, marker };
  });
  // A page-bottom note whose page was misjudged by one (a note block in mid-page, an OCR'd page
  // order) takes an unused marker with its number on the page before, else the page after. A
  // second pass, so that no note takes a marker that another note's own page claims.
  for (const r of resolved) {
    if (r.marker !== undefined || r.f.page === null || !/^\d+$/.test(r.f.page)) continue;
    const n = Number(r.f.page);
    r.marker = take(`${n - 1}|${r.f.number}`) ?? take(`${n + 1}|${r.f.number}`);
    if (r.marker !== undefined) markerId.set(r.marker, r.id);
  }

  const sentences: Sentence[] = [];
  const sentenceOf = new Map<number, number>(); // marker index -> sentence id
  let mi = 0;
  // (Only in a chapter with a lettered list, two paragraphs opening "b. The…" at least: a speaker's
  // initial over a speech, "Q.", is no item's mark.)
  const lettered = paragraphs.filter((p) => LETTERED_ITEM.test(text.slice(p.start, p.end))).length >= 2;
  for (const p of paragraphs) {
    if (p.kind === "heading") continue;
    if (p.kind === "apparatus") {
      // No sentences, but a note cued inside a paragraph led into by a colon (a translator's note on
      // a quotation in Latin under "The poet put it so:") is cited at that lead-in sentence
      // (fixclean21). Other apparatus (study questions, a letter's furniture) has no sentence that
      // leads into it, and its notes stay uncited, as before.
      const last = sentences.at(-1);
      const lead = last && /:\s*$/.test(last.text) ? last : undefined;
      while (mi < markers.length && markers[mi].at < p.start) mi++;
      for (; mi < markers.length && markers[mi].at <= p.end; mi++) {
        if (!lead) continue;
        const id = markerId.get(mi);
        if (id) lead.footnoteRefs.push(id);
        sentenceOf.set(mi, lead.id);
      }
      continue;
    }
    // A label skipped as no sentence ("§ 4.", "First.") hands the markers after it ("First.[1]") to
    // the sentence it labels: that sentence's span is taken from the label's start.
    let from: number | null = null;
    for (const s of splitSentences(text.slice(p.start, p.end), p.start)) {
      // "§ 4. A weak hive…": the section's label; "Second. The sand…": the point's number. No sentences.
      if (SECTION_MARKER.test(s.text) || ENUMERATOR.test(s.text) || (lettered && s.start === p.start && LETTER_MARK.test(s.text))) {
        from ??= s.start;
        continue;
      }
      while (mi < markers.length && markers[mi].at < (from ?? s.start)) mi++;
      from = null;
      const refs: string[] = [];
      for (; mi < markers.length && markers[mi].at <= s.end; mi++) {
        // Only markers whose note was found are cited: a ref must name an existing footnote.
        const id = markerId.get(mi);
        if (id) refs.push(id);
        sentenceOf.set(mi, sentences.length);
      }
      sentences.push({ id: sentences.length, text: s.text, start: s.start, end: s.end, paragraph: p.id, page: pageAt(s.start), footnoteRefs: refs });
    }
  }

  const footnotes: Footnote[] = resolved.map(({ f, id, marker }) => {
    const sentence = marker !== undefined ? sentenceOf.get(marker) : undefined;
    const body = extract(clean(f.text, stats).text).text;
    return { id, number: f.number, page: f.page, text: body, citedAt: marker !== undefined && sentence !== undefined ? { sentence, offset: markers[marker].at } : null };
  });
  const chapter: CleanChapter = { index: meta.index, number: meta.number, title: meta.title, text, paragraphs, sentences, footnotes, pages };
  return { chapter, repairs };
}
