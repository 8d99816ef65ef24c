"use server";

import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { getStudyView } from "@/lib/data/review/session";
import { gradeCard } from "@/lib/data/review/grade";
import { undoLastReview } from "@/lib/data/review/undo";
import { buryCard, suspendCard } from "@/lib/data/review/card-flags";
import type { StudyView } from "@/lib/data/review/types";
import { isExpected } from "@/lib/data/errors";
import { orRetry } from "@/lib/actions/retry";
import type { RetryState } from "@/lib/actions/state";

export type ReviewActionResult = { ok: true; message?: string; view: StudyView } | { ok: false; message: string; view: StudyView } | RetryState;

const id = z.string().min(1).max(64);
const deckId = id.nullable();

const gradeSchema = z.object({
  cardId: id,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  expectedVersion: z.number().int().min(0).nullable(),
  requestId: z.string().uuid(),
  durationMs: z.number().finite().min(0),
  deckId,
});

async function respond(_userId: string, viewer: Awaited<ReturnType<typeof requireUser>>, deck: string | null, ok: boolean, message?: string): Promise<ReviewActionResult> {
  const view = await getStudyView(viewer, new Date(), deck);
  return ok ? { ok: true, message, view } : { ok: false, message: message ?? "Something went wrong.", view };
}

// The grade result always carries the next card, so the review screen needs no extra round trip.
export async function gradeAction(input: z.input<typeof gradeSchema>): Promise<ReviewActionResult> {
  return orRetry(() => grade(input));
}

async function grade(input: z.input<typeof gradeSchema>): Promise<ReviewActionResult> {
  const viewer = await requireUser();
  const parsed = gradeSchema.safeParse(input);
  const deck = typeof input?.deckId === "string" ? input.deckId : null;
  if (!parsed.success) return respond(viewer.id, viewer, deck, false, "That answer could not be read. Please answer again.");
  try {
    const result = await gradeCard(viewer.id, parsed.data, new Date());
    if (result.status === "duplicate") return respond(viewer.id, viewer, deck, true, "That answer was already saved.");
    if (result.status === "conflict") {
      return respond(viewer.id, viewer, deck, false, "This card was already answered elsewhere (another tab or device). Here is your next card.");
    }
    const note = result.leech ? (result.suspended ? "This card has become a leech and was suspended." : "This card is now tagged as a leech.") : undefined;
    return respond(viewer.id, viewer, deck, true, note);
  } catch (err) {
    if (isExpected(err)) return respond(viewer.id, viewer, deck, false, err.message);
    throw err;
  }
}

const deckOnly = z.object({ deckId });

export async function undoAction(input: z.input<typeof deckOnly>): Promise<ReviewActionResult> {
  return orRetry(async () => {
    const viewer = await requireUser();
    const parsed = deckOnly.safeParse(input);
    const deck = parsed.success ? parsed.data.deckId : null;
    const undone = await undoLastReview(viewer.id, new Date());
    return respond(viewer.id, viewer, deck, undone, undone ? "Undid your last answer." : "There is nothing to undo.");
  });
}

const cardAction = z.object({ cardId: id, deckId });

async function flag(input: z.input<typeof cardAction>, apply: (userId: string, cardId: string, now: Date, viewer: Awaited<ReturnType<typeof requireUser>>) => Promise<void>, done: string) {
  const viewer = await requireUser();
  const parsed = cardAction.safeParse(input);
  if (!parsed.success) return respond(viewer.id, viewer, null, false, "That card could not be read.");
  try {
    await apply(viewer.id, parsed.data.cardId, new Date(), viewer);
    return respond(viewer.id, viewer, parsed.data.deckId, true, done);
  } catch (err) {
    if (isExpected(err)) return respond(viewer.id, viewer, parsed.data.deckId, false, err.message);
    throw err;
  }
}

export async function suspendAction(input: z.input<typeof cardAction>): Promise<ReviewActionResult> {
  return orRetry(() => flag(input, (u, c, now) => suspendCard(u, c, now), "Card suspended. Unsuspend it from the deck's card browser."));
}

export async function buryAction(input: z.input<typeof cardAction>): Promise<ReviewActionResult> {
  return orRetry(() => flag(input, (u, c, now, viewer) => buryCard(viewer, c, now), "Card buried until tomorrow."));
}
