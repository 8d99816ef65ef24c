// Running heads and footers: lines in the top or bottom band of the page that repeat across pages
// (digits aside) or hold only a page number. Their number is the page's printed label.
import type { Fragment, PageText } from "./types";

const BARE_NUMBER = /^(?:[-–—]\s*)?(\d{1,4}|[ivxlcdm]{1,7})(?:\s*[-–—])?$/i;
const EDGE_NUMBER = /^(\d{1,4}|[ivxlcdm]{1,7})\s+\S|\S\s+(\d{1,4}|[ivxlcdm]{1,7})$/i;

const shape = (text: string) => text.toLowerCase().replace(/\b(?:\d+|[ivxlcdm]+)\b/g, "#").replace(/\s+/g, " ").trim();

/** Marks furniture fragments and returns each page's printed number found in them (or null). */
export function findFurniture(frags: Fragment[], pages: PageText[], bodySize: number): { furniture: Set<Fragment>; printed: (string | null)[] } {
  const band = (f: Fragment) => {
    const h = pages[f.page].height;
    return f.y > h * 0.86 ? "top" : f.y < h * 0.12 ? "bottom" : null;
  };
  const candidates = frags.filter((f) => band(f) !== null);
  const seen = new Map<string, Set<number>>();
  for (const f of candidates) {
    const key = `${band(f)}|${shape(f.text)}`;
    seen.set(key, (seen.get(key) ?? new Set()).add(f.page));
  }
  const minRepeats = 2;
  const furniture = new Set<Fragment>();
  const printed: (string | null)[] = pages.map(() => null);
  for (const f of candidates) {
    const bare = f.text.match(BARE_NUMBER);
    const repeats = (seen.get(`${band(f)}|${shape(f.text)}`)?.size ?? 0) >= minRepeats && pages.length > 1;
    // A repeated line is furniture only when it stands clear of the text: the first body line of a
    // page may repeat a sentence printed atop another page.
    if (!bare && !((repeats && clearOfText(f, frags, bodySize)) || (pages.length < 3 && standsApart(f, frags, bodySize)))) continue;
    // A note line at the foot that happens to repeat ("1 Ibid.") is still a note: it is in small type below body text.
    if (!bare && band(f) === "bottom" && f.leadingMarker && !EDGE_NUMBER.test(f.text)) continue;
    furniture.add(f);
    const edge = bare ?? f.text.match(EDGE_NUMBER);
    const number = edge ? (edge[1] ?? edge[2]) : null;
    if (number && printed[f.page] === null) printed[f.page] = number;
  }
  return { furniture, printed };
}

/** Each page's label: the document's own labels when present, else the printed number, else counted on. */
export function pageLabels(pages: PageText[], printed: (string | null)[]): { labels: string[]; source: "labels" | "printed" | "index" } {
  if (pages.length && pages.every((p) => p.label)) return { labels: pages.map((p) => p.label!), source: "labels" };
  if (!printed.some((p) => p !== null && /^\d+$/.test(p))) return { labels: pages.map((_, i) => String(i + 1)), source: "index" };
  const labels: (string | null)[] = [...printed];
  // Count on from the last printed arabic number, and back from the first (chapter openings often omit it).
  for (let i = 1; i < labels.length; i++) if (labels[i] === null && labels[i - 1] && /^\d+$/.test(labels[i - 1]!)) labels[i] = String(Number(labels[i - 1]) + 1);
  for (let i = labels.length - 2; i >= 0; i--) if (labels[i] === null && labels[i + 1] && /^\d+$/.test(labels[i + 1]!) && Number(labels[i + 1]) > 1) labels[i] = String(Number(labels[i + 1]) - 1);
  return { labels: labels.map((l, i) => l ?? String(i + 1)), source: "printed" };
}

/**
 * A head seen once (a document too short for repetition to show: a photo, two pages): the top line of its page, set apart from the text below by
 * more than a blank line, in small or capital letters (a chapter title would be larger).
 */
function standsApart(f: Fragment, frags: Fragment[], bodySize: number): boolean {
  if (f.size >= bodySize * 1.15 || !(f.size < bodySize * 0.95 || f.text === f.text.toUpperCase())) return false;
  const others = frags.filter((o) => o.page === f.page && o !== f && Math.abs(o.y - f.y) > bodySize * 0.5); // not its own row (a page number beside it)
  if (others.some((o) => o.y > f.y)) return false;
  const below = Math.max(...others.map((o) => o.y), -Infinity);
  return f.y - below > bodySize * 2.2;
}

function clearOfText(f: Fragment, frags: Fragment[], bodySize: number): boolean {
  const gaps = frags.filter((o) => o.page === f.page && o !== f && Math.abs(o.y - f.y) > 2).map((o) => Math.abs(o.y - f.y));
  return !gaps.length || Math.min(...gaps) > bodySize * 1.6;
}
