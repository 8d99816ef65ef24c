"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { getStudyView } from "@/lib/data/review/session";
import { buryCard, suspendCard } from "@/lib/data/review/card-flags";
import type { StudyView } from "@/lib/data/review/types";
import { isExpected } from "@/lib/data/errors";
import { orRetry } from "@/lib/actions/retry";
import type { RetryState } from "@/lib/actions/state";

export type ReviewActionResult = { ok: true; message?: string; view: StudyView } | { ok: false; message: string; view: StudyView } | RetryState;

// Grading and undo are route handlers (app/api/review/*): see the note there.
const id = z.string().min(1).max(64);
const deckId = id.nullable();

async function respond(viewer: Awaited<ReturnType<typeof requireUser>>, deck: string | null, ok: boolean, message?: string): Promise<ReviewActionResult> {
  const view = await getStudyView(viewer, new Date(), deck);
  return ok ? { ok: true, message, view } : { ok: false, message: message ?? "Something went wrong.", view };
}

const cardAction = z.object({ cardId: id, deckId });

async function flag(input: z.input<typeof cardAction>, apply: (userId: string, cardId: string, now: Date, viewer: Awaited<ReturnType<typeof requireUser>>) => Promise<void>, done: string) {
  const viewer = await requireUser();
  const parsed = cardAction.safeParse(input);
  if (!parsed.success) return respond(viewer, null, false, "That card could not be read.");
  try {
    await apply(viewer.id, parsed.data.cardId, new Date(), viewer);
    return respond(viewer, parsed.data.deckId, true, done);
  } catch (err) {
    if (isExpected(err)) return respond(viewer, parsed.data.deckId, false, err.message);
    throw err;
  }
}

export async function suspendAction(input: z.input<typeof cardAction>): Promise<ReviewActionResult> {
  return orRetry(() => flag(input, (u, c, now) => suspendCard(u, c, now), "Card suspended. Unsuspend it from the deck's card browser."));
}

export async function buryAction(input: z.input<typeof cardAction>): Promise<ReviewActionResult> {
  return orRetry(() => flag(input, (u, c, now, viewer) => buryCard(viewer, c, now), "Card buried until tomorrow."));
}
