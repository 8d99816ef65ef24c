"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { createSource, decodeSource, deleteSource, setSourceAuthor } from "@/lib/data/sources";
import { checkUpload, claimStalledImport, createUploadSource } from "@/lib/data/import-uploads";
import { editCandidate, publishApproved, regenerateChapter, requirePublishable, setCandidateStatus } from "@/lib/data/candidates";
import { createDeck } from "@/lib/data/decks";
import { spawnJob } from "@/lib/jobs/spawn-job";
import { cancelSourceProcessing } from "@/lib/data/job-cancel";
import { env } from "@/lib/env";
import { attempt } from "@/lib/actions/run";
import { echo, invalid, type ActionState } from "@/lib/actions/state";
import { CONTEXT_MAX } from "@/lib/notes/context";
import { authorField } from "@/lib/import/metadata/author-field";
import { defaultSourceTitle } from "@/lib/import/metadata/default-title";

const importSchema = z.object({
  title: z.string().trim().max(200).default(""),
  author: authorField, // empty: the job takes it from the file's metadata, if it names one
  text: z.string().max(6 * 1024 * 1024).default(""),
});

export async function importSourceAction(_prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = importSchema.safeParse({ title: form.get("title") ?? "", author: form.get("author") ?? "", text: form.get("text") ?? "" });
  if (!parsed.success) return invalid(parsed.error.issues, undefined, echo(form, ["title", "author"]));
  const author = parsed.data.author;
  const file = form.get("file");
  const hasFile = file instanceof File && file.size > 0;
  if (!hasFile && !parsed.data.text.trim()) return { ok: false, message: "Choose a file or paste the chapter's text.", fieldErrors: { file: ["Choose a file or paste text."] } };
  let sourceId = "";
  const result = await attempt(async () => {
    const bytes = hasFile ? new Uint8Array(await file.arrayBuffer()) : new TextEncoder().encode(parsed.data.text);
    // PDF, EPUB, DOCX, web pages and photos are kept as uploaded and read by the job; the bytes decide the format, not the name.
    const format = hasFile ? await checkUpload(bytes, { maxBytes: env().IMPORT_MAX_BYTES, maxPages: env().IMPORT_MAX_PAGES }) : "text";
    if (format !== "text" && file instanceof File) {
      const title = parsed.data.title || defaultSourceTitle(file.name);
      sourceId = (await createUploadSource(user.id, { title, author, filename: file.name, format, bytes })).id;
      await spawnJob("process-source", [sourceId]);
      return;
    }
    const text = decodeSource(bytes, hasFile ? file.name : null, env().MAX_UPLOAD_BYTES);
    const title = parsed.data.title || defaultSourceTitle(hasFile ? file.name : null, text);
    sourceId = (await createSource(user.id, { title, author, filename: hasFile ? file.name : null, text })).id;
    await spawnJob("process-source", [sourceId]);
  });
  if (!result.ok) return { ...result, values: echo(form, ["title", "author"]) };
  revalidatePath("/import");
  redirect(`/import/${sourceId}`);
}

const authorSchema = z.object({ author: authorField });

/** Sets or clears the book's author; the next regeneration of a chapter passes it to the card generator. */
export async function updateSourceAuthorAction(sourceId: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const id = z.string().min(1).max(64).safeParse(sourceId);
  if (!id.success) return { ok: false, message: "Unknown import." };
  const parsed = authorSchema.safeParse({ author: form.get("author") ?? "" });
  if (!parsed.success) return invalid(parsed.error.issues, undefined, echo(form, ["author"]));
  return attempt(async () => {
    await setSourceAuthor(user.id, id.data, parsed.data.author);
    revalidatePath(`/import/${id.data}`);
    revalidatePath("/import");
  }, parsed.data.author ? "Author saved." : "Author cleared.");
}

/** Restarts the job of an import that stopped (the server restarted mid-way); OCR'd pages are not read again. */
export async function resumeImportAction(sourceId: string): Promise<ActionState> {
  const user = await requireUser();
  const id = z.string().min(1).max(64).safeParse(sourceId);
  if (!id.success) return { ok: false, message: "Unknown import." };
  const r = await attempt(async () => {
    await claimStalledImport(user.id, id.data, new Date());
    await spawnJob("process-source", [id.data]);
  }, "Resumed.");
  revalidatePath(`/import/${id.data}`);
  return r;
}

export async function deleteSourceAction(sourceId: string): Promise<ActionState> {
  const user = await requireUser();
  const r = await attempt(() => deleteSource(user.id, sourceId));
  if (!r.ok) return r;
  revalidatePath("/import");
  redirect("/import");
}

export async function cancelImportAction(sourceId: string): Promise<ActionState> {
  const user = await requireUser();
  if (typeof sourceId !== "string" || !sourceId || sourceId.length > 64) return { ok: false, message: "That import id is not valid." };
  return attempt(async () => {
    await cancelSourceProcessing(user.id, sourceId);
    revalidatePath(`/import/${sourceId}`);
    return { ok: true, message: "Import cancelled." };
  });
}

const statusSchema = z.object({
  ids: z.array(z.string().min(1).max(64)).min(1, "Select at least one card.").max(2000),
  status: z.enum(["APPROVED", "REJECTED", "PENDING"]),
});

export async function setCandidatesStatusAction(chapterPath: string, ids: string[], status: string): Promise<ActionState> {
  const user = await requireUser();
  const parsed = statusSchema.safeParse({ ids, status });
  if (!parsed.success) return invalid(parsed.error.issues, parsed.error.issues[0]?.message);
  return attempt(async () => {
    const n = await setCandidateStatus(user.id, parsed.data.ids, parsed.data.status);
    revalidatePath(chapterPath);
    return { ok: true, message: `${n} card(s) ${parsed.data.status.toLowerCase()}.` };
  });
}

const editSchema = z.object({
  front: z.string().max(2000), back: z.string().max(2000),
  context: z.string().max(CONTEXT_MAX, `Keep the context line under ${CONTEXT_MAX} characters.`).optional(), // empty removes it
});

export async function editCandidateAction(chapterPath: string, id: string, input: { front: string; back: string; context?: string }): Promise<ActionState> {
  const user = await requireUser();
  const parsed = editSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  return attempt(async () => { await editCandidate(user.id, id, parsed.data); revalidatePath(chapterPath); }, "Saved and approved.");
}

const publishSchema = z.object({ deckId: z.string().max(64).default(""), newDeckTitle: z.string().trim().max(120).default("") });

export async function publishAction(chapterId: string, chapterPath: string, _prev: ActionState | null, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = publishSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return invalid(parsed.error.issues);
  return attempt(async () => {
    let deckId = parsed.data.deckId;
    await requirePublishable(user.id, chapterId);
    if (deckId === "__new" || !deckId) {
      if (!parsed.data.newDeckTitle) return { ok: false, message: "Name the new deck.", fieldErrors: { newDeckTitle: ["Name the new deck."] } };
      deckId = (await createDeck(user.id, { title: parsed.data.newDeckTitle })).id;
    }
    const n = await publishApproved(user.id, chapterId, deckId);
    revalidatePath(chapterPath);
    return { ok: true, message: `Published ${n} card(s) into the deck.` };
  });
}

export async function regenerateAction(chapterId: string, chapterPath: string): Promise<ActionState> {
  const user = await requireUser();
  return attempt(async () => {
    const n = await regenerateChapter(user.id, chapterId);
    revalidatePath(chapterPath);
    return { ok: true, message: `Regenerated: ${n} new suggestion(s). Approved, edited and rejected cards were kept.` };
  });
}
