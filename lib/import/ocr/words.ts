// Tesseract's blocks -> the page model the layout analysis reads (points, y up from the bottom).
// A word's size is its line's x-height-independent row height, so one line's words share a size;
// a marker set above the baseline in a smaller size keeps its own, so superscripts are recognised.
import type { PageText, TextItem } from "../layout/types";

interface Box { x0: number; y0: number; x1: number; y1: number }
export interface OcrWord { text: string; confidence: number; bbox: Box; symbols?: { text: string; bbox: Box }[] }
export interface OcrLine { words: OcrWord[]; baseline: Box; rowAttributes: { rowHeight: number; descenders: number; ascenders: number }; bbox: Box }
export interface OcrBlock { paragraphs: { lines: OcrLine[] }[] }

export function wordsToPage(blocks: OcrBlock[] | null, image: { width: number; height: number }, dpi: number, label: string | null = null): PageText {
  const k = 72 / dpi;
  const items: TextItem[] = [];
  for (const block of blocks ?? []) for (const para of block.paragraphs) for (const line of para.lines) {
    const rowHeight = Math.max(1, line.rowAttributes.rowHeight - Math.abs(line.rowAttributes.descenders));
    const baselineAt = (x: number) => {
      const b = line.baseline;
      return b.x1 === b.x0 ? b.y0 : b.y0 + ((x - b.x0) * (b.y1 - b.y0)) / (b.x1 - b.x0);
    };
    for (const w of line.words) {
      const text = w.text.trim();
      if (!text) continue;
      const base = baselineAt(w.bbox.x0);
      const isRaised = (b: Box) => b.y1 < base - rowHeight * 0.3;
      const word = (str: string, b: Box, conf: number) => items.push({ str, x: b.x0 * k, y: (image.height - base) * k, w: (b.x1 - b.x0) * k, size: rowHeight * k, conf });
      const marker = (str: string, b: Box) => items.push({ str: markerText(str), x: b.x0 * k, y: (image.height - b.y1) * k, w: (b.x1 - b.x0) * k, size: Math.min(b.y1 - b.y0, rowHeight * 0.6) * k });
      // A note marker read as part of its word ("from¹" as "from!"): split off the raised symbols at either end.
      const sym = w.symbols ?? [];
      let lead = 0, trail = sym.length;
      while (lead < sym.length && isRaised(sym[lead].bbox) && lead < 3) lead++;
      while (trail > lead && isRaised(sym[trail - 1].bbox) && sym.length - trail < 3) trail--;
      if (sym.length && (lead > 0 || trail < sym.length) && trail > lead) {
        const part = (a: number, b: number) => ({ str: sym.slice(a, b).map((x) => x.text).join(""), box: span(sym.slice(a, b).map((x) => x.bbox)) });
        if (lead) { const m = part(0, lead); marker(m.str, m.box); }
        const mid = part(lead, trail);
        word(mid.str, mid.box, w.confidence);
        if (trail < sym.length) { const m = part(trail, sym.length); marker(m.str, m.box); }
      } else if (isRaised(w.bbox) && text.length <= 3) marker(text, w.bbox);
      else word(text, w.bbox, w.confidence);
    }
  }
  return { width: image.width * k, height: image.height * k, items, label };
}

// Digits that OCR misreads when they are small and raised.
const CONFUSED: Record<string, string> = { "!": "1", l: "1", I: "1", i: "1", "|": "1", "?": "2", Z: "2", z: "2", S: "5", s: "5", O: "0", o: "0", B: "8", g: "9" };

function markerText(s: string): string {
  const t = [...s].map((c) => CONFUSED[c] ?? c).join("");
  return /^(?:\d{1,3}|[*†‡§])$/.test(t) ? t : s;
}

function span(boxes: Box[]): Box {
  return { x0: Math.min(...boxes.map((b) => b.x0)), y0: Math.min(...boxes.map((b) => b.y0)), x1: Math.max(...boxes.map((b) => b.x1)), y1: Math.max(...boxes.map((b) => b.y1)) };
}
