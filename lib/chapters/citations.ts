// Recognising citation text: what footnotes are made of (page references, volume and article
// numbers, ibid./id., publication years in parentheses, italic titles). Used to find a footnote's
// continuation that OCR merged into the body of the next page.
import { MONTH_NAME } from "@/lib/language/months";
const CITATION_MARKERS = [
  /\bpp?\.\s*[\dxivl]/gi, /\bNos?\.\s*\d/g, /\bvols?\.\s*[\dxivl]/gi, /\bart\.\s*\d/gi, /\bibid\b/gi, /\bid\.(?=\s|,)/g, /\bop\.\s*cit\b/gi,
  /\bloc\.\s*cit\b/gi, /\(\s*(?:1[5-9]|20)\d\d\s*\)/g, /\b(?:1[5-9]|20)\d\d\s*,\s*(?:No|pp?|vol|art)\b/gi, /\*[^*\n]{3,80}\*/g, /\bn\.d\./gi,
  /\bcf\.\s/gi, /\bsee\s+(?:p|pp|vol)\b/gi, /\b\d+-\d+\b/g, /\bed(?:s|ited)?\.?\s+by\b/gi, /\([^()]*(?:1[5-9]|20)\d\d[^()]*\)/g,
];
const MONTH_YEAR = new RegExp(`^${MONTH_NAME}\\s+(?:1[5-9]|20)\\d\\d\\b`);

export function citationScore(text: string): number {
  return CITATION_MARKERS.reduce((n, re) => n + (text.match(re)?.length ?? 0), 0);
}

/** Does this text start like a reference ("September 1925, pp. 306", "No. 7, art. 3", "*Pravda*, 1924")? */
export function startsLikeCitation(text: string): boolean {
  const t = text.trimStart();
  if (MONTH_YEAR.test(t) && /^[^.;]{0,40}(?:,\s*(?:pp?|No|vol|art)\.|\d{4},)/i.test(t)) return true;
  const head = t.slice(0, 60);
  return /^(?:pp?\.|Nos?\.|vols?\.|art\.|ibid|id\.|op\. cit|\*[^*]+\*,|\((?:\*|[A-Z][^)]{0,40}(?:1[5-9]|20)\d\d))/i.test(head) || /^(?:1[5-9]|20)\d\d,\s*(?:No|pp?|vol)/.test(head);
}

/** A whole block that starts like a reference and is dense in references (a footnote's remainder). */
export function readsAsCitation(text: string): boolean {
  return startsLikeCitation(text) && citationScore(text) >= Math.max(2, text.split(/\s+/).length / 40);
}

/** The text of a footnote is "open" when it stops mid-sentence and continues on the next page. */
export function endsOpen(text: string): boolean {
  return !/[.!?)"”’]$/.test(text.replace(/\u0001[^\u0002]*\u0002/g, "").trimEnd().slice(-20));
}

/**
 * Where in `paragraph` a leaked footnote continuation starts, or -1. The body keeps a sentence
 * fragment; the tail starts like a citation, is dense in citation markers
 * and finishes its sentence.
 */
export function leakedContinuationStart(paragraph: string, resumesLower = false): number {
  const window = Math.max(0, paragraph.length - 4000);
  if (!/[.)]$/.test(paragraph.trimEnd().slice(-5))) return -1;
  for (const m of paragraph.slice(window).matchAll(/(?<=\s)\S/g)) {
    const j = window + m.index!;
    const tail = paragraph.slice(j);
    if (!startsLikeCitation(tail)) continue;
    const words = tail.split(/\s+/).length;
    if (citationScore(tail) < Math.max(2, words / 40)) continue;
    const head = paragraph.slice(0, j);
    const fragment = head.slice(head.search(/[.!?]["”’)]?(?:\u0001[^\u0002]*\u0002)*\s+[^.!?]*$/) + 1).trim();
    // The body must keep an unfinished sentence: three words, or one when the body text after the
    // footnotes resumes in lower case (the rest of that sentence).
    if (!fragment || fragment.split(/\s+/).length < (resumesLower ? 1 : 3) || citationScore(fragment) > 0 || /[.!?;:]$/.test(fragment)) continue;
    return j;
  }
  return -1;
}
