// The people and things of the security sweep. Instructor A teaches class K (students S and the
// classmate S2) and class KS (S alone); S also keeps a private deck DS that S has studied.
// Instructor B teaches class K2 with student S3. The attackers are an anonymous visitor, S2 (another
// student of the same class), S3 (a student of another class) and B (an instructor of another
// class); every id they are handed belongs to A or S. One more: the owner's own cookie after its
// server-side session has ended (signed out everywhere), which must count as signed out.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createNote } from "@/lib/data/notes";
import { createSource } from "@/lib/data/sources";
import { createAssignment } from "@/lib/data/assignments";
import { createPresetForDeck } from "@/lib/data/presets";
import { gradeCard } from "@/lib/data/review/grade";
import { createSession } from "@/lib/auth/sessions";
import { default_w } from "ts-fsrs";
import { defaultMediaStore } from "@/lib/data/anki-import";
import { writePackage } from "@/lib/anki/write-package";
import { fixtureCollection, fixtureMedia } from "../../unit/anki/fixture";
import { enrol, makeDeckWithNotes, makeUser } from "../factories";

export const ACTORS = ["anonymous", "signedOutOwner", "classmate", "studentOfAnotherClass", "instructorOfAnotherClass"] as const;
export type Actor = (typeof ACTORS)[number];

/** Text that must never appear in a response to an attacker. */
export const SECRET = "secret-question-7f3a";

export async function buildWorld() {
  const now = new Date();
  const instructorA = await makeUser("INSTRUCTOR");
  const instructorB = await makeUser("INSTRUCTOR");
  const student = await makeUser();
  const classmate = await makeUser();
  const outsider = await makeUser();

  const deck = await makeDeckWithNotes(instructorA.id, [{ front: SECRET, back: "secret answer" }, { front: "second", back: "two" }]);
  const note = await db().note.findFirstOrThrow({ where: { deckId: deck.id }, orderBy: { position: "asc" }, include: { cards: true } });
  const klass = await enrol(instructorA.id, student.id, [deck.id]);
  await db().enrollment.create({ data: { classId: klass.id, userId: classmate.id } });
  const soloClass = await enrol(instructorA.id, student.id, [deck.id]);
  const classToLeave = await enrol(instructorA.id, student.id, []);
  const otherClass = await enrol(instructorB.id, outsider.id, []);
  const deckOfB = await makeDeckWithNotes(instructorB.id, [{ front: "B's own card" }]);
  const spareDeck = await makeDeckWithNotes(instructorA.id, [{ front: "A's unassigned deck" }]);

  // S's private deck, studied once, so it has a card state, a review log and a review day.
  const privateDeck = await makeDeckWithNotes(student.id, [{ front: `${SECRET} (private)`, back: "private answer" }]);
  const privateCard = await db().card.findFirstOrThrow({ where: { note: { deckId: privateDeck.id } } });
  await gradeCard(student.id, { cardId: privateCard.id, rating: 3, expectedVersion: null, requestId: randomUUID(), durationMs: 2000 }, now);
  const privateState = await db().cardState.findFirstOrThrow({ where: { cardId: privateCard.id, userId: student.id } });

  // S's personal weights for the private deck, with the defaults as "previous": revert and reset have work to do.
  await db().fsrsParams.create({ data: { userId: student.id, scope: privateDeck.id, weights: default_w.map((x) => x * 1.01), previousWeights: [...default_w] } });
  // S knows the class deck's first card weakly: due after the exam, but below target on exam day
  // (so S has something to cram, and A's "reset for everyone" has a state to clear).
  const DAY = 86_400_000;
  await db().cardState.create({ data: {
    userId: student.id, cardId: note.cards[0].id, deckId: deck.id, due: new Date(now.getTime() + 7 * DAY), stability: 1, difficulty: 5,
    elapsedDays: 1, scheduledDays: 7, learningSteps: 0, reps: 3, lapses: 0, state: 2, lastReview: new Date(now.getTime() - DAY),
  } });
  const presetId = await createPresetForDeck(instructorA.id, deck.id, "A's preset");
  const job = await db().optimizeJob.create({ data: { userId: student.id, kind: "reschedule", scope: privateDeck.id, status: "failed", error: "interrupted" } });
  const studentSession = await createSession(db(), student.id, "S's laptop", now);

  const source = await createSource(instructorA.id, { title: "A's chapter", filename: null, text: `# One\n\n${SECRET} is a sentence.` });
  const chapter = await db().chapter.create({ data: { sourceId: source.id, index: 0, title: "One", cleanedText: `${SECRET} is a sentence.`, structure: {} } });
  const candidate = await db().cardCandidate.create({
    data: { chapterId: chapter.id, kind: "qa", front: SECRET, back: "a sentence", sentenceIds: [0], rule: "sweep", score: 1, position: 0, status: "APPROVED" },
  });

  const processingSource = await createSource(instructorA.id, { title: "A's import in progress", filename: null, text: `# Two\n\n${SECRET}.` });
  await db().source.update({ where: { id: processingSource.id }, data: { status: "processing", progress: 0.5 } });

  // A media file of S's private deck, in the media store (MEDIA_DIR: the test's temporary folder).
  const mediaName = "private.png";
  const store = defaultMediaStore();
  const staged = await store.stage(new TextEncoder().encode(`${SECRET} (private) media`), mediaName);
  await store.commit([staged]);
  await db().deckMedia.create({ data: { deckId: privateDeck.id, name: mediaName, sha256: staged.sha256, size: staged.size, contentType: "image/png" } });
  const ankiPackage = await writePackage(fixtureCollection(), fixtureMedia(), { legacy: true });

  const day = (n: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + n));
  const assignment = await createAssignment(instructorA.id, soloClass.id, {
    title: "A's assignment", deckId: deck.id, chapterIds: [], tags: [], startAt: day(-1), dueAt: day(3), examAt: day(5), targetRecall: 0.9, examAware: true,
  });
  // Scores are entered from the exam day on, so the score case uses an assignment whose exam is over.
  const pastAssignment = await createAssignment(instructorA.id, soloClass.id, {
    title: "A's past exam", deckId: deck.id, chapterIds: [], tags: [], startAt: day(-10), dueAt: day(-5), examAt: day(-2), targetRecall: 0.9, examAware: true,
  });
  await createNote(instructorA.id, deck.id, { kind: "BASIC", front: "third", back: "three" });

  const users: Record<Exclude<Actor, "anonymous" | "signedOutOwner">, string> = {
    classmate: classmate.id, studentOfAnotherClass: outsider.id, instructorOfAnotherClass: instructorB.id,
  };
  return {
    users, instructorA, instructorB, student, classmate, outsider,
    deck, note, cardIds: note.cards.map((c) => c.id), klass, soloClass, classToLeave, otherClass, deckOfB, spareDeck,
    privateDeck, privateCard, privateState, presetId, job, studentSession,
    source, processingSource, chapter, candidate, mediaName, ankiPackage, chapterPath: `/import/${source.id}/${chapter.id}`, assignment, pastAssignment,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;

/** The version of S's private card now (the owner controls answer it, so it moves). */
export async function privateVersion(w: World): Promise<number> {
  return (await db().cardState.findUniqueOrThrow({ where: { id: w.privateState.id } })).version;
}

/** A FormData from plain fields (arrays become repeated fields). */
export function form(fields: Record<string, string | string[] | File> = {}): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) f.append(k, item);
  return f;
}
