import "server-only";
// "Evaluate" on the memory-model page: how well the weights now scheduling a scope predict the
// student's own history, without fitting (Anki's Evaluate: log loss and RMSE(bins) from fsrs-rs's
// evaluation of every usable answer). A small history gives a "not enough reviews yet" state.
import { buildTrainingItems, evaluateLikeAnki, zonedDayKey, type Evaluation } from "@/lib/optimizer";
import { schedulingWeights } from "@/lib/srs/weights";
import { q } from "../pg";
import { NotFoundError } from "../errors";
import { requireScope } from "./scope";
import { effectiveWeights, ignoreBeforeMs } from "./params";
import { relearningStepCount, reviewRows } from "./optimize";

export async function evaluateCurrentWeights(userId: string, scopeId: string): Promise<Evaluation & { personal: boolean }> {
  const scope = await requireScope(userId, scopeId);
  const [user] = await q<{ timeZone: string; dayStartHour: number }>(`SELECT "timeZone", "dayStartHour" FROM "User" WHERE id = $1`, [userId]);
  if (!user) throw new NotFoundError("That account");
  const [rows, current, relearning, ignoreBefore] = await Promise.all([
    reviewRows(userId, scope), effectiveWeights(userId, scope.scope), relearningStepCount(userId, scope), ignoreBeforeMs(userId, scope.scope),
  ]);
  const items = buildTrainingItems(rows, zonedDayKey(user.timeZone, user.dayStartHour), ignoreBefore);
  return { ...evaluateLikeAnki(items, schedulingWeights(current.weights, relearning)), personal: current.personal };
}
