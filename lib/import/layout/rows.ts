// Items -> fragments: items on one baseline are a row; a row splits at gaps wider than a column
// gutter. Superscripts (small, raised, beside a larger row) are footnote markers, written [^n].
import type { Fragment, TextItem } from "./types";

const MARKER = /^(?:\d{1,3}|[*†‡§¶])$/;

function isSuperscriptOf(item: TextItem, row: TextItem[]): boolean {
  if (!row.length || row.includes(item)) return false;
  const main = Math.max(...row.map((r) => r.size));
  const base = row.find((r) => r.size === main)!.y;
  const raised = item.y - base;
  return item.size < main * 0.8 && raised > main * 0.15 && raised < main * 0.75 && MARKER.test(item.str.trim());
}

/** Groups one page's items into fragments, in no particular order. */
export function pageFragments(items: TextItem[], page: number, lowConfidence = 60): Fragment[] {
  const sorted = items.filter((i) => i.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextItem[][] = [];
  for (const item of sorted) {
    const row = rows.find((r) => Math.abs(r[0].y - item.y) <= Math.max(1, 0.3 * Math.min(r[0].size, item.size)) && Math.abs(r[0].size - item.size) < 0.25 * r[0].size);
    if (row) row.push(item);
    else rows.push([item]);
  }
  // Tiny markers raised above a larger row are that row's superscripts (whatever row they fell into).
  const spans = rows.map((r) => ({ left: Math.min(...r.map((x) => x.x)), right: Math.max(...r.map((x) => x.x + x.w)) }));
  for (let i = 0; i < rows.length; i++) {
    for (const it of [...rows[i]]) {
      if (!MARKER.test(it.str.trim())) continue;
      const h = rows.findIndex((o, k) => k !== i && isSuperscriptOf(it, o) && it.x >= spans[k].left - it.size * 2 && it.x <= spans[k].right + it.size * 2);
      if (h < 0) continue;
      rows[h].push(it);
      rows[i].splice(rows[i].indexOf(it), 1);
    }
  }
  for (let i = rows.length - 1; i >= 0; i--) if (!rows[i].length) rows.splice(i, 1);
  const out: Fragment[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let run: TextItem[] = [];
    const flush = () => { if (run.length) out.push(toFragment(run, page, lowConfidence)); run = []; };
    for (const item of row) {
      const prev = run.at(-1);
      const main = prev ? Math.max(prev.size, item.size) : item.size;
      if (prev && item.x - (prev.x + prev.w) > main * 1.2) flush();
      run.push(item);
    }
    flush();
  }
  return out;
}

function toFragment(run: TextItem[], page: number, lowConfidence: number): Fragment {
  const mainSize = run.reduce((best, it) => (it.str.length > best.n ? { n: it.str.length, size: it.size } : best), { n: -1, size: run[0].size }).size;
  const mainY = run.find((r) => r.size === mainSize)!.y;
  let text = "";
  let leadingMarker: string | null = null;
  const low: string[] = [];
  run.forEach((item, k) => {
    const str = item.str.replace(/\s+/g, " ");
    const sup = item.size < mainSize * 0.8 && item.y - mainY > mainSize * 0.15 && MARKER.test(str.trim());
    if (sup) {
      if (!text.trim()) leadingMarker = str.trim();
      else text = text.trimEnd() + `[^${str.trim()}]`;
      return;
    }
    const prev = run[k - 1];
    const gap = prev ? item.x - (prev.x + prev.w) : 0;
    if (text && gap > mainSize * 0.12 && !/\s$/.test(text) && !/^\s/.test(str)) text += " ";
    text += str;
    if (item.conf !== undefined && item.conf < lowConfidence && /\p{L}/u.test(str)) low.push(str.trim());
  });
  text = text.replace(/\s+/g, " ").trim();
  if (!leadingMarker) {
    const m = text.match(/^(\d{1,3}|[*†‡§])[.)]?\s+(?=\S)/);
    if (m) leadingMarker = m[1];
  } else text = text.replace(/^\s+/, "");
  const last = run.at(-1)!;
  return { page, x: run[0].x, right: last.x + last.w, y: mainY, size: mainSize, text, leadingMarker, lowConfidence: low };
}
