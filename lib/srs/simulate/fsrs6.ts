// FSRS-6 memory model as fsrs-rs's simulator computes it (src/simulation.rs): initial stability and
// difficulty, the three stability updates, difficulty with linear damping and mean reversion, the
// power forgetting curve with the trainable decay w20, and the interval for a desired retention.
// Plain arithmetic on numbers, so a year of 10,000 cards stays cheap.
export const S_MIN = 0.001;
export const S_MAX = 36500;
const D_MIN = 1;
const D_MAX = 10;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export type Weights = readonly number[];

export function initStability(w: Weights, rating: number): number {
  return clamp(w[rating - 1], S_MIN, S_MAX);
}

export function initDifficulty(w: Weights, rating: number): number {
  return w[4] - Math.exp(w[5] * (rating - 1)) + 1;
}

export function nextDifficulty(w: Weights, d: number, rating: number): number {
  const delta = -w[6] * (rating - 3);
  const damped = d + ((10 - d) / 9) * delta;
  return clamp(w[7] * initDifficulty(w, 4) + (1 - w[7]) * damped, D_MIN, D_MAX);
}

export function stabilityAfterSuccess(w: Weights, s: number, r: number, d: number, rating: number): number {
  const hard = rating === 2 ? w[15] : 1;
  const easy = rating === 4 ? w[16] : 1;
  return clamp(s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp((1 - r) * w[10]) - 1) * hard * easy), S_MIN, S_MAX);
}

export function stabilityAfterFailure(w: Weights, s: number, r: number, d: number): number {
  const floor = s / Math.exp(w[17] * w[18]);
  const next = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
  return clamp(Math.min(next, floor), S_MIN, S_MAX);
}

/** Same-day answers. As in ts-fsrs (Lectern's scheduler), Hard never lowers stability either. */
export function stabilityShortTerm(w: Weights, s: number, rating: number): number {
  const inc = Math.exp(w[17] * (rating - 3 + w[18])) * Math.pow(s, -w[19]);
  return clamp(s * (rating >= 2 ? Math.max(inc, 1) : inc), S_MIN, S_MAX);
}

/** Retrievability after t days at stability s. */
export function retrievability(w: Weights, t: number, s: number): number {
  const decay = -w[20];
  const factor = Math.pow(0.9, 1 / decay) - 1;
  return Math.pow(1 + (factor * t) / s, decay);
}

/** The forgetting curve of one weight set, its constants computed once (the simulator's hot loop). */
export function curveOf(w: Weights): (t: number, s: number) => number {
  const decay = -w[20];
  const factor = Math.pow(0.9, 1 / decay) - 1;
  return (t, s) => Math.pow(1 + (factor * t) / s, decay);
}

/** Days until retrievability falls to the desired retention (unrounded). */
export function intervalFor(w: Weights, s: number, desiredRetention: number): number {
  const decay = -w[20];
  const factor = Math.pow(0.9, 1 / decay) - 1;
  return (s / factor) * (Math.pow(desiredRetention, 1 / decay) - 1);
}
