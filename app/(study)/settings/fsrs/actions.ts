"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { requeueJob, resetParams, revertParams, setPersonalRetention, startOptimization, startReschedule } from "@/lib/data/fsrs";
import { spawnJob } from "@/lib/jobs/spawn-job";
import { cancelFsrsJob } from "@/lib/data/job-cancel";
import { attempt } from "@/lib/actions/run";
import { invalid, type ActionState } from "@/lib/actions/state";

const PATH = "/settings/fsrs";
const scopeSchema = z.string().trim().min(1, "Choose which decks.").max(64);
const jobIdSchema = z.string().trim().min(1).max(64);

/** Queue a background job for the scope and start its process. */
async function startJob(script: "optimize" | "reschedule", scope: string, message: string): Promise<ActionState> {
  const user = await requireUser();
  const parsed = scopeSchema.safeParse(scope);
  if (!parsed.success) return invalid(parsed.error.issues, parsed.error.issues[0].message);
  return attempt(async () => {
    const start = script === "optimize" ? startOptimization : startReschedule;
    const jobId = await start(user.id, parsed.data, new Date());
    await spawnJob(script, [jobId]);
    revalidatePath(PATH);
    return { ok: true, message };
  });
}

export async function optimizeAction(scope: string): Promise<ActionState> {
  return startJob("optimize", scope, "Optimization started: it runs in the background, this page shows its progress.");
}

export async function rescheduleAction(scope: string): Promise<ActionState> {
  return startJob("reschedule", scope, "Rescheduling started.");
}

export async function resumeJobAction(jobId: string): Promise<ActionState> {
  const user = await requireUser();
  const parsed = jobIdSchema.safeParse(jobId);
  if (!parsed.success) return invalid(parsed.error.issues, "That job id is not valid.");
  return attempt(async () => {
    await requeueJob(user.id, parsed.data, new Date());
    await spawnJob("reschedule", [parsed.data]);
    revalidatePath(PATH);
    return { ok: true, message: "Resumed where it stopped." };
  });
}

export async function cancelJobAction(jobId: string): Promise<ActionState> {
  const user = await requireUser();
  const parsed = jobIdSchema.safeParse(jobId);
  if (!parsed.success) return invalid(parsed.error.issues, "That job id is not valid.");
  return attempt(async () => {
    await cancelFsrsJob(user.id, parsed.data);
    revalidatePath(PATH);
    return { ok: true, message: "Cancelled." };
  });
}

/** Revert or reset the scope's weights. */
async function changeWeights(scope: string, change: (userId: string, scope: string) => Promise<void>, message: string): Promise<ActionState> {
  const user = await requireUser();
  const parsed = scopeSchema.safeParse(scope);
  if (!parsed.success) return invalid(parsed.error.issues, parsed.error.issues[0].message);
  return attempt(async () => {
    await change(user.id, parsed.data);
    revalidatePath(PATH);
    return { ok: true, message };
  });
}

export async function revertAction(scope: string): Promise<ActionState> {
  return changeWeights(scope, revertParams, "Previous parameters restored. Reschedule your cards to apply them to existing due dates.");
}

export async function resetAction(scope: string): Promise<ActionState> {
  return changeWeights(scope, resetParams, "Back to the default FSRS parameters (your personal ones can be restored with Revert).");
}

const retentionSchema = z.object({
  desiredRetention: z.union([z.literal(""), z.coerce.number().min(0.7, "At least 0.70.").max(0.99, "At most 0.99.")]),
});

export async function retentionAction(scope: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsedScope = scopeSchema.safeParse(scope);
  const parsed = retentionSchema.safeParse({ desiredRetention: form.get("desiredRetention") ?? "" });
  if (!parsedScope.success || !parsed.success) return invalid(parsed.error?.issues ?? parsedScope.error!.issues);
  const value = parsed.data.desiredRetention === "" ? null : parsed.data.desiredRetention;
  return attempt(async () => {
    await setPersonalRetention(user.id, parsedScope.data, value);
    revalidatePath("/", "layout");
    return { ok: true, message: value === null ? "Following each deck's desired retention again." : `Your desired retention is now ${Math.round(value * 100)}%. New answers are scheduled with it; reschedule to move existing due dates.` };
  });
}
