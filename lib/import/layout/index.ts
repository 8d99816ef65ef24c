// Pages of positioned text (a PDF's text layer or OCR words) -> Markdown for lib/chapters, with the
// layout decided from geometry: furniture, columns, footnotes, marginal notes, drop capitals and the
// printed page label of every page, written as inline "[Pg n]" marks that lib/chapters reads.
import type { Fragment, LayoutResult, PageText } from "./types";
import { pageFragments } from "./rows";
import { measure, isBodySize, type Geometry } from "./geometry";
import { findFurniture, pageLabels } from "./furniture";
import { classifyPage } from "./classify";
import { readingOrder, type Placed } from "./order";

export type { PageText, TextItem, LayoutResult } from "./types";

const NOTE_NUMBER = /^(\d{1,3}|[*†‡§])[.)]?\s+/;
const TERMINAL = /[.!?:;"”’)\]]$/;

export function layoutToMarkdown(pages: PageText[], opts: { lowConfidence?: number } = {}): LayoutResult {
  const perPage = pages.map((p, i) => pageFragments(p.items, i, opts.lowConfidence));
  const all = perPage.flat();
  const g = measure(all);
  const { furniture, printed } = findFurniture(all, pages, g.bodySize);
  const { labels, source } = pageLabels(pages, printed);
  const result: LayoutResult = { markdown: "", labels, footnotePages: new Map(), notes: [], lowConfidence: [], stats: { pages: pages.length, columns2: 0, runningHeads: furniture.size, footnotes: 0, sideNotes: 0, dropCaps: 0 } };
  if (source === "index" && pages.length > 1) result.notes.push("no printed page numbers found: pages are numbered from the first page of the file");
  const out: string[] = []; // blocks of Markdown
  let para: string[] | null = null;
  let prev: Placed | null = null;
  let pending: string[] = []; // footnote definitions waiting for their paragraph to end
  const seen = new Map<string, number>();
  const close = () => {
    if (para) out.push(para.join("\n"));
    para = null;
    if (pending.length) out.push(pending.join("\n"));
    pending = [];
  };
  let lastNote: string[] | null = null;

  perPage.forEach((frags, pageIndex) => {
    const parts = classifyPage(frags, furniture, g);
    result.stats.dropCaps += parts.dropCaps;
    result.stats.sideNotes += parts.sideNotes.length;
    for (const s of parts.sideNotes) if (result.notes.length < 40) result.notes.push(`marginal note "${s.text.slice(0, 40)}" (p. ${labels[pageIndex]}) kept out of the text`);
    const { lines, twoColumns } = readingOrder(parts.flow, g);
    if (twoColumns) result.stats.columns2++;
    const cols = columnEdges(lines);
    let pageMarked = false;
    for (const line of lines) {
      result.lowConfidence.push(...line.lowConfidence);
      if (line.size >= g.bodySize * 1.2 && !isBodySize(line, g)) {
        const last = out.at(-1);
        if (!para && last?.startsWith("#") && prev && prev.page === line.page && Math.abs(prev.size - line.size) < 0.5 && prev.y - line.y < line.size * 2) out[out.length - 1] = `${last} ${line.text}`;
        else {
          close();
          out.push(`${line.size >= g.bodySize * 1.6 ? "#" : "##"} ${line.text}`);
        }
        prev = line;
        continue;
      }
      let text = line.text;
      if (!pageMarked) {
        const mark = `[Pg ${pageIndex + 1}]`; // a page token: cleanImported maps it to the printed label
        const after = para && /\p{L}-$/u.test(para.at(-1)!) ? text.indexOf(" ") : -1;
        text = after > 0 ? `${text.slice(0, after)} ${mark}${text.slice(after)}` : `${mark} ${text}`;
        pageMarked = true;
      }
      if (!para || startsParagraph(line, prev, cols, g)) {
        close();
        para = [];
      }
      para.push(text);
      prev = line;
    }
    for (const f of parts.footnotes) {
      if (f.leadingMarker) {
        const n = f.leadingMarker;
        const key = `${n}#${(seen.get(n) ?? 0) + 1}`;
        seen.set(n, (seen.get(n) ?? 0) + 1);
        result.footnotePages.set(key, String(pageIndex + 1));
        lastNote = [`[^${n}]: ${f.text.replace(NOTE_NUMBER, (m) => (m.trim().replace(/[.)]$/, "") === n ? "" : m))}`];
        pending.push(lastNote[0]);
        result.stats.footnotes++;
      } else if (lastNote && pending.length) {
        pending[pending.length - 1] += ` ${f.text}`;
      } else if (out.length) {
        // A note continued from the previous page, whose definition has already been written.
        const at = out.findLastIndex((b) => b.startsWith("[^"));
        if (at >= 0) out[at] += ` ${f.text}`;
      }
    }
    if (!para) close();
  });
  close();
  result.markdown = out.join("\n\n") + "\n";
  return result;
}

type Edges = Map<string, { left: number; right: number }>;

function columnEdges(lines: Placed[]): Edges {
  const edges: Edges = new Map();
  for (const l of lines) {
    const k = `${l.page}:${l.column}`;
    const e = edges.get(k);
    edges.set(k, e ? { left: Math.min(e.left, l.x), right: Math.max(e.right, l.right) } : { left: l.x, right: l.right });
  }
  return edges;
}

/** Is this line the first of a new paragraph? Spacing and indentation within a column; across a column or page, the shape of the last line. */
function startsParagraph(line: Placed, prev: Placed | null, cols: Edges, g: Geometry): boolean {
  if (!prev) return true;
  const col = cols.get(`${line.page}:${line.column}`)!;
  const indented = line.x - col.left > g.bodySize * 0.6 && line.x - col.left < g.bodySize * 5;
  const sameColumn = prev.page === line.page && prev.column === line.column && prev.y > line.y;
  if (sameColumn) {
    const gap = prev.y - line.y;
    return gap > g.leading * 1.45 || (indented && Math.abs(prev.x - line.x) > 1);
  }
  const prevCol = cols.get(`${prev.page}:${prev.column}`);
  const shortLast = !!prevCol && prev.right < prevCol.right - g.bodySize * 2;
  return indented || (TERMINAL.test(prev.text) && shortLast);
}

export type { Fragment, Geometry };
