// An epigraph under a chapter's title: a short quotation, often set in, closed by its author's name after a
// dash ("…obeyed by every vessel.--MARGERY QUILLON." or, on a line of its own, "--CORWIN: _Notes_.").
// Read as prose, the name glues to the quotation's last sentence and the quotation passes for the
// author's own words. The quotation is kept as a quotation (kind "quote") and the attribution becomes
// a paragraph of its own marked apparatus (kept in the text, no sentences). The indent is not checked:
// scanned books print an epigraph with a paragraph's indent only, at the margin after its first line;
// a first paragraph that is prose signed with a name in capitals is read as one too. Only the chapter's first
// paragraph under its headings is judged, and only an attribution whose name is set in capitals, as
// epigraphs print it, after a finished sentence: a sentence ending on a dash and a word in capitals
// ("…carved on it was—PEACE.") stays text.
import type { RawParagraph } from "./assemble";
import { cutOpening } from "./section-numbers";
import { cutParagraph } from "./paragraph-cuts";

const MAX_WORDS = 80; // an epigraph is a sentence or a stanza, not a page
// The dash, a name in capitals of one to five words, and perhaps a title or a source after a colon
// or a comma; a stop may close either.
const ATTRIBUTION = /(?:--|[—–])\s*(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,4})\.?(?:\s*[:,]\s*[^—–\n]{1,100})?\s*$/u;

/** Where an epigraph's attribution starts in its text (at the dash), or -1. */
export function attributionStart(text: string): number {
  const m = text.trimEnd().match(ATTRIBUTION);
  if (!m || m.index === undefined) return -1;
  if (!/\p{Lu}{2}/u.test(m[1])) return -1; // "—I." is no name
  // A finished quotation before it ("…vessel.--MARGERY QUILLON."): "…carved on it was—PEACE." is a sentence.
  return /\p{L}.*[.!?]["”’')\]_*]*\s*$/su.test(text.slice(0, m.index)) ? m.index : -1;
}

/** Splits the attribution off a chapter's opening epigraph; returns how many were found (0 or 1). */
export function splitEpigraph(paragraphs: RawParagraph[]): number {
  const i = paragraphs.findIndex((p) => p.kind !== "heading");
  const p = paragraphs[i];
  if (!p || (p.kind !== "body" && p.kind !== "quote") || i + 1 >= paragraphs.length) return 0;
  if (p.text.trim().split(/\s+/).length > MAX_WORDS) return 0;
  const at = attributionStart(p.text);
  if (at < 0) return 0;
  const attribution: RawParagraph = { ...p, kind: "apparatus", breaks: p.breaks.filter((b) => b.at > at) };
  cutOpening(attribution, at);
  attribution.text = attribution.text.trimEnd();
  attribution.page = p.breaks.filter((b) => b.at <= at).at(-1)?.page ?? p.page;
  const quotation: RawParagraph = { ...p, kind: "quote", breaks: p.breaks.filter((b) => b.at <= at) };
  cutParagraph(quotation, at, p.text.length);
  quotation.text = quotation.text.trimEnd();
  paragraphs.splice(i, 1, quotation, attribution);
  return 1;
}
