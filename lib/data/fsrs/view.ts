import "server-only";
// Everything the "Memory model" settings page shows for one scope, in one call.
import { MIN_TRAINING_ITEMS } from "@/lib/optimizer";
import { q } from "../pg";
import { STUDYABLE_DECK_SQL } from "../access";
import { ALL_DECKS, PRESET_SCOPE, requireScope, type Scope } from "./scope";
import { listParams, type FsrsParamsView } from "./params";
import { recentJobs, type JobView } from "./jobs";
import { countAnswers, relearningStepCount } from "./optimize";
import { weightChanges, type WeightChange } from "@/lib/srs/weights";

export type FsrsSettingsView = {
  scope: Scope;
  scopes: { scope: string; label: string }[];
  params: FsrsParamsView | null; // this scope's own row
  inherited: boolean; // a deck scope scheduled by the all-decks weights
  answers: number;
  minimum: number;
  jobs: JobView[];
  activeJob: JobView | null;
  /** Personal weights the scheduler cannot use as given (ts-fsrs clamps them), and what it uses. */
  weightChanges: WeightChange[];
};

export async function fsrsSettingsView(userId: string, scopeId: string, now: Date): Promise<FsrsSettingsView> {
  const scope = await requireScope(userId, scopeId);
  const [decks, presets, params, answers, jobs] = await Promise.all([
    q<{ id: string; title: string }>(`SELECT d.id, d.title FROM "Deck" d WHERE ${STUDYABLE_DECK_SQL} ORDER BY d.title`, [userId]),
    q<{ id: string; name: string }>(`SELECT p.id, p.name FROM "DeckPreset" p WHERE p."ownerId" = $1 AND EXISTS (SELECT 1 FROM "Deck" d WHERE d."presetId" = p.id) ORDER BY p.name`, [userId]),
    listParams(userId),
    countAnswers(userId, scope),
    recentJobs(userId, now),
  ]);
  const own = params.find((p) => p.scope === scope.scope) ?? null;
  const all = params.find((p) => p.scope === ALL_DECKS);
  const personal = own?.weights ?? all?.weights ?? null;
  const changes = personal ? weightChanges(personal, await relearningStepCount(userId, scope)) : [];
  return {
    scope,
    scopes: [{ scope: ALL_DECKS, label: "All decks" }, ...decks.map((d) => ({ scope: d.id, label: d.title })),
      ...presets.map((p) => ({ scope: PRESET_SCOPE + p.id, label: `Preset ${p.name}` }))],
    params: own,
    inherited: scope.scope !== ALL_DECKS && !own?.weights && !!all?.weights,
    answers,
    minimum: MIN_TRAINING_ITEMS,
    jobs,
    activeJob: jobs.find((j) => (j.status === "queued" || j.status === "running") && !j.stale) ?? null,
    weightChanges: changes,
  };
}
