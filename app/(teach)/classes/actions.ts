"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireInstructor } from "@/lib/auth/session";
import { headers } from "next/headers";
import { assignDeck, createClass, issueStudentResetToken, deleteClass, regenerateJoinCode, removeStudent, renameClass, unassignDeck } from "@/lib/data/classes";
import { attempt } from "@/lib/actions/run";
import { echo, invalid, type ActionState } from "@/lib/actions/state";

const nameSchema = z.object({ name: z.string().trim().min(1, "Name the class.").max(120, "Use at most 120 characters.") });

export async function createClassAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireInstructor();
  const parsed = nameSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues, undefined, echo(form, ["name"]));
  const klass = await createClass(user.id, parsed.data.name);
  revalidatePath("/classes");
  redirect(`/classes/${klass.id}`);
}

export async function renameClassAction(classId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireInstructor();
  const parsed = nameSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  return attempt(async () => { await renameClass(user.id, classId, parsed.data.name); revalidatePath(`/classes/${classId}`); }, "Renamed.");
}

const deckSchema = z.object({ deckId: z.string().min(1, "Choose a deck.").max(64) });

export async function assignDeckAction(classId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireInstructor();
  const parsed = deckSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues, "Choose a deck to assign.");
  return attempt(async () => { await assignDeck(user.id, classId, parsed.data.deckId); revalidatePath(`/classes/${classId}`); }, "Deck assigned: it is in every student's Today now.");
}

export async function unassignDeckAction(classId: string, deckId: string): Promise<ActionState> {
  const user = await requireInstructor();
  return attempt(async () => { await unassignDeck(user.id, classId, deckId); revalidatePath(`/classes/${classId}`); }, "Deck unassigned. Students keep their review history.");
}

export async function removeStudentAction(classId: string, studentId: string): Promise<ActionState> {
  const user = await requireInstructor();
  return attempt(async () => { await removeStudent(user.id, classId, studentId); revalidatePath(`/classes/${classId}`); }, "Student removed from the class.");
}

export async function regenerateCodeAction(classId: string): Promise<ActionState> {
  const user = await requireInstructor();
  return attempt(async () => { await regenerateJoinCode(user.id, classId); revalidatePath(`/classes/${classId}`); }, "New join code made; the old one no longer works.");
}

export async function deleteClassAction(classId: string): Promise<ActionState> {
  const user = await requireInstructor();
  const r = await attempt(() => deleteClass(user.id, classId));
  if (!r.ok) return r;
  revalidatePath("/classes");
  redirect("/classes");
}

/** Shown to the instructor to copy and hand over; the link works once, for 24 hours. */
export async function issueResetLinkAction(classId: string, studentId: string): Promise<ActionState> {
  const user = await requireInstructor();
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost:3000"}`;
  return attempt(async () => {
    const { token, name } = await issueStudentResetToken(user.id, classId, studentId, new Date());
    return { ok: true, message: `Reset link for ${name} (works once, for 24 hours; any earlier link stops working): ${origin}/reset/${token}` };
  });
}
