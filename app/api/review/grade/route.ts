import { z } from "zod";
import { gradeCard } from "@/lib/data/review/grade";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { jsonBody, reviewHandler, withView } from "../reply";

const id = z.string().min(1).max(64);

const gradeSchema = z.object({
  cardId: id,
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  expectedVersion: z.number().int().min(0).nullable(),
  requestId: z.string().uuid(),
  durationMs: z.number().finite().min(0),
  deckId: id.nullable(),
});

function statusOf(err: NotFoundError | ConflictError | ValidationError): number {
  return err instanceof NotFoundError ? 404 : err instanceof ValidationError ? 400 : 409;
}

/** Grades one card; idempotent by request id (a retried answer is saved once). */
export const POST = reviewHandler(async (viewer, req) => {
  const input = await jsonBody(req);
  const raw = (input ?? {}) as { deckId?: unknown };
  const deck = typeof raw.deckId === "string" ? raw.deckId : null;
  const parsed = gradeSchema.safeParse(input);
  if (!parsed.success) return withView(viewer, deck, false, "That answer could not be read. Please answer again.", 400);
  try {
    const result = await gradeCard(viewer.id, parsed.data, new Date());
    if (result.status === "duplicate") return withView(viewer, deck, true, "That answer was already saved.");
    if (result.status === "conflict") {
      return withView(viewer, deck, false, "This card was already answered elsewhere (another tab or device). Here is your next card.");
    }
    const note = result.leech ? (result.suspended ? "This card has become a leech and was suspended." : "This card is now tagged as a leech.") : undefined;
    return withView(viewer, deck, true, note);
  } catch (err) {
    if (err instanceof NotFoundError || err instanceof ConflictError || err instanceof ValidationError) return withView(viewer, deck, false, err.message, statusOf(err));
    throw err;
  }
});
