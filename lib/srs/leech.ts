import type { DeckOptions } from "./types";

/**
 * Anki's leech rule: a card becomes a leech when a lapse brings it to the threshold, and is flagged
 * again every half-threshold lapses after that (8, 12, 16… with the default 8).
 */
export function leechOutcome(lapses: number, lapsedNow: boolean, options: Pick<DeckOptions, "leechThreshold" | "leechAction">) {
  const t = options.leechThreshold;
  if (!lapsedNow || t <= 0 || lapses < t) return { leech: false, suspend: false };
  const step = Math.max(1, Math.ceil(t / 2));
  const leech = (lapses - t) % step === 0;
  return { leech, suspend: leech && options.leechAction === "SUSPEND" };
}
