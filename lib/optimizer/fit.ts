// Fitting and scoring FSRS-6 weights with @open-spaced-repetition/binding (fsrs-rs, native).
// computeParameters is a napi AsyncTask: training runs on a libuv worker thread and the event loop
// stays free (checked: a 10 ms timer keeps ticking during a fit), so no worker_threads Worker is
// needed. Progress comes from a Rust thread polling every `timeout` ms. The native task cannot be
// cancelled (its callback's return value is ignored outside threadless WASM), so an abort rejects
// at once and the result of the still-running task is dropped.
// FSRSBinding.evaluate is synchronous (about 1-2 µs per item): fine in the job process.
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview, type TrainingConfig } from "@open-spaced-repetition/binding";
import { assertEnoughReviews, MIN_TRAINING_ITEMS } from "./minimum";
import type { TrainingItem } from "./training-items";

export type Metrics = { logLoss: number; rmseBins: number };

export type FitOptions = {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Same-day answers inform w17-w19 (the app schedules learning steps). Default true. */
  enableShortTerm?: boolean;
  numRelearningSteps?: number;
  trainingConfig?: Partial<TrainingConfig>;
  /** How often progress is reported, ms. Default 250. */
  progressIntervalMs?: number;
  /** Refuse (NotEnoughReviewsError) below this many items. Default MIN_TRAINING_ITEMS (400). */
  minimumItems?: number;
};

// fsrs-rs defaults (TrainingConfig in fsrs 6.x): the binding wants every field when one is given.
export const TRAINING_DEFAULTS: TrainingConfig = { numEpochs: 5, batchSize: 512, seed: 2023, maxSeqLen: 64, learningRate: 4e-2, gamma: 1 };

// Conversion to native objects costs about as much as evaluating; cache it per items array.
const converted = new WeakMap<readonly TrainingItem[], FSRSBindingItem[]>();

export function toBindingItems(items: readonly TrainingItem[]): FSRSBindingItem[] {
  let out = converted.get(items);
  if (out) return out;
  const reviewsOf = new Map<readonly object[], FSRSBindingReview[]>();
  out = items.map((item) => {
    let reviews = reviewsOf.get(item.history);
    if (!reviews) {
      reviews = item.history.map((r) => new FSRSBindingReview(r.rating, r.deltaT));
      reviewsOf.set(item.history, reviews);
    }
    return new FSRSBindingItem(reviews.slice(0, item.length));
  });
  converted.set(items, out);
  return out;
}

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException("Optimization aborted", "AbortError");
}

/** The 21 FSRS-6 weights that best predict these items. */
export async function fitParameters(items: readonly TrainingItem[], options: FitOptions = {}): Promise<number[]> {
  const { signal, onProgress } = options;
  if (signal?.aborted) throw abortError(signal);
  // Below the minimum fsrs-rs would quietly return defaults (< 8 items) or fit S0 only (< 64).
  assertEnoughReviews(items.length, options.minimumItems ?? MIN_TRAINING_ITEMS);
  const task = computeParameters(toBindingItems(items), {
    enableShortTerm: options.enableShortTerm ?? true,
    ...(options.numRelearningSteps !== undefined ? { numRelearningSteps: options.numRelearningSteps } : {}),
    ...(options.trainingConfig ? { trainingConfig: { ...TRAINING_DEFAULTS, ...options.trainingConfig } } : {}),
    timeout: options.progressIntervalMs ?? 250,
    progress: (done, total) => {
      if (!signal?.aborted) onProgress?.(done, total);
    },
  });
  const weights = await (signal ? raceAbort(task, signal) : task);
  if (weights.length !== 21 || weights.some((w) => !Number.isFinite(w))) throw new Error(`FSRS optimizer returned invalid weights (${weights.length})`);
  onProgress?.(1, 1);
  return weights;
}

function raceAbort<T>(task: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    task.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Log loss and RMSE(bins) of the weights' predictions on the items: fsrs-rs `evaluate`, as Anki shows them. */
export function evaluateParameters(items: readonly TrainingItem[], weights: readonly number[]): Metrics {
  if (items.length === 0) return { logLoss: NaN, rmseBins: NaN };
  const { logLoss, rmseBins } = new FSRSBinding([...weights]).evaluate(toBindingItems(items));
  return { logLoss, rmseBins };
}

export { compareAndChoose, revertWeights, RMSE_TOLERANCE, type Choice, type Evaluated } from "./choose";
