// Old books set a chapter's first word (or words) in capitals or small capitals: "HERE the road
// turns…", "THE winter of 1790…". Written back in ordinary case, so that the first
// sentence reads as prose and its first word is no acronym. A word the chapter writes in capitals
// again further on is an acronym ("NATO") and stays.
import type { CleanChapter } from "./types";

const SMALL = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from"]);
const OPENING = /^(["“‘(]?)((?:\p{Lu}{2,}[ ,]+){0,3}\p{Lu}{2,})(?=[ ,;:.!?'’]+["“‘(]?\p{Ll})/u;

export function lowerOpeningCapitals(chapter: CleanChapter): boolean {
  const p = chapter.paragraphs.find((x) => x.kind === "body");
  if (!p) return false;
  const m = chapter.text.slice(p.start, p.end).match(OPENING);
  if (!m) return false;
  const later = chapter.text.slice(p.start + m[0].length);
  const acronym = (w: string) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, "u").test(later);
  let first = true;
  const words = m[2].replace(/\p{Lu}+/gu, (w) => {
    const out = acronym(w) ? w : first || !SMALL.has(w.toLowerCase()) ? w.charAt(0) + w.slice(1).toLowerCase() : w.toLowerCase();
    first = false;
    return out;
  });
  if (words.length !== m[2].length || words === m[2]) return false; // case changes that alter length would shift every offset
  const at = p.start + m[1].length;
  chapter.text = chapter.text.slice(0, at) + words + chapter.text.slice(at + words.length);
  for (const s of chapter.sentences) if (s.start < at + words.length && s.end > at) s.text = chapter.text.slice(s.start, s.end);
  return true;
}
