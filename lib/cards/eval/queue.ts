// The blind labelling queue: cards not yet labelled, in a deterministic shuffled order (so the
// generator's ranking does not leak into the labels), showing only kind, context line, front, back and sentence.
import type { CardLabel, EvalCard } from "./types";
import { LabelIndex, labelProblem } from "./labels";
import { cardKey } from "./normalise";

export interface QueueItem extends EvalCard {
  fixture: string;
  label: CardLabel["label"] | null;
  reason: CardLabel["reason"];
  note?: string;
}

// FNV-1a, then mulberry32: a small seeded generator, so a queue is the same on every machine.
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], seed: string): T[] {
  const out = [...items], next = random(seedOf(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The queue after adding `cards`: the items already queued keep their place (and any label set on
 * them), then the new cards that are neither labelled by `rater` nor already queued, shuffled.
 * `unlessCountedBy` (a rater chain, "rater-ba,rater-bb,…") also leaves out every card the evaluation
 * already counts under that chain (a label of the card, or of its sentence's card where all agree):
 * a new rater then labels only the cards that no figure has, e.g. training cards a change brought in.
 */
export function extendQueue(fixture: string, queued: QueueItem[], cards: EvalCard[], labels: CardLabel[], rater: string, unlessCountedBy?: string): { queue: QueueItem[]; added: number } {
  const index = new LabelIndex(labels, rater);
  const counted = unlessCountedBy ? new LabelIndex(labels, unlessCountedBy) : null;
  const seen = new Set(queued.map(cardKey));
  const fresh: QueueItem[] = [];
  for (const c of cards) {
    const k = cardKey(c);
    if (seen.has(k) || index.find(c)?.by === "card" || counted?.find(c)) continue;
    seen.add(k);
    fresh.push({ fixture, kind: c.kind, front: c.front, back: c.back, ...(c.context ? { context: c.context } : {}), sentence: c.sentence, label: null, reason: null });
  }
  return { queue: [...queued, ...shuffle(fresh, `${fixture}:${queued.length}`)], added: fresh.length };
}

/**
 * Splits a queue into valid labels (stamped with `rater`) and the items still unlabelled. Throws,
 * listing every problem, if any labelled item is invalid, so a merge is all or nothing.
 */
export function takeLabelled(queue: QueueItem[], rater: string): { labels: CardLabel[]; rest: QueueItem[] } {
  const labels: CardLabel[] = [], rest: QueueItem[] = [], errors: string[] = [];
  queue.forEach((item, i) => {
    if (item.label == null) return void rest.push(item);
    const l: CardLabel = { fixture: item.fixture, kind: item.kind, front: item.front, back: item.back, ...(item.context ? { context: item.context } : {}), sentence: item.sentence, label: item.label, reason: item.reason ?? null, ...(item.note ? { note: item.note } : {}), rater };
    const problem = labelProblem(l);
    if (problem) errors.push(`item ${i + 1} (${item.front.slice(0, 50)}): ${problem}`);
    else labels.push(l);
  });
  if (errors.length) throw new Error(errors.join("\n"));
  return { labels, rest };
}

/** Existing labels with `incoming` merged in: a new label of the same card by the same rater replaces the old. */
export function mergeLabels(existing: CardLabel[], incoming: CardLabel[]): CardLabel[] {
  const key = (l: CardLabel) => `${l.rater}\u0000${cardKey(l)}`;
  const replaced = new Set(incoming.map(key));
  return [...existing.filter((l) => !replaced.has(key(l))), ...incoming];
}
