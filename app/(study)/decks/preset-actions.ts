"use server";
// Deck-option presets from the deck page: pick, create, rename, delete, optimize all.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { assignPreset, createPresetForDeck, deletePreset, renamePreset } from "@/lib/data/presets";
import { queuePresetOptimizations } from "@/lib/data/presets/optimize";
import { spawnJob } from "@/lib/jobs/spawn-job";
import { attempt } from "@/lib/actions/run";
import { invalid, type ActionState } from "@/lib/actions/state";
import { presetNameSchema } from "./schemas";

const idSchema = z.string().min(1).max(64);

function refresh() {
  revalidatePath("/decks", "layout");
}

export async function choosePresetAction(deckId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = idSchema.safeParse(form.get("presetId"));
  if (!parsed.success) return { ok: false, message: "Choose a preset." };
  return attempt(async () => {
    await assignPreset(user.id, deckId, parsed.data);
    refresh();
  }, "This deck now uses the chosen preset and its options.");
}

export async function createPresetAction(deckId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = presetNameSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  return attempt(async () => {
    await createPresetForDeck(user.id, deckId, parsed.data.name);
    refresh();
  }, `Preset "${parsed.data.name}" created with this deck's options; the deck uses it now.`);
}

export async function renamePresetAction(presetId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = presetNameSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success || !idSchema.safeParse(presetId).success) return invalid(parsed.error?.issues ?? []);
  return attempt(async () => {
    await renamePreset(user.id, presetId, parsed.data.name);
    refresh();
  }, "Preset renamed.");
}

export async function deletePresetAction(presetId: string): Promise<ActionState> {
  const user = await requireUser();
  if (!idSchema.safeParse(presetId).success) return { ok: false, message: "That preset was not found." };
  return attempt(async () => {
    const r = await deletePreset(user.id, presetId);
    refresh();
    return { ok: true, message: `Preset deleted; ${r.decks} deck(s) moved to "${r.movedTo}".` };
  });
}

export async function optimizeAllPresetsAction(): Promise<ActionState> {
  const user = await requireUser();
  return attempt(async () => {
    const plan = await queuePresetOptimizations(user.id, new Date());
    await spawnJob("optimize-presets", plan.jobIds);
    refresh();
    revalidatePath("/settings/fsrs");
    const skipped = plan.skipped.length ? ` Skipped (too few reviews): ${plan.skipped.map((s) => s.name).join(", ")}.` : "";
    return { ok: true, message: `Optimizing ${plan.queued.length} preset(s) in the background: ${plan.queued.join(", ")}. Progress under Settings → Memory model.${skipped}` };
  });
}
