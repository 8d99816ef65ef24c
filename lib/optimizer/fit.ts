// Fitting and scoring FSRS-6 weights with @open-spaced-repetition/binding (fsrs-rs, native).
// computeParameters is a napi AsyncTask: training runs on a libuv worker thread and the event loop
// stays free (checked: a 10 ms timer keeps ticking during a fit), so no worker_threads Worker is
// needed. Progress comes from a Rust thread polling every `timeout` ms. The native task cannot be
// cancelled (its callback's return value is ignored outside threadless WASM), so an abort rejects
// at once and the result of the still-running task is dropped.
// Building the native items is synchronous JS (~4 µs per object): fitParameters does it in chunks,
// yielding between them. FSRSBinding.evaluate is synchronous (2-3 µs per item, 2.7 s at 800k items
// plus the conversion): acceptable in the job process (lib/jobs runs jobs in a child process).
import { computeParameters, FSRSBindingItem, FSRSBindingReview, type TrainingConfig } from "@open-spaced-repetition/binding";
import { assertEnoughReviews, MIN_TRAINING_ITEMS } from "./minimum";
import { evaluateLikeAnki } from "./evaluate";
import type { TrainingItem, TrainingReview } from "./training-items";

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

// Conversion to native objects (napi-wrapped, a few µs each) costs more than evaluating: cache it
// per items array, which is therefore treated as immutable once built.
const converted = new WeakMap<readonly TrainingItem[], FSRSBindingItem[]>();

export function toBindingItems(items: readonly TrainingItem[]): FSRSBindingItem[] {
  const cached = converted.get(items);
  if (cached) return cached;
  const out = convertSlice(items, 0, items.length, [], new Map());
  converted.set(items, out);
  return out;
}

/** The same, yielding to the event loop every few thousand items (1M items take seconds). */
async function toBindingItemsAsync(items: readonly TrainingItem[], signal?: AbortSignal): Promise<FSRSBindingItem[]> {
  const cached = converted.get(items);
  if (cached) return cached;
  const out: FSRSBindingItem[] = [];
  const shared = new Map<readonly TrainingReview[], FSRSBindingReview[]>();
  for (let from = 0; from < items.length; from += CHUNK) {
    convertSlice(items, from, Math.min(items.length, from + CHUNK), out, shared);
    await new Promise((resolve) => setImmediate(resolve));
    if (signal?.aborted) throw abortError(signal);
  }
  converted.set(items, out);
  return out;
}

const CHUNK = 10_000;

function convertSlice(items: readonly TrainingItem[], from: number, to: number, out: FSRSBindingItem[], shared: Map<readonly TrainingReview[], FSRSBindingReview[]>): FSRSBindingItem[] {
  for (let i = from; i < to; i++) {
    const item = items[i];
    // One native review object per answer, shared by all of the card's items.
    let reviews = shared.get(item.history);
    if (!reviews) {
      reviews = item.history.map((r) => new FSRSBindingReview(r.rating, r.deltaT));
      shared.set(item.history, reviews);
    }
    out.push(new FSRSBindingItem(reviews.slice(0, item.length)));
  }
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
  const native = await toBindingItemsAsync(items, signal);
  const task = computeParameters(native, {
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
    if (signal.aborted) return reject(abortError(signal));
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    task.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Log loss and RMSE(bins) of the weights' predictions on the items, as Anki's Evaluate computes them (NaN without items). */
export function evaluateParameters(items: readonly TrainingItem[], weights: readonly number[]): Metrics {
  const e = evaluateLikeAnki(items, weights);
  return e.ok ? { logLoss: e.logLoss, rmseBins: e.rmseBins } : { logLoss: NaN, rmseBins: NaN };
}

export { compareAndChoose, revertWeights, RMSE_TOLERANCE, type Choice, type Evaluated } from "./choose";
