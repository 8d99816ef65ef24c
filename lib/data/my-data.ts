import "server-only";
// A user's own data: everything about them as one JSON document (cards they study, every answer,
// their settings), and deleting their account. Both act only on the acting user.
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { ConflictError, ValidationError } from "./errors";

export const EXPORT_FORMAT = "lectern-my-data/1";

export async function exportMyData(userId: string, now: Date) {
  const [user, decks, cardStates, reviews, fsrsParams, enrollments] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, role: true, timeZone: true, dayStartHour: true, createdAt: true } }),
    db().deck.findMany({
      where: { ownerId: userId },
      select: { id: true, title: true, description: true, desiredRetention: true, notes: { select: { id: true, kind: true, front: true, back: true, context: true, tags: true, position: true }, orderBy: { position: "asc" } } },
    }),
    db().cardState.findMany({
      where: { userId },
      select: {
        cardId: true, deckId: true, due: true, stability: true, difficulty: true, reps: true, lapses: true, state: true,
        lastReview: true, suspended: true, buriedUntil: true, leech: true,
        card: { select: { ordinal: true, note: { select: { kind: true, front: true, back: true, context: true, tags: true } } } },
      },
    }),
    db().reviewLog.findMany({
      where: { userId },
      orderBy: { review: "asc" },
      select: { cardId: true, deckId: true, rating: true, state: true, due: true, stability: true, difficulty: true, elapsedDays: true, scheduledDays: true, review: true, durationMs: true },
    }),
    db().fsrsParams.findMany({ where: { userId }, select: { scope: true, weights: true, desiredRetention: true, ignoreBefore: true, updatedAt: true } }),
    db().enrollment.findMany({ where: { userId }, select: { class: { select: { name: true } } } }),
  ]);
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    settings: { ...user, fsrs: fsrsParams, classes: enrollments.map((e) => e.class.name) },
    decks,
    cards: cardStates,
    reviews,
  };
}

/**
 * Deletes the account and everything that belongs to it (cascade): its answers leave class
 * statistics. Asks for the password again. An instructor who still owns classes is refused, since
 * deleting them would take their students' class decks away.
 */
export async function deleteMyAccount(userId: string, password: string): Promise<void> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, _count: { select: { classes: true } } } });
  if (!(await verifyPassword(user.passwordHash, password))) throw new ValidationError("That password is not right.", "password");
  if (user._count.classes > 0) throw new ConflictError("You still own classes. Delete them (or ask an administrator to move them) before deleting your account.");
  await db().user.delete({ where: { id: userId } });
}
