import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { evaluateCurrentWeights, fsrsSettingsView, runOptimizeJob, setIgnoreBefore, startOptimization } from "@/lib/data/fsrs";
import { reviewRows } from "@/lib/data/fsrs/optimize";
import { requireScope } from "@/lib/data/fsrs/scope";
import { NotFoundError, ValidationError } from "@/lib/data/errors";
import { buildTrainingItems, evaluateLikeAnki, FORGETFUL_WEIGHTS, syntheticHistory, zonedDayKey } from "@/lib/optimizer";
import { default_w } from "ts-fsrs";
import { makeDeckWithNotes, makeUser } from "../support/factories";
import { seedReviewHistory } from "../support/history";

const now = new Date("2026-03-01T12:00:00Z");

async function studentWithHistory(reviews: number, timeZone = "America/New_York") {
  const student = await makeUser("STUDENT", { timeZone, dayStartHour: 4 });
  const deck = await makeDeckWithNotes(student.id, []);
  await seedReviewHistory(student.id, deck.id, syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews, seed: 4, start: new Date("2025-01-06T00:00:00Z") }));
  return { student, deck };
}

describe("Evaluate and ignore reviews before (memory-model page)", () => {
  it("says 'not enough reviews yet' instead of failing when nothing can be scored", async () => {
    const student = await makeUser();
    const deck = await makeDeckWithNotes(student.id, []);
    await seedReviewHistory(student.id, deck.id, [{ cardId: "x", rating: 3, review: new Date("2026-02-01T10:00:00Z"), state: 0 }]);
    expect(await evaluateCurrentWeights(student.id, deck.id)).toMatchObject({ ok: false, reason: "not-enough-reviews", message: expect.stringMatching(/^Not enough reviews yet/) });
  });

  it("scores the current weights on the student's study days, like Anki's Evaluate, without fitting", async () => {
    const { student, deck } = await studentWithHistory(1500);
    const e = await evaluateCurrentWeights(student.id, deck.id);
    const items = buildTrainingItems(await reviewRows(student.id, await requireScope(student.id, deck.id)), zonedDayKey("America/New_York", 4));
    expect(e).toEqual({ ...evaluateLikeAnki(items, [...default_w]), personal: false });
    expect(await db().fsrsParams.count({ where: { userId: student.id } })).toBe(0); // nothing fitted or stored
  });

  it("leaves cards first learned before the chosen date out of evaluating and optimizing, and can be cleared", async () => {
    const { student, deck } = await studentWithHistory(4000);
    const all = await evaluateCurrentWeights(student.id, deck.id);
    await setIgnoreBefore(student.id, deck.id, "2025-01-12");
    expect((await fsrsSettingsView(student.id, deck.id, now)).params?.ignoreBefore).toBe("2025-01-12");
    const later = await evaluateCurrentWeights(student.id, deck.id);
    if (!all.ok || !later.ok) throw new Error("expected scores");
    const rows = await reviewRows(student.id, await requireScope(student.id, deck.id));
    const expected = buildTrainingItems(rows, zonedDayKey("America/New_York", 4), Date.parse("2025-01-12T00:00:00Z"));
    expect(later.items).toBe(expected.length);
    expect(later.items).toBeLessThan(all.items);
    expect(later.items).toBeGreaterThan(400);

    const id = await startOptimization(student.id, deck.id, now);
    await runOptimizeJob(id);
    const job = await db().optimizeJob.findUniqueOrThrow({ where: { id } });
    expect(job.result).toMatchObject({ items: expected.length });

    await setIgnoreBefore(student.id, deck.id, null);
    expect((await evaluateCurrentWeights(student.id, deck.id) as { items: number }).items).toBe(all.items);
  });

  it("refuses an impossible date and another student's deck", async () => {
    const { student, deck } = await studentWithHistory(200);
    await expect(setIgnoreBefore(student.id, deck.id, "2026-02-30")).rejects.toThrow(ValidationError);
    const other = await makeUser();
    await expect(evaluateCurrentWeights(other.id, deck.id)).rejects.toThrow(NotFoundError);
    await expect(setIgnoreBefore(other.id, deck.id, "2025-01-01")).rejects.toThrow(NotFoundError);
    expect(await db().fsrsParams.count({ where: { userId: other.id } })).toBe(0);
  });
});
