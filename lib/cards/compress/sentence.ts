// The sentence less its cuts, as a sentence of its own for the question generators: kept tokens,
// entities and noun phrases re-based on the compressed text, its own subject and verb. `back`
// maps an offset range of the compressed text to the analysed sentence (a range that a cut split
// has no source and maps to null).
import type { AnalysedSentence } from "../analyse/types";
import { clauseOf } from "../analyse/clause";
import type { Cut } from "./types";
import { capitalize } from "../text";

export type Compressed = { sentence: AnalysedSentence; back: (start: number, end: number) => { start: number; end: number } | null };

export function compressedSentence(s: AnalysedSentence, cuts: Cut[]): Compressed {
  // Kept stretches of the source text, and where each starts in the compressed text.
  const pieces: { from: number; to: number; at: number }[] = [];
  let at = 0, from = 0;
  for (const c of [...cuts].sort((x, y) => x.start - y.start)) {
    if (c.start > from) { pieces.push({ from, to: c.start, at }); at += c.start - from; }
    from = Math.max(from, c.end);
  }
  pieces.push({ from, to: s.text.length, at });
  let text = pieces.map((p) => s.text.slice(p.from, p.to)).join("");
  if (cuts.some((c) => c.start === 0)) text = capitalize(text);
  const fwd = (o: number) => {
    const p = pieces.find((q) => o >= q.from && o <= q.to);
    return p ? p.at + o - p.from : -1;
  };
  const cut = (start: number, end: number) => cuts.some((c) => start < c.end && c.start < end);
  const keptIdx: number[] = [];
  s.tokens.forEach((t, i) => { if (!cut(t.start, t.end)) keptIdx.push(i); });
  const newIdx = new Map(keptIdx.map((i, k) => [i, k]));
  const tokens = keptIdx.map((i) => ({ ...s.tokens[i], start: fwd(s.tokens[i].start), end: fwd(s.tokens[i].end) }));
  if (tokens[0] && cuts.some((c) => c.start === 0)) tokens[0] = { ...tokens[0], text: text.slice(tokens[0].start, tokens[0].end) };
  const spans = <T extends { a: number; b: number; start: number; end: number }>(xs: T[]): T[] =>
    xs.filter((x) => !cut(x.start, x.end)).map((x) => ({ ...x, a: newIdx.get(x.a)!, b: newIdx.get(x.b - 1)! + 1, start: fwd(x.start), end: fwd(x.end) }));
  const entities = spans(s.entities);
  const back = (start: number, end: number) => {
    const p = pieces.find((q) => start >= q.at && end <= q.at + (q.to - q.from));
    return p ? { start: p.from + start - p.at, end: p.from + end - p.at } : null;
  };
  return {
    sentence: {
      ...s, text, tokens, entities, phrases: spans(s.phrases),
      clause: clauseOf(tokens, text, entities.filter((e) => e.kind === "date")),
      pronoun: cuts.some((c) => c.start === 0) ? null : s.pronoun,
    },
    back,
  };
}
