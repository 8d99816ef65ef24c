// Mapping between CardState rows (as node-postgres returns them) and lib/srs MemoryState.
import type { MemoryState } from "@/lib/srs/types";

export type StateRow = {
  sid: string | null;
  due: Date | null;
  stability: number | null;
  difficulty: number | null;
  elapsedDays: number | null;
  scheduledDays: number | null;
  learningSteps: number | null;
  reps: number | null;
  lapses: number | null;
  state: number | null;
  lastReview: Date | null;
  version: number | null;
  suspended: boolean | null;
  leech: boolean | null;
  buriedUntil: Date | null;
};

export const STATE_COLUMNS = `s.id AS sid, s.due, s.stability, s.difficulty, s."elapsedDays", s."scheduledDays",
  s."learningSteps", s.reps, s.lapses, s.state, s."lastReview", s.version, s.suspended, s.leech, s."buriedUntil"`;

export function memoryOf(row: StateRow): MemoryState | null {
  if (!row.sid || row.state === null || row.state === 0) return null; // a (reset) new card schedules as new
  return {
    due: row.due!, stability: row.stability!, difficulty: row.difficulty!, elapsedDays: row.elapsedDays!,
    scheduledDays: row.scheduledDays!, learningSteps: row.learningSteps!, reps: row.reps!, lapses: row.lapses!,
    state: row.state as MemoryState["state"], lastReview: row.lastReview,
  };
}

/** The full row as stored in ReviewLog.prevState, so undo restores it exactly. */
export function snapshotOf(row: StateRow): Record<string, unknown> | null {
  if (!row.sid) return null;
  return {
    due: row.due?.toISOString(), stability: row.stability, difficulty: row.difficulty, elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays, learningSteps: row.learningSteps, reps: row.reps, lapses: row.lapses, state: row.state,
    lastReview: row.lastReview?.toISOString() ?? null, suspended: row.suspended, leech: row.leech,
    buriedUntil: row.buriedUntil?.toISOString() ?? null,
  };
}

export function emptyMemory(now: Date): MemoryState {
  return { due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, lastReview: null };
}
