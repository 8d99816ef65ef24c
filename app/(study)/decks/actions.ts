"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { createDeck, deleteDeck, setDeckArchived, updateDeck } from "@/lib/data/decks";
import { restoreDeck } from "@/lib/data/deck-trash";
import { createNote, deleteNote, resetNoteForEveryone, updateNote } from "@/lib/data/notes";
import { bulkApply, type BulkAction } from "@/lib/data/bulk";
import { joinClass, leaveClass } from "@/lib/data/classes";
import { clientAddress } from "@/lib/auth/request-context";
import { attempt } from "@/lib/actions/run";
import { echo, invalid, type ActionState } from "@/lib/actions/state";
import { deckOptionsSchema, deckSchema, noteSchema, presetExtrasSchema } from "./schemas";
import { presetOfDeck, updatePresetOptions } from "@/lib/data/presets";

export async function createDeckAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = deckSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues, undefined, echo(form, ["title", "description"]));
  const deck = await createDeck(user.id, parsed.data);
  revalidatePath("/decks");
  redirect(`/decks/${deck.id}`);
}

export async function updateDeckAction(deckId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const entries = Object.fromEntries(form);
  const parsed = deckSchema.merge(deckOptionsSchema).safeParse(entries);
  const extras = presetExtrasSchema.safeParse(entries);
  if (!parsed.success || !extras.success) return invalid([...(parsed.error?.issues ?? []), ...(extras.error?.issues ?? [])]);
  return attempt(async () => {
    const { title, description, ...options } = parsed.data;
    // Options belong to the deck's preset: saving them here changes every deck that shares it.
    const preset = await presetOfDeck(user.id, deckId);
    const decks = await updatePresetOptions(user.id, preset.id, { ...options, ...extras.data });
    await updateDeck(user.id, deckId, { title, description });
    revalidatePath("/decks", "layout");
    return { ok: true, message: decks > 1 ? `Deck settings saved; preset "${preset.name}" changed for its ${decks} decks.` : "Deck settings saved." };
  });
}

export async function archiveDeckAction(deckId: string, archived: boolean): Promise<ActionState> {
  const user = await requireUser();
  return attempt(async () => {
    await setDeckArchived(user.id, deckId, archived);
    revalidatePath("/decks");
    revalidatePath(`/decks/${deckId}`);
  }, archived ? "Deck archived: it no longer appears in anyone's Today." : "Deck restored.");
}

const deleteSchema = z.object({
  confirm: z.string(),
  reviews: z.enum(["keep", "remove"], { message: "Choose what happens to students' review history." }),
});

export async function deleteDeckAction(deckId: string, title: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = deleteSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  if (parsed.data.confirm.trim() !== title.trim()) return { ok: false, message: "Type the deck's title exactly to confirm.", fieldErrors: { confirm: ["Type the deck's title exactly."] } };
  const result = await attempt(() => deleteDeck(user.id, deckId, { keepReviews: parsed.data.reviews === "keep" }));
  if (!result.ok) return result;
  revalidatePath("/decks");
  redirect("/decks?deleted=1");
}

export async function restoreDeckAction(deckId: string): Promise<ActionState> {
  const user = await requireUser();
  const result = await attempt(() => restoreDeck(user.id, deckId, new Date()), "Deck restored.");
  if (result.ok) revalidatePath("/decks");
  return result;
}

export async function addNoteAction(deckId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = noteSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues, undefined, echo(form, ["kind", "context", "front", "back", "tags"]));
  const result = await attempt(async () => {
    await createNote(user.id, deckId, parsed.data);
    revalidatePath(`/decks/${deckId}`);
  }, "Card added.");
  return result.ok ? result : { ...result, values: echo(form, ["kind", "context", "front", "back", "tags"]) };
}

export async function updateNoteAction(noteId: string, deckId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = noteSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  return attempt(async () => {
    const r = await updateNote(user.id, noteId, parsed.data);
    revalidatePath(`/decks/${deckId}`);
    const changes = [r.addedCards ? `${r.addedCards} card(s) added` : "", r.removedCards ? `${r.removedCards} card(s) removed` : ""].filter(Boolean).join(", ");
    return { ok: true, message: `Saved. Every student sees the change at their next review${changes ? ` (${changes})` : ""}.` };
  });
}

export async function deleteNoteAction(noteId: string, deckId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const reviews = form.get("reviews");
  if (reviews !== "keep" && reviews !== "remove") return { ok: false, message: "Choose what happens to students' review history." };
  const result = await attempt(() => deleteNote(user.id, noteId, { keepHistory: reviews === "keep" }));
  if (!result.ok) return result;
  revalidatePath(`/decks/${deckId}`);
  redirect(`/decks/${deckId}?noteDeleted=1`);
}

export async function resetNoteAction(noteId: string, deckId: string): Promise<ActionState> {
  const user = await requireUser();
  return attempt(async () => {
    const n = await resetNoteForEveryone(user.id, noteId);
    revalidatePath(`/decks/${deckId}`);
    return { ok: true, message: `Reset for everyone: ${n} student card state(s) cleared; the card is new again. Review history is kept.` };
  });
}

const bulkSchema = z.object({
  action: z.enum(["suspend", "unsuspend", "delete", "delete-with-history", "add-tag", "remove-tag", "reset"]),
  tag: z.string().max(40).optional(),
  cardIds: z.array(z.string().min(1).max(64)).min(1, "Select at least one card.").max(1000),
});

export async function bulkAction(deckId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = bulkSchema.safeParse({ action: form.get("action"), tag: form.get("tag") || undefined, cardIds: form.getAll("cardIds") });
  if (!parsed.success) return invalid(parsed.error.issues, parsed.error.issues[0]?.message);
  return attempt(async () => {
    const n = await bulkApply(user.id, deckId, parsed.data.cardIds, parsed.data.action as BulkAction, new Date(), parsed.data.tag);
    revalidatePath(`/decks/${deckId}`);
    return { ok: true, message: `Done: ${n} item(s) changed.` };
  });
}

const joinSchema = z.object({ code: z.string().trim().min(4, "Enter the join code.").max(20) });

export async function joinClassAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = joinSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues, undefined, echo(form, ["code"]));
  return attempt(async () => {
    const klass = await joinClass(user.id, parsed.data.code, { address: await clientAddress(), now: new Date() });
    revalidatePath("/decks");
    revalidatePath("/today");
    return { ok: true, message: `You joined ${klass.name}. Its decks are now in Today.` };
  });
}

export async function leaveClassAction(classId: string): Promise<ActionState> {
  const user = await requireUser();
  return attempt(async () => {
    await leaveClass(user.id, classId);
    revalidatePath("/decks");
    revalidatePath("/today");
  }, "You left the class. Your review history is kept.");
}
