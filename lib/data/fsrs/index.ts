// Personal FSRS parameters: the server-only data layer over lib/optimizer (acting user first).
export { ALL_DECKS, requireScope } from "./scope";
export { listParams, effectiveWeights, revertParams, resetParams, setPersonalRetention, setIgnoreBefore, type FsrsParamsView, type StoredMetrics } from "./params";
export { evaluateCurrentWeights } from "./evaluate";
export { recentJobs, requeueJob, STALE_MS, type JobView } from "./jobs";
export { startOptimization, runOptimizeJob, countAnswers, type OptimizeResult } from "./optimize";
export { startReschedule, runRescheduleJob, type RescheduleResult } from "./reschedule";
export { studentWorkload, deckWorkload, type WorkloadView } from "./workload";
export { fsrsSettingsView, type FsrsSettingsView } from "./view";
