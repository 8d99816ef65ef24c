"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireInstructor } from "@/lib/auth/session";
import { createAssignment, deleteAssignment, saveExamScores, updateAssignment, type AssignmentInput } from "@/lib/data/assignments";
import { parseScores } from "@/lib/assignments/scores-csv";
import { attempt } from "@/lib/actions/run";
import { invalid, type ActionState } from "@/lib/actions/state";

const date = (label: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `Pick the ${label}.`).transform((s) => new Date(`${s}T00:00:00Z`));

const schema = z.object({
  title: z.string().trim().min(1, "Name the assignment.").max(120, "Use at most 120 characters."),
  deckId: z.string().min(1, "Choose a deck.").max(64),
  chapterIds: z.array(z.string().max(64)).max(200),
  tags: z.string().max(400).transform((s) => s.split(",").map((t) => t.trim().toLowerCase().replace(/\s+/g, "-")).filter(Boolean)),
  startAt: date("start date"),
  dueAt: date("due date"),
  examAt: z.union([z.literal(""), date("exam date")]).transform((v) => (v === "" ? null : v)),
  targetRecall: z.coerce.number().min(50, "Target recall must be between 50% and 99%.").max(99, "Target recall must be between 50% and 99%.").transform((p) => p / 100),
  examAware: z.boolean(),
});

function parse(form: FormData) {
  return schema.safeParse({
    title: form.get("title") ?? "", deckId: form.get("deckId") ?? "", chapterIds: form.getAll("chapterIds").map(String),
    tags: form.get("tags") ?? "", startAt: form.get("startAt") ?? "", dueAt: form.get("dueAt") ?? "", examAt: form.get("examAt") ?? "",
    targetRecall: form.get("targetRecall") || "90", examAware: form.get("examAware") === "on",
  });
}

export async function createAssignmentAction(classId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireInstructor();
  const parsed = parse(form);
  if (!parsed.success) return invalid(parsed.error.issues, parsed.error.issues[0]?.message);
  const input: AssignmentInput = parsed.data;
  let id = "";
  const r = await attempt(async () => { id = (await createAssignment(user.id, classId, input)).id; });
  if (!r.ok) return r;
  revalidatePath(`/classes/${classId}`);
  redirect(`/classes/${classId}/assignments/${id}`);
}

export async function updateAssignmentAction(classId: string, assignmentId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireInstructor();
  const parsed = parse(form);
  if (!parsed.success) return invalid(parsed.error.issues, parsed.error.issues[0]?.message);
  return attempt(async () => {
    await updateAssignment(user.id, assignmentId, parsed.data);
    revalidatePath(`/classes/${classId}/assignments/${assignmentId}`);
  }, "Assignment saved.");
}

export async function deleteAssignmentAction(classId: string, assignmentId: string): Promise<ActionState> {
  const user = await requireInstructor();
  const r = await attempt(() => deleteAssignment(user.id, assignmentId));
  if (!r.ok) return r;
  revalidatePath(`/classes/${classId}/assignments`);
  redirect(`/classes/${classId}/assignments`);
}

const MAX_CSV = 512 * 1024;

/** Scores typed in the box and/or imported from a CSV file ("email,score" in percent). */
export async function saveScoresAction(classId: string, assignmentId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireInstructor();
  const file = form.get("file");
  if (file instanceof File && file.size > MAX_CSV) return { ok: false, message: "That file is too large (512 KB at most)." };
  const text = [String(form.get("scores") ?? ""), file instanceof File && file.size ? await file.text() : ""].join("\n");
  const { entries, errors } = parseScores(text);
  if (errors.length) return { ok: false, message: errors.slice(0, 5).join(" "), fieldErrors: { scores: errors } };
  return attempt(async () => {
    const n = await saveExamScores(user.id, assignmentId, entries, new Date());
    revalidatePath(`/classes/${classId}/assignments/${assignmentId}`);
    return { ok: true, message: `Saved ${n} score${n === 1 ? "" : "s"}.` };
  });
}
