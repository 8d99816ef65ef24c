// Every span of a sentence a cloze could blank: its names, dates and numbers, its noun phrases
// (whole, and the head noun alone), the complement of "be", the main verb's object, defined terms
// and "X of Y" phrases. The span model (./model) then picks the one that carries the claim.
import { HAS_LETTER } from "@/lib/cards/letters";
import type { AnalysedSentence, Analysis, EntityKind } from "../analyse";
import { pointSpan } from "./point";
import { shapeSpans, wholeCompound } from "./shapes";

export type SpanKind = EntityKind | "term";
export type SpanCandidate = { start: number; end: number; kind: SpanKind };

export function enumerateSpans(s: AnalysedSentence, a: Analysis): SpanCandidate[] {
  const out = new Map<string, SpanCandidate>();
  const add = (start: number, end: number, kind: SpanKind) => {
    if (end > start && !out.has(`${start}:${end}`)) out.set(`${start}:${end}`, { start, end, kind });
  };
  for (const e of s.entities) add(e.start, e.end, e.kind);
  const { tokens } = s;
  for (const p of s.phrases) {
    let i = p.a;
    while (i < p.b && tokens[i].pos === "DET") i++;
    if (i >= p.b) continue;
    // "a septemvirate consisting of …": a trailing gerund is not part of the term.
    let b = p.b;
    while (b > i && tokens[b - 1].pos === "VERB") b--;
    if (b <= i || tokens.slice(i, b).some((t) => t.pos === "PRON")) continue;
    const head = tokens[b - 1];
    if (tokens.slice(i, b).every((t) => t.pos === "PROPN")) continue; // a name: an entity already
    add(tokens[i].start, head.end, "term");
    if (b - i > 1 && head.pos === "NOUN") add(head.start, head.end, "term");
    // "the ascending current of hot air": a noun phrase with its of-phrase, taken whole.
    // Only between common nouns: with a name after "of" the name is the informative part, and a
    // phrase cut before a possessive ("the works of {{X}}'s pupils") is half of one.
    const next = b === p.b ? s.phrases.find((q) => q.a === p.b + 1 && tokens[p.b]?.lower === "of") : undefined;
    const common = next && !tokens.slice(next.a, next.b).some((t) => t.pos === "PROPN") && !/^['’](?:s\b|\s)/.test(s.text.slice(tokens[next.b - 1].end));
    if (next && common && next.b - p.a <= 8) add(tokens[i].start, tokens[next.b - 1].end, "term");
  }
  // The point of a present-tense claim ("X is far more costly", "X depends on the division of the harvest"), whole.
  const point = pointSpan(s);
  if (point) add(point.start, point.end, "term");
  // A defined term the noun-phrase chunker split or missed.
  for (const t of tokens) if (a.defined.has(t.lower) && HAS_LETTER.test(t.text)) add(t.start, t.end, "term");
  // Pairs, complements and whole compounds the chunker splits (./shapes): blanks strict raters asked for.
  for (const x of shapeSpans(s)) add(x.start, x.end, "term");
  for (const c of [...out.values()]) {
    const w = wholeCompound(s.text, c.start, c.end);
    if (w) add(w.start, w.end, c.kind);
  }
  return [...out.values()].sort((x, y) => x.start - y.start || x.end - y.end);
}
