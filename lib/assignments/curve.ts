// The FSRS-6 memory model as ts-fsrs implements it, in the few pieces the exam planner, readiness
// and the class simulation need: R(t,S) = (1 + factor·t/S)^(−w20) with factor = 0.9^(−1/w20) − 1,
// and the next memory state after an answer (ts-fsrs's arithmetic, checked against it in the tests).
import { default_w, type Grade } from "ts-fsrs";

export const DAY_MS = 86_400_000;
export const DEFAULT_WEIGHTS: readonly number[] = default_w;

export type Memory = { stability: number; difficulty: number };

// decay and factor of the last weight vector used: readiness calls the curve for every card.
let lastWeights: readonly number[] | null = null, decay = 0, factor = 0;
function curveOf(w: readonly number[]) {
  if (w !== lastWeights) {
    lastWeights = w;
    decay = w[20];
    factor = Math.pow(0.9, -1 / decay) - 1;
  }
}

/** Probability of recall t days after the last review of a card with stability S (days). */
export function retrievability(t: number, stability: number, weights: readonly number[] = DEFAULT_WEIGHTS): number {
  if (t <= 0) return 1;
  curveOf(weights);
  return Math.pow(1 + (factor * t) / stability, -decay);
}

/** Days until R falls to `retention` (the FSRS interval before rounding). */
export function intervalFor(stability: number, retention: number, weights: readonly number[] = DEFAULT_WEIGHTS): number {
  curveOf(weights);
  return ((Math.pow(retention, -1 / decay) - 1) / factor) * stability;
}

const S_MIN = 1e-3, S_MAX = 36500;
const round8 = (x: number) => Math.round(x * 1e8) / 1e8;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Memory after answering `grade` t days after the last review (null memory: first answer). The same
 * arithmetic as ts-fsrs's FSRSAlgorithm.next_state with short-term stability on, rounding included
 * (tests/unit/assignments/exam.test.ts compares the two), written out because readiness runs it for
 * every card of a class and ts-fsrs's parameter proxy makes each call ~50× slower.
 */
export function nextMemory(m: Memory | null, t: number, grade: Grade, w: readonly number[] = DEFAULT_WEIGHTS): Memory {
  if (!m || (m.difficulty === 0 && m.stability === 0)) return { difficulty: clamp(initDifficulty(grade, w), 1, 10), stability: Math.max(w[grade - 1], 0.1) };
  const d = m.difficulty;
  const damped = d + round8((-w[6] * (grade - 3) * (10 - d)) / 9);
  return { difficulty: clamp(round8(w[7] * constants(w).easyD + (1 - w[7]) * damped), 1, 10), stability: nextStability(m.stability, d, t, grade, w) };
}

const initDifficulty = (g: number, w: readonly number[]) => round8(w[4] - Math.exp((g - 1) * w[5]) + 1);

// Per-weights constants of the update, for the last vector used (readiness runs it for a whole class).
let constFor: readonly number[] | null = null;
let consts = { easyD: 0, expW8: 0, lapseFloor: 0, shortTerm: [0, 0, 0, 0, 0] };
function constants(w: readonly number[]) {
  if (w !== constFor) {
    constFor = w;
    consts = {
      easyD: initDifficulty(4, w), expW8: Math.exp(w[8]), lapseFloor: Math.exp(w[17] * w[18]),
      shortTerm: [0, 1, 2, 3, 4].map((g) => Math.exp(w[17] * (g - 3 + w[18]))),
    };
  }
  return consts;
}

/** The stability half of nextMemory (a card already studied): what readiness needs, without the difficulty. */
export function nextStability(s: number, d: number, t: number, grade: Grade, w: readonly number[] = DEFAULT_WEIGHTS): number {
  const c = constants(w);
  if (t <= 0) {
    const sinc = Math.pow(s, -w[19]) * c.shortTerm[grade];
    return round8(clamp(s * (grade >= 2 ? Math.max(sinc, 1) : sinc), S_MIN, S_MAX));
  }
  const r = round8(retrievability(t, s, w));
  if (grade === 1) {
    const fail = round8(clamp(w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]), S_MIN, S_MAX));
    return clamp(round8(s / c.lapseFloor), S_MIN, fail);
  }
  const bonus = (grade === 2 ? w[15] : 1) * (grade === 4 ? w[16] : 1);
  return round8(clamp(s * (1 + c.expW8 * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1) * bonus), S_MIN, S_MAX));
}

export const daysBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY_MS;
