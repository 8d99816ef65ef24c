// Demo history, so dashboards and the memory model show something real on first run: classmates of
// the demo student in History 201 with a few weeks of answers (one diligent, one who stopped, one
// who keeps forgetting, one who just joined), and a student with months of answers on a personal
// deck of world capitals — enough to optimize personal FSRS parameters. The demo student
// (student@lectern.test) keeps a fresh start. Answers come from lib/optimizer's synthetic student
// (recall drawn from FSRS with known weights), shifted to end today; nothing after `now`.
import { default_w } from "ts-fsrs";
import { db } from "@/lib/db";
import { createAccount } from "@/lib/auth/accounts";
import { createDeck } from "@/lib/data/decks";
import { importNotes } from "@/lib/data/notes";
import { insertReviewHistory, type PastAnswer } from "@/lib/data/review-history";
import { deckOptionsFor } from "@/lib/data/review/deck-options";
import { FORGETFUL_WEIGHTS, seededRandom, syntheticHistory } from "@/lib/optimizer";
import type { DeckOptions, Rating } from "@/lib/srs/types";
import { CAPITALS } from "./seed-data/capitals";

const DAY = 86_400_000;

/** The deck's cards in source order, and its options as the scheduler applies them for `userId`. */
async function deckOptions(userId: string, deckId: string): Promise<{ options: DeckOptions; cards: string[] }> {
  const cards = await db().card.findMany({ where: { deckId }, select: { id: true }, orderBy: { position: "asc" } });
  return { cards: cards.map((c) => c.id), options: (await deckOptionsFor(userId, [deckId])).get(deckId)! };
}

type Profile = { weights: readonly number[]; daysAgo: number; stoppedDaysAgo: number; newPerDay: number; seed: number; dayAligned?: boolean };

/** A synthetic student's answers on these cards, from `daysAgo` until `stoppedDaysAgo`. */
function answersFor(cards: string[], p: Profile, now: Date): PastAnswer[] {
  // Day-aligned histories start at a UTC midnight, so their study sessions (08:00–22:00 UTC) fall on
  // the same study days whatever the hour the seed runs; otherwise the sessions shift with the clock
  // and cross day boundaries differently, and an optimizer fit on them can win at one hour and lose
  // at another (the e2e test of optimizing failed at 15:54 UTC and passed at 13:48).
  const anchor = p.dayAligned ? Math.floor(now.getTime() / DAY) * DAY : now.getTime();
  const start = new Date(anchor - p.daysAgo * DAY);
  const until = now.getTime() - p.stoppedDaysAgo * DAY - 3_600_000;
  const rows = syntheticHistory({ trueWeights: p.weights, reviews: cards.length * 40, newPerDay: p.newPerDay, days: p.daysAgo, seed: p.seed, start });
  const random = seededRandom(p.seed + 99);
  return rows
    .map((r) => ({ index: Number(r.cardId.slice(1)), r }))
    .filter(({ index, r }) => index < cards.length && r.review.getTime() < until)
    .map(({ index, r }) => ({ cardId: cards[index], rating: r.rating as Rating, review: r.review, durationMs: Math.round(3000 + random() * 12000) }));
}

async function student(name: string, email: string, password: string) {
  const r = await createAccount(db(), { email, name, password, role: "STUDENT" });
  if (!r.ok) throw new Error(r.message);
  return r.user;
}

export async function seedDemoHistory(opts: { classId: string; deckId: string; password: string; now: Date }): Promise<string> {
  const { classId, deckId, password, now } = opts;
  const classmates: [string, string, Profile][] = [
    ["Ana Diligent", "ana@lectern.test", { weights: default_w, daysAgo: 45, stoppedDaysAgo: 0, newPerDay: 3, seed: 11 }],
    ["Ben Stopped", "ben@lectern.test", { weights: default_w, daysAgo: 40, stoppedDaysAgo: 12, newPerDay: 4, seed: 12 }],
    ["Chen Forgetful", "chen@lectern.test", { weights: FORGETFUL_WEIGHTS, daysAgo: 35, stoppedDaysAgo: 1, newPerDay: 5, seed: 13 }],
    ["Dara Newcomer", "dara@lectern.test", { weights: default_w, daysAgo: 4, stoppedDaysAgo: 0, newPerDay: 3, seed: 14 }],
  ];
  for (const [name, email, profile] of classmates) {
    const u = await student(name, email, password);
    await db().enrollment.create({ data: { classId, userId: u.id, joinedAt: new Date(now.getTime() - profile.daysAgo * DAY) } });
    const { options, cards } = await deckOptions(u.id, deckId);
    await insertReviewHistory(u.id, deckId, answersFor(cards, profile, now), options);
  }

  const maya = await student("Maya Memory", "maya@lectern.test", password);
  const capitals = await createDeck(maya.id, { title: "World capitals", description: "Country → capital. A personal deck with five months of history." });
  await importNotes(maya.id, capitals.id, CAPITALS.map(([country, capital]) => ({ kind: "BASIC", front: country, back: capital, tags: ["geography"] })));
  const mine = await deckOptions(maya.id, capitals.id);
  const history = await insertReviewHistory(maya.id, capitals.id, answersFor(mine.cards, { weights: FORGETFUL_WEIGHTS, daysAgo: 150, stoppedDaysAgo: 0, newPerDay: 6, seed: 21, dayAligned: true }, now), mine.options);
  return `maya@lectern.test (${history.reviews} answers on a personal deck: try Settings → Memory model)`;
}

/**
 * The sample chapter the demo deck was written from, imported through the real pipeline (clean-up,
 * offline card generation) so the instructor's Import page has candidates to review, and the demo
 * notes point at that chapter (per-chapter mastery in the students' stats).
 */
export async function seedDemoImport(opts: { instructorId: string; deckId: string }): Promise<void> {
  const { readFileSync, existsSync } = await import("node:fs");
  const { createSource } = await import("@/lib/data/sources");
  const { processSource } = await import("@/lib/data/process-source");
  const { offlineGenerator } = await import("@/lib/cards");
  const file = "tests/fixtures/chapters/carr-ch11.md";
  if (!existsSync(file)) return; // a trimmed deployment without fixtures: the rest of the demo still works
  const source = await createSource(opts.instructorId, { title: "Carr, Socialism in One Country, vol. 2, ch. 11", filename: "carr-ch11.md", text: readFileSync(file, "utf8") });
  await processSource(source.id, offlineGenerator);
  const chapters = await db().chapter.findMany({ where: { sourceId: source.id }, select: { id: true, cleanedText: true } });
  const chapter = chapters.sort((a, b) => b.cleanedText.length - a.cleanedText.length)[0]; // the body, not front matter
  if (chapter) await db().note.updateMany({ where: { deckId: opts.deckId }, data: { chapterId: chapter.id } });
}
