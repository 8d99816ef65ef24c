// FSRS memory state for a card whose history did not start in FSRS (SM-2 in Anki or another app, or
// a truncated log), as Anki computes it when FSRS is switched on (rslib scheduler/fsrs/
// memory_state.rs `single_card_revlog_to_item`): the state right after the first answer comes from
// that answer's interval and ease factor (fsrs-rs `memory_state_from_sm2`, historical retention
// 0.9); ease factors up to 1.1 were written by FSRS and hold the difficulty directly.
import { FSRSBinding } from "@open-spaced-repetition/binding";
import type { RevlogRow } from "./revlog-filter";

export const HISTORICAL_RETENTION = 0.9;

const bindings = new Map<string, FSRSBinding>();

function bindingFor(weights: readonly number[]): FSRSBinding {
  const key = weights.join(",");
  let b = bindings.get(key);
  if (!b) {
    if (bindings.size > 50) bindings.clear();
    bindings.set(key, (b = new FSRSBinding([...weights])));
  }
  return b;
}

/** Interval (days, at least 1) and ease (e.g. 2.5) Anki reads from a revlog row. */
export function sm2Of(row: Pick<RevlogRow, "interval" | "factor">): { interval: number; ease: number } {
  const interval = Math.max(1, Math.trunc(row.interval ?? 0)); // negative = a (re)learning delay in seconds
  const ease = (row.factor && row.factor !== 0 ? row.factor : 2500) / 1000;
  return { interval, ease };
}

/** Stability and difficulty after an SM-2 answer with this interval and ease factor. */
export function memoryFromSm2(row: Pick<RevlogRow, "interval" | "factor">, weights: readonly number[], retention = HISTORICAL_RETENTION): { stability: number; difficulty: number } {
  const { interval, ease } = sm2Of(row);
  const m = bindingFor(weights).memoryStateFromSM2(ease, interval, retention);
  return { stability: m.stability, difficulty: ease <= 1.1 ? (ease - 0.1) * 9 + 1 : m.difficulty };
}
