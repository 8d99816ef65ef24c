import "server-only";
// Authoring notes. A note's cards (siblings) follow from its kind and text: BASIC has ordinal 0,
// REVERSED 0 and 1, CLOZE one card per deletion number. Edits keep the cards (and so every
// student's scheduling state) whose ordinal still exists.
import { db, type Tx } from "@/lib/db";
import { clozeOrdinals, validateNote } from "@/lib/notes/render";
import { contextProblem, normalizeContext } from "@/lib/notes/context";
import type { NoteKind } from "@/lib/generated/prisma/client";
import { NotFoundError, ValidationError } from "./errors";
import { requireOwnedDeck } from "./access";

export type NoteInput = {
  kind: NoteKind;
  front: string;
  back: string;
  tags?: string[];
  /** The card's context line (lib/notes/context.ts); left unchanged by an update when undefined. */
  context?: string | null;
  source?: { chapterId?: string | null; page?: string | null; sentence?: number | null; spanStart?: number | null; spanEnd?: number | null };
};

export function ordinalsFor(kind: NoteKind, front: string): number[] {
  if (kind === "BASIC") return [0];
  if (kind === "REVERSED") return [0, 1];
  return clozeOrdinals(front);
}

function check(input: NoteInput) {
  const problem = validateNote(input.kind, input.front, input.back);
  if (problem) throw new ValidationError(problem, "front");
  const contextIssue = contextProblem(input.context);
  if (contextIssue) throw new ValidationError(contextIssue, "context");
}

export function normalizeTags(tags: string[] | undefined): string[] {
  const clean = (tags ?? []).map((t) => t.trim().toLowerCase().replace(/\s+/g, "-")).filter((t) => t && t.length <= 40);
  return [...new Set(clean)].slice(0, 20);
}

export async function createNote(userId: string, deckId: string, input: NoteInput, tx?: Tx) {
  check(input);
  await requireOwnedDeck(userId, deckId);
  const run = async (t: Tx) => {
    const last = await t.note.aggregate({ where: { deckId }, _max: { position: true } });
    const position = (last._max.position ?? -1) + 1;
    const note = await t.note.create({
      data: {
        deckId, kind: input.kind, front: input.front.trim(), back: input.back.trim(), context: normalizeContext(input.context), tags: normalizeTags(input.tags), position,
        chapterId: input.source?.chapterId ?? null, sourcePage: input.source?.page ?? null,
        sourceSentence: input.source?.sentence ?? null, spanStart: input.source?.spanStart ?? null, spanEnd: input.source?.spanEnd ?? null,
      },
    });
    await t.card.createMany({
      data: ordinalsFor(input.kind, note.front).map((ordinal) => ({ noteId: note.id, deckId, ordinal, position: position * 100 + Math.min(ordinal, 99) })),
    });
    return note;
  };
  return tx ? run(tx) : db().$transaction(run);
}

export async function requireOwnedNote(userId: string, noteId: string) {
  const note = await db().note.findFirst({ where: { id: noteId, deck: { ownerId: userId, deletedAt: null } }, include: { cards: true } });
  if (!note) throw new NotFoundError("That note");
  return note;
}

/** Updates the text; cards for deletions that disappeared are removed, new deletions get cards. */
export async function updateNote(userId: string, noteId: string, input: NoteInput) {
  check(input);
  const note = await requireOwnedNote(userId, noteId);
  const wanted = new Set(ordinalsFor(input.kind, input.front.trim()));
  const existing = new Set(note.cards.map((c) => c.ordinal));
  return db().$transaction(async (t) => {
    const updated = await t.note.update({
      where: { id: noteId },
      data: {
        kind: input.kind, front: input.front.trim(), back: input.back.trim(), tags: normalizeTags(input.tags),
        ...(input.context !== undefined ? { context: normalizeContext(input.context) } : {}),
      },
    });
    const gone = note.cards.filter((c) => !wanted.has(c.ordinal)).map((c) => c.id);
    if (gone.length) await t.card.deleteMany({ where: { id: { in: gone } } });
    const added = [...wanted].filter((o) => !existing.has(o));
    if (added.length) {
      await t.card.createMany({
        data: added.map((ordinal) => ({ noteId, deckId: note.deckId, ordinal, position: note.position * 100 + Math.min(ordinal, 99) })),
      });
    }
    return { note: updated, removedCards: gone.length, addedCards: added.length };
  });
}

/** Deletes a note. With keepHistory, students' review logs stay (detached) so their stats don't change. */
export async function deleteNote(userId: string, noteId: string, opts: { keepHistory: boolean }) {
  const note = await requireOwnedNote(userId, noteId);
  const cardIds = note.cards.map((c) => c.id);
  await db().$transaction(async (t) => {
    if (!opts.keepHistory) await t.reviewLog.deleteMany({ where: { cardId: { in: cardIds } } });
    await t.note.delete({ where: { id: noteId } });
  });
}

/** After a heavy edit: every student meets the note's cards as new again. Review history is kept. */
export async function resetNoteForEveryone(userId: string, noteId: string): Promise<number> {
  const note = await requireOwnedNote(userId, noteId);
  const res = await db().cardState.deleteMany({ where: { cardId: { in: note.cards.map((c) => c.id) } } });
  return res.count;
}

/** Imports many notes into an owned deck in one transaction: all are added, or none. */
export async function importNotes(userId: string, deckId: string, rows: NoteInput[]): Promise<number> {
  await requireOwnedDeck(userId, deckId);
  rows.forEach(check);
  await db().$transaction(async (t) => {
    for (const row of rows) await createNote(userId, deckId, row, t);
  }, { timeout: 120_000 });
  return rows.length;
}
