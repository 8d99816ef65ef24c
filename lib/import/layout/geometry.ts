// Document-wide measures a reader takes in at a glance: the body font size, the text block's
// left and right edges (what lies wholly outside is a marginal note) and the usual line spacing.
import type { Fragment } from "./types";

function mode(values: number[], weights?: number[]): number | null {
  const counts = new Map<number, number>();
  values.forEach((v, i) => counts.set(v, (counts.get(v) ?? 0) + (weights?.[i] ?? 1)));
  let best: number | null = null;
  let n = -1;
  for (const [v, c] of counts) if (c > n || (c === n && best !== null && v < best)) [best, n] = [v, c];
  return best;
}

export interface Geometry {
  bodySize: number;
  textLeft: number;
  textRight: number;
  leading: number; // usual distance between the baselines of two body lines
}

export const isBodySize = (f: Fragment, g: { bodySize: number }) => Math.abs(f.size - g.bodySize) <= g.bodySize * 0.12;

export function measure(frags: Fragment[]): Geometry {
  const round = (v: number) => Math.round(v * 2) / 2;
  const bodySize = mode(frags.map((f) => round(f.size)), frags.map((f) => f.text.length)) ?? 10;
  const body = frags.filter((f) => isBodySize(f, { bodySize }) && f.text.length > 3);
  const lefts = body.map((f) => Math.round(f.x / 3) * 3);
  const counts = new Map<number, number>();
  for (const l of lefts) counts.set(l, (counts.get(l) ?? 0) + 1);
  const frequent = [...counts].filter(([, c]) => c >= Math.max(2, body.length * 0.05)).map(([l]) => l);
  const textLeft = (frequent.length ? Math.min(...frequent) : Math.min(...lefts, 0)) - 3;
  const rights = body.map((f) => f.right).sort((a, b) => a - b);
  const textRight = (rights[Math.floor(rights.length * 0.9)] ?? 0) + 3;
  const gaps: number[] = [];
  const byPage = new Map<number, Fragment[]>();
  for (const f of body) byPage.set(f.page, [...(byPage.get(f.page) ?? []), f]);
  for (const list of byPage.values()) {
    list.sort((a, b) => b.y - a.y);
    for (let i = 1; i < list.length; i++) {
      const gap = list[i - 1].y - list[i].y;
      if (gap > bodySize * 0.9 && gap < bodySize * 3 && Math.abs(list[i - 1].x - list[i].x) < bodySize * 4) gaps.push(round(gap));
    }
  }
  return { bodySize, textLeft, textRight, leading: mode(gaps) ?? bodySize * 1.2 };
}
