// The weights that actually schedule cards. ts-fsrs clips weights on the way in: w17/w18 get a
// ceiling from w11, w13, w14 when a deck has two or more relearning steps (so relearning cannot
// raise stability), and w19 >= 0.01 with same-day reviews on. Fitting with the deck's relearning
// step count makes fsrs-rs respect the same ceiling; whatever ts-fsrs still changes is reported.
import { generatorParameters } from "ts-fsrs";

export type WeightChange = { index: number; given: number; used: number; reason: string };

/** What ts-fsrs schedules with, given these weights and a deck with `relearningSteps` steps. */
export function schedulingWeights(weights: readonly number[], relearningSteps: number): number[] {
  return [...generatorParameters({ w: [...weights], relearning_steps: Array(relearningSteps).fill("10m"), enable_short_term: true }).w];
}

const REASONS: Record<number, string> = {
  17: "with several relearning steps, a same-day answer may not raise stability (ceiling from w11, w13, w14)",
  18: "with several relearning steps, a same-day answer may not raise stability (ceiling from w11, w13, w14)",
  19: "the scheduler needs at least 0.01 while same-day reviews are modelled",
};

/** The weights ts-fsrs changes (beyond rounding), and why. */
export function weightChanges(weights: readonly number[], relearningSteps: number): WeightChange[] {
  const used = schedulingWeights(weights, relearningSteps);
  return weights.flatMap((given, index) => Math.abs(used[index] - given) > 1e-6
    ? [{ index, given, used: used[index], reason: REASONS[index] ?? "outside the range the scheduler accepts" }] : []);
}
