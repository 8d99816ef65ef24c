// A thin, framework-free wrapper of ts-fsrs (FSRS-6): schedule one answer, preview the four
// outcomes, forget. Deck options become FSRS parameters; the FSRS instance is cached per options.
import { createEmptyCard, fsrs, generatorParameters, StrategyMode, type Card, type FSRS, type Grade, type StepUnit } from "ts-fsrs";
import { ankiLearningSteps } from "./learning-steps";
import type { CardStateValue, DeckOptions, MemoryState, Rating, ReviewLogFields } from "./types";
import { formatInterval } from "./format-interval";
import { fromStudyTime, studyShift, toStudyTime, type StudyClock } from "./study-clock";

const cache = new Map<string, FSRS>();
const STEP = /^\d+(\.\d+)?[mhd]$/;

export function validSteps(steps: string[]): StepUnit[] {
  return steps.filter((s) => STEP.test(s)) as StepUnit[];
}

export function schedulerFor(options: DeckOptions): FSRS {
  const key = JSON.stringify([options.desiredRetention, options.maximumInterval, options.learningSteps, options.relearningSteps, options.weights ?? null, options.enableFuzz ?? true]);
  let f = cache.get(key);
  if (!f) {
    f = fsrs(generatorParameters({
      request_retention: options.desiredRetention,
      maximum_interval: options.maximumInterval,
      enable_fuzz: options.enableFuzz ?? true,
      enable_short_term: true,
      learning_steps: validSteps(options.learningSteps),
      relearning_steps: validSteps(options.relearningSteps),
      ...(options.weights ? { w: options.weights } : {}),
    })).useStrategy(StrategyMode.LEARNING_STEPS, ankiLearningSteps);
    if (cache.size > 500) cache.clear(); // bounded: options are few in practice
    cache.set(key, f);
  }
  return f;
}

/** ts-fsrs card in study time (see study-clock): its UTC dates are the student's study days. */
export function toFsrsCard(m: MemoryState | null, now: Date, clock: StudyClock): Card {
  if (!m) return createEmptyCard(toStudyTime(now, clock));
  return {
    due: toStudyTime(m.due, clock), stability: m.stability, difficulty: m.difficulty, elapsed_days: m.elapsedDays,
    scheduled_days: m.scheduledDays, learning_steps: m.learningSteps, reps: m.reps, lapses: m.lapses,
    state: m.state, last_review: m.lastReview ? toStudyTime(m.lastReview, clock) : undefined,
  };
}

/** A card ts-fsrs returned for an answer at `now` (real time), shifted back to real time. */
export function fromFsrsCard(c: Card, now: Date, clock: StudyClock): MemoryState {
  return {
    due: realDue(c.due, now, clock), stability: c.stability, difficulty: c.difficulty, elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days, learningSteps: c.learning_steps, reps: c.reps, lapses: c.lapses,
    state: c.state as CardStateValue, lastReview: c.last_review ? now : null,
  };
}

const DAY_MS = 86_400_000;

/** Steps shorter than a day keep their exact length; day intervals keep the wall-clock time. */
function realDue(due: Date, now: Date, clock: StudyClock): Date {
  const shift = studyShift(now.getTime(), clock);
  const ahead = due.getTime() - (now.getTime() + shift);
  return ahead < DAY_MS ? new Date(due.getTime() - shift) : fromStudyTime(due, clock, now.getTime() + ahead);
}

/**
 * ts-fsrs lets Easy exceed maximum_interval (it keeps Easy at least a day past Good after capping);
 * a deck's maximum interval is a promise to the student, so it is enforced here (in study time).
 */
function capInterval(card: Card, studyNow: Date, maximumInterval: number): Card {
  if (card.state !== 2 || card.scheduled_days <= maximumInterval) return card;
  return { ...card, scheduled_days: maximumInterval, due: new Date(studyNow.getTime() + maximumInterval * DAY_MS) };
}

/**
 * Schedules one answer given at `now` by a student whose days follow `clock`. `prev` null means the
 * card is new to this student.
 */
export function schedule(prev: MemoryState | null, rating: Rating, now: Date, options: DeckOptions, clock: StudyClock) {
  const studyNow = toStudyTime(now, clock);
  const { card: raw, log } = schedulerFor(options).next(toFsrsCard(prev, now, clock), studyNow, rating as Grade);
  const next = fromFsrsCard(capInterval(raw, studyNow, options.maximumInterval), now, clock);
  const lapsed = rating === 1 && (prev?.state === 2);
  const fields: ReviewLogFields = {
    rating, state: log.state as CardStateValue, due: prev ? (prev.lastReview ?? prev.due) : now, stability: log.stability, difficulty: log.difficulty,
    elapsedDays: log.elapsed_days, lastElapsedDays: log.last_elapsed_days, scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps, review: now,
  };
  return { next, log: fields, lapsed };
}

export type IntervalPreview = Record<Rating, { due: Date; label: string }>;

/** What each button would do, labelled like Anki ("10m", "3d", "1.2mo"). */
export function previewIntervals(prev: MemoryState | null, now: Date, options: DeckOptions, clock: StudyClock): IntervalPreview {
  const studyNow = toStudyTime(now, clock);
  const outcomes = schedulerFor(options).repeat(toFsrsCard(prev, now, clock), studyNow);
  const entry = (r: Rating) => {
    const card = capInterval(outcomes[r as Grade].card, studyNow, options.maximumInterval);
    return { due: realDue(card.due, now, clock), label: formatInterval(card.due.getTime() - studyNow.getTime()) };
  };
  return { 1: entry(1), 2: entry(2), 3: entry(3), 4: entry(4) };
}

/** Resets a card to new (keeps or clears its lapse/rep counts). */
export function forget(prev: MemoryState, now: Date, options: DeckOptions, clock: StudyClock, resetCount = false): MemoryState {
  const card = schedulerFor(options).forget(toFsrsCard(prev, now, clock), toStudyTime(now, clock), resetCount).card;
  return { ...fromFsrsCard(card, now, clock), lastReview: card.last_review ? prev.lastReview : null };
}
