// The FSRS-6 memory model as ts-fsrs implements it, in the few pieces the exam planner, readiness
// and the class simulation need: R(t,S) = (1 + factor·t/S)^(−w20) with factor = 0.9^(−1/w20) − 1,
// and the next memory state after an answer (delegated to ts-fsrs so the two can never drift).
import { FSRSAlgorithm, default_w, generatorParameters, type Grade } from "ts-fsrs";

export const DAY_MS = 86_400_000;
export const DEFAULT_WEIGHTS: readonly number[] = default_w;

export type Memory = { stability: number; difficulty: number };

const models = new Map<string, FSRSAlgorithm>();

/** One FSRS-6 model per weight vector (cached: a class has few distinct vectors). */
export function modelFor(weights: readonly number[] = DEFAULT_WEIGHTS): FSRSAlgorithm {
  const key = weights.join(",");
  let m = models.get(key);
  if (!m) {
    m = new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true, enable_fuzz: false }));
    if (models.size > 1000) models.clear();
    models.set(key, m);
  }
  return m;
}

/** Probability of recall t days after the last review of a card with stability S (days). */
export function retrievability(t: number, stability: number, weights: readonly number[] = DEFAULT_WEIGHTS): number {
  if (t <= 0) return 1;
  const decay = weights[20];
  const factor = Math.pow(0.9, -1 / decay) - 1;
  return Math.pow(1 + (factor * t) / stability, -decay);
}

/** Days until R falls to `retention` (the FSRS interval before rounding). */
export function intervalFor(stability: number, retention: number, weights: readonly number[] = DEFAULT_WEIGHTS): number {
  const decay = weights[20];
  const factor = Math.pow(0.9, -1 / decay) - 1;
  return ((Math.pow(retention, -1 / decay) - 1) / factor) * stability;
}

/** Memory after answering `grade` t days after the last review (null memory: first answer). */
export function nextMemory(m: Memory | null, t: number, grade: Grade, weights: readonly number[] = DEFAULT_WEIGHTS): Memory {
  const s = modelFor(weights).next_state(m, Math.max(0, t), grade);
  return { stability: s.stability, difficulty: s.difficulty };
}

export const daysBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY_MS;
