// Pairing the floor's rows with the cards eval:cards scores, for scripts/floor-rows-check.ts (late
// review 6, session 21): by the card's sides AND its context, never by position. A row list that differs
// from the evaluation's (the case the audit exists for) used to pair different cards by index, or
// throw when the evaluation's list was shorter; and a change only the context makes (the previous
// sentence as context, the situation line) was invisible to a key of kind, front and back.

export type Sides = { kind: string; front: string; back: string; context?: string | null };

/** A card's identity for the audit: kind, front, back and context line (empty when it has none). */
export const sidesKey = (c: Sides) => `${c.kind}|${c.front}|${c.back}|${c.context ?? ""}`;

/** Each row with the evaluation's card of the same key (null when the evaluation shows none), in the rows' order; a key shown twice pairs in order. */
export function pairByKey<R, E extends Sides>(rows: R[], rowSides: (r: R) => Sides, ev: E[]): [R, E | null][] {
  const byKey = new Map<string, E[]>();
  for (const e of ev) byKey.set(sidesKey(e), [...(byKey.get(sidesKey(e)) ?? []), e]);
  return rows.map((r) => [r, byKey.get(sidesKey(rowSides(r)))?.shift() ?? null]);
}
