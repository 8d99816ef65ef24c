// (Re)learning steps as Anki applies them (rslib scheduler/states/steps.rs). ts-fsrs's built-in
// strategy gives Hard the average of the first two steps on every step; Anki does that only on the
// first step and repeats the current step's delay on later ones (steps 1m 10m: Hard on the 10m
// step waits 10m, not 6m). Anki's first-step rule: the average of the first and second step, or
// with a single step 1.5x it but at most a day more; either rounded to whole days past one day.
import { Rating, State, type FSRSParameters, type TLearningStepsStrategy } from "ts-fsrs";

const DAY_MINUTES = 1440;

/** "10m" / "1.5h" / "2d" in minutes (ts-fsrs's own parser drops decimals). */
export function stepMinutes(step: string): number {
  const value = Number.parseFloat(step.slice(0, -1));
  const unit = step.slice(-1);
  return unit === "d" ? value * DAY_MINUTES : unit === "h" ? value * 60 : value;
}

function roundInDays(minutes: number): number {
  return minutes > DAY_MINUTES ? Math.round(minutes / DAY_MINUTES) * DAY_MINUTES : minutes;
}

/** Anki's Hard delay on step `index` of `steps` (minutes). */
export function hardDelayMinutes(steps: readonly number[], index: number): number {
  if (index > 0) return steps[index];
  const again = steps[0];
  if (steps.length > 1) return roundInDays((again + steps[1]) / 2);
  return roundInDays(Math.min(again * 1.5, again + DAY_MINUTES));
}

export const ankiLearningSteps: TLearningStepsStrategy = (params: FSRSParameters, state: State, curStep: number) => {
  const relearning = state === State.Relearning || state === State.Review;
  const steps = (relearning ? params.relearning_steps : params.learning_steps).map((s) => stepMinutes(s));
  if (steps.length === 0 || curStep >= steps.length) return {};
  const index = Math.max(0, curStep);
  if (state === State.Review) return { [Rating.Again]: { scheduled_minutes: steps[index], next_step: 0 } };
  const result: ReturnType<TLearningStepsStrategy> = {
    [Rating.Again]: { scheduled_minutes: steps[0], next_step: 0 },
    [Rating.Hard]: { scheduled_minutes: hardDelayMinutes(steps, index), next_step: index },
  };
  if (index + 1 < steps.length && steps[index + 1] > 0) result[Rating.Good] = { scheduled_minutes: steps[index + 1], next_step: index + 1 };
  return result;
};
