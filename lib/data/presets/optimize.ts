import "server-only";
// "Optimize all presets": one optimizer job (lib/data/fsrs runOptimizeJob) per preset of the owner,
// each fitting on the owner's reviews of the decks using that preset and saving the weights under
// the preset's scope ("preset:<id>"), which schedules those decks for the owner.
import { db } from "@/lib/db";
import { MIN_TRAINING_ITEMS } from "@/lib/optimizer";
import { countAnswers, requireScope } from "../fsrs";
import { STALE_MS } from "../fsrs/jobs";
import { PRESET_SCOPE } from "../fsrs/scope";
import { ConflictError, ValidationError } from "../errors";

export type OptimizeAllPlan = { jobIds: string[]; queued: string[]; skipped: { name: string; answers: number }[] };

/** Queues one job per preset with enough answers (atomically, refused while another job is live). */
export async function queuePresetOptimizations(userId: string, now: Date): Promise<OptimizeAllPlan> {
  const presets = await db().deckPreset.findMany({ where: { ownerId: userId, decks: { some: {} } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const ready: { scope: string; name: string }[] = [];
  const skipped: OptimizeAllPlan["skipped"] = [];
  for (const p of presets) {
    const scope = await requireScope(userId, PRESET_SCOPE + p.id);
    const answers = await countAnswers(userId, scope);
    if (answers >= MIN_TRAINING_ITEMS) ready.push({ scope: scope.scope, name: p.name });
    else skipped.push({ name: p.name, answers });
  }
  if (ready.length === 0) {
    throw new ValidationError(`No preset has enough reviews to optimize yet (at least ${MIN_TRAINING_ITEMS} answers each).`);
  }
  const jobIds = await db().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const live = await tx.optimizeJob.findFirst({
      where: { userId, status: { in: ["queued", "running"] }, updatedAt: { gt: new Date(now.getTime() - STALE_MS) } },
    });
    if (live) throw new ConflictError("Another optimization or rescheduling is still running; wait for it to finish.");
    const ids: string[] = [];
    for (const r of ready) ids.push((await tx.optimizeJob.create({ data: { userId, kind: "optimize", scope: r.scope, status: "queued" } })).id);
    return ids;
  });
  return { jobIds, queued: ready.map((r) => r.name), skipped };
}
