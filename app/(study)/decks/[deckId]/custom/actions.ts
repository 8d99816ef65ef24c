"use server";
// One answer in a custom-study session: through the normal grade path when the student chose to
// reschedule, else recorded apart from the schedule.
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { gradeCard } from "@/lib/data/review/grade";
import { recordCustomAnswer } from "@/lib/data/review/custom-study";
import { isExpected } from "@/lib/data/errors";

const schema = z.object({
  cardId: z.string().min(1).max(64),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  mode: z.enum(["ahead", "forgotten", "tag", "chapter", "preview"]),
  reschedule: z.boolean(),
  expectedVersion: z.number().int().min(0).nullable(),
  requestId: z.string().uuid(),
  durationMs: z.number().finite().min(0),
});

export type CustomAnswerResult = { ok: true; version: number | null } | { ok: false; message: string };

export async function customAnswerAction(input: z.input<typeof schema>): Promise<CustomAnswerResult> {
  const user = await requireUser();
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "That answer could not be read. Please answer again." };
  const a = parsed.data;
  try {
    if (!a.reschedule) {
      await recordCustomAnswer(user.id, { cardId: a.cardId, rating: a.rating, mode: a.mode, durationMs: a.durationMs }, new Date());
      return { ok: true, version: a.expectedVersion };
    }
    const r = await gradeCard(user.id, { cardId: a.cardId, rating: a.rating, expectedVersion: a.expectedVersion, requestId: a.requestId, durationMs: a.durationMs }, new Date());
    if (r.status === "conflict") return { ok: false, message: "This card was answered elsewhere meanwhile; it keeps that answer." };
    return { ok: true, version: a.expectedVersion === null ? 1 : a.expectedVersion + 1 };
  } catch (err) {
    if (isExpected(err)) return { ok: false, message: err.message };
    throw err;
  }
}
