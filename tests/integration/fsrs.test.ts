import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { spawnSync } from "node:child_process";
import { default_w } from "ts-fsrs";
import { db } from "@/lib/db";
import { q } from "@/lib/data/pg";
import {
  deckWorkload, fsrsSettingsView, requeueJob, revertParams, runOptimizeJob, runRescheduleJob, setPersonalRetention,
  startOptimization, startReschedule, studentWorkload,
} from "@/lib/data/fsrs";
import { getStudyView } from "@/lib/data/review/session";
import { gradeCard } from "@/lib/data/review/grade";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { buildTrainingItems, evaluateParameters, fitParameters, FORGETFUL_WEIGHTS, replayHistory, syntheticHistory, zonedDayKey } from "@/lib/optimizer";
import { weightChanges } from "@/lib/srs/weights";
import { reviewRows } from "@/lib/data/fsrs/optimize";
import { requireScope } from "@/lib/data/fsrs/scope";
import { enrol, makeDeckWithNotes, makeUser } from "../support/factories";
import { HISTORY_OPTIONS, seedReviewHistory } from "../support/history";

const now = new Date("2026-03-01T12:00:00Z");

async function studentWithHistory(reviews: number, seed = 1) {
  const student = await makeUser();
  const deck = await makeDeckWithNotes(student.id, []);
  const seeded = await seedReviewHistory(student.id, deck.id, syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews, seed }));
  return { student, deck, ...seeded };
}

const job = (id: string) => db().optimizeJob.findUniqueOrThrow({ where: { id } });

describe("personal FSRS parameters", () => {
  it("refuses to optimize below the minimum with a clear message and queues nothing", async () => {
    const { student } = await studentWithHistory(60);
    await expect(startOptimization(student.id, "all", now)).rejects.toThrow(ValidationError);
    await expect(startOptimization(student.id, "all", now)).rejects.toThrow(/Only \d+ usable reviews were found.*at least 400/);
    expect(await db().optimizeJob.count({ where: { userId: student.id } })).toBe(0);
  });

  it("fails the job with the same message when too few answers are usable (all same-day)", async () => {
    const student = await makeUser();
    const deck = await makeDeckWithNotes(student.id, []);
    // 450 answers, but each card answered once: no answer after a card's first, so no training item.
    const rows = Array.from({ length: 450 }, (_, i) => ({ cardId: `c${i}`, rating: 3, review: new Date(now.getTime() - i * 60_000), state: 0 }));
    await seedReviewHistory(student.id, deck.id, rows);
    const id = await startOptimization(student.id, deck.id, now);
    await runOptimizeJob(id);
    expect(await job(id)).toMatchObject({ status: "failed", error: expect.stringMatching(/^Only 0 usable reviews were found/) });
    expect(await db().fsrsParams.count({ where: { userId: student.id } })).toBe(0);
  });

  it("fits a synthetic history, applies the weights because they predict it better, and can revert", async () => {
    const { student, deck } = await studentWithHistory(4000);
    const id = await startOptimization(student.id, deck.id, now);
    await expect(startOptimization(student.id, "all", now)).rejects.toThrow(ConflictError); // one job at a time
    await runOptimizeJob(id);
    const done = await job(id);
    expect(done).toMatchObject({ status: "done", progress: 1 });
    const result = done.result as { applied: boolean; before: { logLoss: number; rmseBins: number }; after: { logLoss: number; rmseBins: number }; items: number };
    expect(result.applied).toBe(true);
    expect(result.items).toBeGreaterThanOrEqual(400);
    expect(result.after.logLoss).toBeLessThan(result.before.logLoss);
    const params = await db().fsrsParams.findUniqueOrThrow({ where: { userId_scope: { userId: student.id, scope: deck.id } } });
    expect(params.weights).toHaveLength(21);
    expect(params.weights).not.toEqual([...default_w]);
    expect(params.previousWeights).toEqual([...default_w]);

    const view = await fsrsSettingsView(student.id, deck.id, now);
    expect(view.params?.metrics?.after.logLoss).toBeCloseTo(result.after.logLoss, 10);
    expect(view.activeJob).toBeNull();

    await revertParams(student.id, deck.id);
    const reverted = await db().fsrsParams.findUniqueOrThrow({ where: { id: params.id } });
    expect(reverted.weights).toEqual([]); // the defaults again
    expect(reverted.previousWeights).toEqual(params.weights);
    expect((await fsrsSettingsView(student.id, deck.id, now)).params?.weights).toBeNull();
    await revertParams(student.id, deck.id); // and back: a revert is undoable
    expect((await db().fsrsParams.findUniqueOrThrow({ where: { id: params.id } })).weights).toEqual(params.weights);
  });

  it("fits with the deck's relearning-step count, so the weights shown are the ones that schedule cards", async () => {
    const { student, deck } = await studentWithHistory(4000);
    const steps = ["1m", "2m", "3m", "4m", "5m"]; // five steps: ts-fsrs would cap the unconstrained w17 (0.55) near 0.51
    await db().deck.update({ where: { id: deck.id }, data: { relearningSteps: steps } });
    const id = await startOptimization(student.id, deck.id, now);
    await runOptimizeJob(id);
    const params = await db().fsrsParams.findUniqueOrThrow({ where: { userId_scope: { userId: student.id, scope: deck.id } } });
    expect(weightChanges(params.weights, steps.length)).toEqual([]);
    const scope = await requireScope(student.id, deck.id);
    const items = buildTrainingItems(await reviewRows(student.id, scope), zonedDayKey(student.timeZone, student.dayStartHour));
    const direct = await fitParameters(items, { numRelearningSteps: steps.length });
    params.weights.forEach((w, i) => expect(w).toBeCloseTo(direct[i], 5));
    const unconstrained = await fitParameters(items, {});
    expect(weightChanges(unconstrained, steps.length).map((c) => c.index)).toContain(17); // what happened before
    const metrics = params.metrics as { after: { logLoss: number } };
    expect(metrics.after.logLoss).toBeCloseTo(evaluateParameters(items, params.weights).logLoss, 10);
  });

  it("tells the student on the memory-model page when the scheduler changes their weights (w19 = 0 becomes 0.01)", async () => {
    const student = await makeUser();
    await makeDeckWithNotes(student.id, [{ front: "Q" }]);
    const weights = default_w.map((w, i) => (i >= 17 && i <= 19 ? 0 : w));
    await db().fsrsParams.create({ data: { userId: student.id, scope: "all", weights } });
    const view = await fsrsSettingsView(student.id, "all", now);
    expect(view.weightChanges).toEqual([expect.objectContaining({ index: 19, given: 0, used: 0.01 })]);
    await db().fsrsParams.update({ where: { userId_scope: { userId: student.id, scope: "all" } }, data: { weights: [...default_w] } });
    expect((await fsrsSettingsView(student.id, "all", now)).weightChanges).toEqual([]);
  });

  it("runs a queued optimization and rescheduling in the job scripts' own processes, as the app starts them", async () => {
    const { student } = await studentWithHistory(2500, 5);
    const run = (script: string, id: string) => spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/jobs/${script}.ts`, id],
      { env: { ...process.env }, encoding: "utf8", timeout: 60_000 });
    const optimize = await startOptimization(student.id, "all", now);
    expect(run("optimize", optimize).status).toBe(0);
    expect(await job(optimize)).toMatchObject({ status: "done", progress: 1 });
    const reschedule = await startReschedule(student.id, "all", now);
    expect(run("reschedule", reschedule).status).toBe(0);
    expect(await job(reschedule)).toMatchObject({ status: "done", progress: 1 });
  }, 90_000);

  it("reschedules in batches with the new weights, resumes after an interruption, and skips cards answered meanwhile", async () => {
    const { student, deck, cards } = await studentWithHistory(1500, 3);
    const weights = FORGETFUL_WEIGHTS.map((w) => Number(w.toFixed(4)));
    await db().fsrsParams.create({ data: { userId: student.id, scope: "all", weights } });
    const id = await startReschedule(student.id, deck.id, now);
    await runRescheduleJob(id, { batchSize: 40, maxBatches: 2 }); // the process "dies" after two batches
    const interrupted = await job(id);
    expect(interrupted.status).toBe("running");
    expect(interrupted.cursor).toBeTruthy();
    expect((interrupted.result as { examined: number }).examined).toBe(80);
    await expect(requeueJob(student.id, id, now)).rejects.toThrow(ConflictError); // not stale yet
    await expect(requeueJob(student.id, id, new Date(Date.now() + 10 * 60_000))).resolves.toBeUndefined();

    // A card is answered between the job reading its batch and writing it: its version moves on,
    // so the job leaves it alone (that answer was already scheduled with the new weights).
    let answered = "";
    let before: unknown = null;
    await runRescheduleJob(id, {
      batchSize: 40,
      afterRead: async (changing) => {
        if (answered || !changing.length) return;
        answered = changing[0];
        await q(`UPDATE "CardState" SET version = version + 1 WHERE id = $1`, [answered]);
        before = await db().cardState.findUniqueOrThrow({ where: { id: answered } });
      },
    });
    const finished = await job(id);
    const totals = finished.result as { total: number; examined: number; changed: number; skipped: number };
    expect(finished.status).toBe("done");
    expect(totals.total).toBe(cards);
    expect(totals.examined).toBe(cards);
    expect(totals.changed).toBeGreaterThan(cards / 2); // forgetful weights: most due dates move
    expect(totals.skipped).toBe(1);
    expect(await db().cardState.findUniqueOrThrow({ where: { id: answered } })).toEqual(before);

    // A rescheduled card now holds what replaying its history with the new weights gives.
    const [sample] = await q<{ id: string; cardId: string; due: Date; stability: number }>(
      `SELECT id, "cardId", due, stability FROM "CardState" WHERE "userId" = $1 AND id <> $2 AND reps > 3 ORDER BY id DESC LIMIT 1`, [student.id, answered]);
    const history = await q<{ rating: number; review: Date; state: number }>(`SELECT rating, review, state FROM "ReviewLog" WHERE "cardId" = $1 ORDER BY review`, [sample.cardId]);
    const expected = replayHistory(history, { ...HISTORY_OPTIONS, enableFuzz: undefined, weights }, { timeZone: student.timeZone, dayStartHour: student.dayStartHour });
    expect(sample.stability).toBeCloseTo(expected!.stability, 6);
    expect(sample.due.getTime()).toBe(expected!.due.getTime());
  });

  it("a personal desired retention changes the student's own intervals only, and shows its workload", async () => {
    const teacher = await makeUser("INSTRUCTOR");
    const deck = await makeDeckWithNotes(teacher.id, [{ front: "Q" }]);
    const [a, b] = [await makeUser(), await makeUser()];
    await enrol(teacher.id, a.id, [deck.id]);
    await enrol(teacher.id, b.id, [deck.id]);
    await setPersonalRetention(a.id, deck.id, 0.8);
    const easy = async (u: typeof a) => {
      const view = await getStudyView(u, now, deck.id);
      const r = await gradeCard(u.id, { cardId: view.card!.cardId, rating: 4, expectedVersion: view.card!.version, requestId: randomUUID(), durationMs: 1000 }, now);
      if (r.status !== "ok") throw new Error(r.status);
      return r.due.getTime() - now.getTime();
    };
    expect(await easy(a)).toBeGreaterThan(await easy(b)); // lower retention, longer interval

    const workload = await studentWorkload(a.id, deck.id);
    expect(workload.currentRetention).toBeCloseTo(0.8);
    expect(workload.results.map((r) => r.retention)).toEqual([0.8, 0.85, 0.9, 0.95]);
    const perDay = workload.results.map((r) => r.averageReviewsPerDay);
    expect(perDay[3]).toBeGreaterThan(perDay[0]); // remembering more costs more reviews
    expect((await deckWorkload(teacher.id, deck.id)).currentRetention).toBe(0.9);
    await expect(setPersonalRetention(a.id, deck.id, 0.5)).rejects.toThrow(ValidationError);
  });

  it("refuses every FSRS action on another student's deck", async () => {
    const { deck } = await studentWithHistory(500, 4);
    const other = await makeUser();
    await expect(startOptimization(other.id, deck.id, now)).rejects.toThrow(NotFoundError);
    await expect(startReschedule(other.id, deck.id, now)).rejects.toThrow(NotFoundError);
    await expect(setPersonalRetention(other.id, deck.id, 0.85)).rejects.toThrow(NotFoundError);
    await expect(studentWorkload(other.id, deck.id)).rejects.toThrow(NotFoundError);
    await expect(fsrsSettingsView(other.id, deck.id, now)).rejects.toThrow(NotFoundError);
    await expect(deckWorkload(other.id, deck.id)).rejects.toThrow(NotFoundError);
    const ownerJob = await db().optimizeJob.create({ data: { userId: (await db().deck.findUniqueOrThrow({ where: { id: deck.id } })).ownerId, kind: "reschedule", status: "failed" } });
    await expect(requeueJob(other.id, ownerJob.id, now)).rejects.toThrow(NotFoundError);
    expect(await db().fsrsParams.count({ where: { userId: other.id } })).toBe(0);
    expect(await db().optimizeJob.count({ where: { userId: other.id } })).toBe(0);
  });
});
