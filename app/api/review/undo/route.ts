import { z } from "zod";
import { undoLastReview } from "@/lib/data/review/undo";
import { jsonBody, reviewHandler, withView } from "../reply";

const undoSchema = z.object({ deckId: z.string().min(1).max(64).nullable() });

/** Undoes the caller's own last answer (it names no card, so it cannot reach anyone else's). */
export const POST = reviewHandler(async (viewer, req) => {
  const parsed = undoSchema.safeParse(await jsonBody(req));
  if (!parsed.success) return withView(viewer, null, false, "That request could not be read.", 400);
  const undone = await undoLastReview(viewer.id, new Date());
  return withView(viewer, parsed.data.deckId, undone, undone ? "Undid your last answer." : "There is nothing to undo.");
});
