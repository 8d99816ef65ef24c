// Table of contents: entries (number, title, page) read from lines like
//   "<i>Chapter 11. LESSONS OF OCTOBER</i>\t3", "12. SOCIALISM IN ONE COUNTRY 36",
//   "Chapter IV ........ 57", "<i>Chapter 21.</i>\tREGIONALIZATION\t273".
// Used to repair OCR'd chapter numbers ("CHAPTER II" for 11) and to know each chapter's first page.
import type { Block } from "./blocks";
import { parseNumber } from "./roman";

export type TocEntry = { number: string | null; title: string; page: string | null };

export function normalizeTitle(title: string): string {
  return title.toLowerCase().replace(/<[^<>]+>/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

function parseTocLine(line: string): TocEntry | null {
  const clean = line.replace(/<[^<>]+>/g, "").replace(/[*_]/g, "").trim();
  const fields = clean.split(/\t+|\s{2,}|\s*\.{3,}\s*|\s+…+\s*/).map((f) => f.trim()).filter(Boolean);
  if (fields.length < 2) {
    const m = clean.match(/^(.*\D)\s+(\d{1,4})$/);
    if (!m) return null;
    fields.splice(0, fields.length, m[1].trim(), m[2]);
  }
  const page = /^(\d{1,4}|[ivxlc]{1,6})$/i.test(fields.at(-1)!) ? fields.pop()! : null;
  if (!page) return null;
  let head = fields.join(" ");
  let number: string | null = null;
  const m = head.match(/^(?:chapter|chap\.?)?\s*(\d{1,3}|[ivxlc]{1,7})[.:]?\s+(.*)$/i) ?? head.match(/^(?:chapter|chap\.?)\s*(\d{1,3}|[ivxlc]{1,7})[.:]?\s*()$/i);
  if (m && parseNumber(m[1]) !== null) {
    number = String(parseNumber(m[1]));
    head = m[2];
  }
  if (!head || head.length > 120 || /^page$/i.test(head)) return null;
  return { number, title: head.replace(/\s+/g, " "), page };
}

/** Entries from the contents section(s): from a "Contents" heading up to the first chapter heading. */
export function readToc(blocks: Block[]): TocEntry[] {
  const start = blocks.findIndex((b) => /^(table of )?contents\.?$/i.test((b.heading ?? b.text).replace(/<[^<>]+>|[#*_]/g, "").trim()));
  if (start < 0) return [];
  const entries: TocEntry[] = [];
  let misses = 0;
  let lastNumber: number | null = null;
  for (const b of blocks.slice(start + 1, start + 400)) {
    if (b.kind === "heading" && /^chapter\b/i.test(b.heading ?? "")) break;
    let hit = false;
    for (const line of b.lines) {
      const e = parseTocLine(line);
      if (!e) continue;
      // In a TOC, a chapter's number may be given once ("Chapter 11.") and implied after ("12.").
      if (e.number) lastNumber = Number(e.number);
      else if (lastNumber !== null && /^\d+\.\s/.test(line.trim())) e.number = String(++lastNumber);
      entries.push(e);
      hit = true;
    }
    misses = hit ? 0 : misses + 1;
    if (misses > 12 && entries.length) break;
  }
  return entries;
}
