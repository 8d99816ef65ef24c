// The FSRS workload simulator: several desired retentions side by side, each from the same seed,
// so the curves differ by the retention only.
import { seededRandom } from "@/lib/optimizer/random";
import { simulate } from "./simulate";
import type { SimulationResult, SimulatorInput } from "./types";

export { simulate, DEFAULT_BEHAVIOUR } from "./simulate";
export type { Behaviour, ExistingCard, SimulationResult, SimulatorInput } from "./types";

export function simulateRetentions(input: Omit<SimulatorInput, "random" | "desiredRetention">, retentions: readonly number[], seed = 42): SimulationResult[] {
  return retentions.map((desiredRetention) => simulate({ ...input, desiredRetention, random: seededRandom(seed) }));
}
