// Reading order on a page: top to bottom, and on a page set in two columns the left column before
// the right one, section by section (a line spanning both columns, such as a heading, ends one).
import type { Fragment } from "./types";
import type { Geometry } from "./geometry";

export type Placed = Fragment & { column: number };

export function readingOrder(flow: Fragment[], g: Geometry): { lines: Placed[]; twoColumns: boolean } {
  const mid = (g.textLeft + g.textRight) / 2;
  const side = (f: Fragment) => (f.right < mid + g.bodySize * 0.5 ? 0 : f.x > mid - g.bodySize * 0.5 ? 1 : -1);
  const byY = [...flow].sort((a, b) => b.y - a.y || a.x - b.x);
  const left = byY.filter((f) => side(f) === 0 && f.right - f.x > (g.textRight - g.textLeft) * 0.25).length;
  const right = byY.filter((f) => side(f) === 1 && f.right - f.x > (g.textRight - g.textLeft) * 0.25).length;
  if (left < 3 || right < 3) return { lines: byY.map((f) => ({ ...f, column: 0 })), twoColumns: false };
  const lines: Placed[] = [];
  let section: Fragment[] = [];
  const flush = () => {
    for (const col of [0, 1]) for (const f of section) if (side(f) === col) lines.push({ ...f, column: col });
    section = [];
  };
  for (const f of byY) {
    if (side(f) === -1) {
      flush();
      lines.push({ ...f, column: -1 });
    } else section.push(f);
  }
  flush();
  return { lines, twoColumns: true };
}
