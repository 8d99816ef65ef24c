"use server";
// Evaluate the current weights, and Anki's "ignore reviews before", on the memory-model page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { evaluateCurrentWeights, setIgnoreBefore } from "@/lib/data/fsrs";
import { attempt } from "@/lib/actions/run";
import { invalid, type ActionState } from "@/lib/actions/state";

const scopeSchema = z.string().trim().min(1, "Choose which decks.").max(64);
const ignoreSchema = z.object({
  ignoreBefore: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date (YYYY-MM-DD).")]),
});

export async function evaluateAction(scope: string): Promise<ActionState> {
  const user = await requireUser();
  const parsed = scopeSchema.safeParse(scope);
  if (!parsed.success) return invalid(parsed.error.issues, parsed.error.issues[0].message);
  return attempt(async () => {
    const e = await evaluateCurrentWeights(user.id, parsed.data);
    if (!e.ok) return { ok: false, message: e.message };
    const which = e.personal ? "your current parameters" : "the default parameters";
    return { ok: true, message: `With ${which}: log loss ${e.logLoss.toFixed(4)}, RMSE (bins) ${(e.rmseBins * 100).toFixed(2)}% on ${e.items.toLocaleString("en-US")} answers.` };
  });
}

export async function ignoreBeforeAction(scope: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsedScope = scopeSchema.safeParse(scope);
  const parsed = ignoreSchema.safeParse({ ignoreBefore: form.get("ignoreBefore") ?? "" });
  if (!parsedScope.success || !parsed.success) return invalid(parsed.error?.issues ?? parsedScope.error!.issues);
  const date = parsed.data.ignoreBefore === "" ? null : parsed.data.ignoreBefore;
  return attempt(async () => {
    await setIgnoreBefore(user.id, parsedScope.data, date);
    revalidatePath("/settings/fsrs");
    return { ok: true, message: date ? `Answers before ${date} are left out of optimizing and evaluating.` : "All answers count again." };
  });
}
