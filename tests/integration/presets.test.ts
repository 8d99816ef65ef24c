// Deck-option presets: shared options, the owner-only rules, and "optimize all presets".
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateDeck } from "@/lib/data/decks";
import {
  assignPreset, createPresetForDeck, deletePreset, listPresets, presetOfDeck, renamePreset, updatePresetOptions,
} from "@/lib/data/presets";
import { queuePresetOptimizations } from "@/lib/data/presets/optimize";
import { runOptimizeJob } from "@/lib/data/fsrs";
import { deckOptionsFor } from "@/lib/data/review/deck-options";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/data/errors";
import { FORGETFUL_WEIGHTS, syntheticHistory } from "@/lib/optimizer";
import { enrol, makeDeckWithNotes, makeUser } from "../support/factories";
import { seedReviewHistory } from "../support/history";

const now = new Date("2026-03-01T12:00:00Z");
const EVEN = [1, 1, 1, 1, 1, 1, 1];

describe("deck presets", () => {
  it("gives each new deck its own preset holding its options", async () => {
    const owner = await makeUser("INSTRUCTOR");
    const deck = await makeDeckWithNotes(owner.id, [], { newPerDay: 7 });
    const preset = await presetOfDeck(owner.id, deck.id);
    expect(preset).toMatchObject({ name: deck.title, newPerDay: 7, loadBalance: false, easyDays: EVEN, decks: [{ id: deck.id }] });
  });

  it("shares options: changing a preset changes every deck using it, and the scheduler reads them", async () => {
    const owner = await makeUser("INSTRUCTOR");
    const a = await makeDeckWithNotes(owner.id, []);
    const b = await makeDeckWithNotes(owner.id, []);
    const shared = await createPresetForDeck(owner.id, a.id, "Languages");
    await assignPreset(owner.id, b.id, shared);
    const p = (await listPresets(owner.id)).find((x) => x.id === shared)!;
    expect(p.decks.map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
    const n = await updatePresetOptions(owner.id, shared, { ...p, desiredRetention: 0.85, newPerDay: 3, learningSteps: ["2m"], loadBalance: true, easyDays: [1, 1, 1, 1, 1, 0.5, 0] });
    expect(n).toBe(2);
    const options = await deckOptionsFor(owner.id, [a.id, b.id]);
    for (const id of [a.id, b.id]) expect(options.get(id)).toMatchObject({ desiredRetention: 0.85, newPerDay: 3, learningSteps: ["2m"] });
    // Saving deck settings (the deck options form) edits the shared preset too.
    await updateDeck(owner.id, b.id, { title: "B", maximumInterval: 100 });
    expect((await deckOptionsFor(owner.id, [a.id])).get(a.id)!.maximumInterval).toBe(100);
    expect((await presetOfDeck(owner.id, a.id))).toMatchObject({ maximumInterval: 100, loadBalance: true, easyDays: [1, 1, 1, 1, 1, 0.5, 0] });
  });

  it("renames, and deleting moves its decks to the oldest other preset with its options", async () => {
    const owner = await makeUser("INSTRUCTOR");
    const a = await makeDeckWithNotes(owner.id, [], { newPerDay: 11 });
    const b = await makeDeckWithNotes(owner.id, [], { newPerDay: 22 });
    const aPreset = (await presetOfDeck(owner.id, a.id)).id;
    const bPreset = (await presetOfDeck(owner.id, b.id)).id;
    await renamePreset(owner.id, bPreset, "  Heavy  ");
    expect((await presetOfDeck(owner.id, b.id)).name).toBe("Heavy");
    await expect(renamePreset(owner.id, bPreset, " ")).rejects.toThrow(ValidationError);
    expect(await deletePreset(owner.id, bPreset)).toEqual({ movedTo: a.title, decks: 1 });
    expect(await presetOfDeck(owner.id, b.id)).toMatchObject({ id: aPreset, newPerDay: 11 });
    expect((await deckOptionsFor(owner.id, [b.id])).get(b.id)!.newPerDay).toBe(11);
    await expect(deletePreset(owner.id, aPreset)).rejects.toThrow(ConflictError); // the last one
  });

  it("rejects bad easy-day shares and writes nothing", async () => {
    const owner = await makeUser("INSTRUCTOR");
    const deck = await makeDeckWithNotes(owner.id, []);
    const p = await presetOfDeck(owner.id, deck.id);
    await expect(updatePresetOptions(owner.id, p.id, { ...p, newPerDay: 1, easyDays: [1, 1, 2, 1, 1, 1, 1] })).rejects.toThrow(ValidationError);
    expect((await presetOfDeck(owner.id, deck.id)).newPerDay).toBe(p.newPerDay);
  });
});

describe("presets: another user (or an enrolled student) cannot read or change them", async () => {
  const a = await makeUser("INSTRUCTOR");
  const b = await makeUser("INSTRUCTOR");
  const student = await makeUser();
  const deck = await makeDeckWithNotes(a.id, []);
  await enrol(a.id, student.id, [deck.id]);
  const preset = await presetOfDeck(a.id, deck.id);
  const bDeck = await makeDeckWithNotes(b.id, []);
  const bPreset = await presetOfDeck(b.id, bDeck.id);
  const attempts = (who: { id: string }): [string, () => Promise<unknown>][] => [
    ["read A's deck preset", () => presetOfDeck(who.id, deck.id)],
    ["create a preset on A's deck", () => createPresetForDeck(who.id, deck.id, "mine")],
    ["rename A's preset", () => renamePreset(who.id, preset.id, "pwned")],
    ["change A's preset options", () => updatePresetOptions(who.id, preset.id, { ...preset, newPerDay: 999 })],
    ["delete A's preset", () => deletePreset(who.id, preset.id)],
    ["put A's deck on their own preset", () => assignPreset(who.id, deck.id, bPreset.id)],
  ];
  for (const who of [b, student]) {
    for (const [what, attempt] of attempts(who)) {
      it(`${who === b ? "another instructor" : "an enrolled student"} cannot ${what}`, async () => {
        await expect(attempt()).rejects.toThrow(NotFoundError);
        expect(await presetOfDeck(a.id, deck.id)).toEqual(preset);
      });
    }
  }
  it("the owner cannot put their deck on someone else's preset", async () => {
    await expect(assignPreset(a.id, deck.id, bPreset.id)).rejects.toThrow(NotFoundError);
    expect((await presetOfDeck(a.id, deck.id)).id).toBe(preset.id);
  });
  it("a student's own presets list shows none of A's", async () => {
    expect((await listPresets(student.id)).map((p) => p.id)).not.toContain(preset.id);
  });
});

describe("optimize all presets", () => {
  it("runs one optimizer job per preset with enough reviews, fitting on its decks, and schedules them with it", async () => {
    const owner = await makeUser();
    const a = await makeDeckWithNotes(owner.id, []);
    const b = await makeDeckWithNotes(owner.id, []);
    const small = await makeDeckWithNotes(owner.id, []);
    const shared = await createPresetForDeck(owner.id, a.id, "Shared");
    await assignPreset(owner.id, b.id, shared);
    const seededA = await seedReviewHistory(owner.id, a.id, syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: 1500, seed: 3 }));
    const seededB = await seedReviewHistory(owner.id, b.id, syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: 1500, seed: 4 }));
    await seedReviewHistory(owner.id, small.id, syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: 50, seed: 5 }));
    const plan = await queuePresetOptimizations(owner.id, now);
    expect(plan.queued).toEqual(["Shared"]);
    expect(plan.skipped).toEqual([{ name: small.title, answers: expect.any(Number) }]);
    await expect(queuePresetOptimizations(owner.id, now)).rejects.toThrow(ConflictError);
    for (const id of plan.jobIds) await runOptimizeJob(id);
    const job = await db().optimizeJob.findUniqueOrThrow({ where: { id: plan.jobIds[0] } });
    expect(job).toMatchObject({ status: "done", scope: `preset:${shared}` });
    expect((job.result as { reviews: number }).reviews).toBe(seededA.reviews + seededB.reviews); // both decks' reviews
    const params = await db().fsrsParams.findUniqueOrThrow({ where: { userId_scope: { userId: owner.id, scope: `preset:${shared}` } } });
    expect(params.weights).toHaveLength(21);
    const options = await deckOptionsFor(owner.id, [a.id, b.id, small.id]);
    expect(options.get(a.id)!.weights).toEqual(params.weights);
    expect(options.get(b.id)!.weights).toEqual(params.weights);
    expect(options.get(small.id)!.weights).toBeUndefined();
  });

  it("refuses with a clear message when no preset has enough reviews", async () => {
    const owner = await makeUser();
    await makeDeckWithNotes(owner.id, []);
    await expect(queuePresetOptimizations(owner.id, now)).rejects.toThrow(/No preset has enough reviews/);
  });
});
