import "server-only";
// Classes: an instructor's group of students with assigned decks, joined by code.
import { randomInt } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError, ValidationError } from "./errors";
import { requireOwnedClass, requireOwnedDeck } from "./access";
import { issueResetToken } from "@/lib/auth/reset-tokens";
import { blockedFor, recordFailure, type Policy } from "@/lib/auth/throttle";

// No 0/O, 1/I/L: codes are read aloud and copied from slides. Three groups of four from 31
// symbols is 59 bits, far past guessing even without the join limits below; classes made before
// this keep their two-group code (40 bits) until the instructor makes a new one.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const GROUPS = 3;

export function newJoinCode(): string {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return Array.from({ length: GROUPS }, pick).join("-");
}

/** "abcd efgh-jkmn" → "ABCD-EFGH-JKMN"; old two-group codes normalise the same way. */
export function normalizeJoinCode(code: string): string {
  return code.trim().toUpperCase().replace(/[^A-Z0-9]/g, "").replace(/(.{4})(?=.)/g, "$1-");
}

// Wrong join codes are counted per user and per client address (a classroom joins from one).
const HOUR = 3600;
const joinPolicies = {
  user: { windowS: HOUR, free: 10, baseDelayS: 60, maxDelayS: HOUR, sliding: true },
  address: { windowS: HOUR, free: 100, baseDelayS: HOUR, maxDelayS: HOUR, sliding: false },
} satisfies Record<string, Policy>;

async function withUniqueCode<T>(create: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create(newJoinCode());
    } catch (err) {
      const clash = err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002";
      if (!clash || attempt >= 5) throw err;
    }
  }
}

export async function createClass(instructorId: string, name: string) {
  return withUniqueCode((joinCode) => db().class.create({ data: { ownerId: instructorId, name: name.trim(), joinCode } }));
}

export async function renameClass(instructorId: string, classId: string, name: string) {
  await requireOwnedClass(instructorId, classId);
  return db().class.update({ where: { id: classId }, data: { name: name.trim() } });
}

export async function regenerateJoinCode(instructorId: string, classId: string) {
  await requireOwnedClass(instructorId, classId);
  return withUniqueCode((joinCode) => db().class.update({ where: { id: classId }, data: { joinCode } }));
}

export async function deleteClass(instructorId: string, classId: string) {
  await requireOwnedClass(instructorId, classId);
  await db().class.delete({ where: { id: classId } }); // decks and students' reviews stay
}

export async function listOwnedClasses(instructorId: string) {
  const classes = await db().class.findMany({
    where: { ownerId: instructorId },
    orderBy: { createdAt: "asc" },
    include: { _count: { select: { enrollments: true, decks: { where: { deck: { deletedAt: null } } } } } },
  });
  return classes.map((c) => ({ id: c.id, name: c.name, joinCode: c.joinCode, students: c._count.enrollments, decks: c._count.decks }));
}

export async function getOwnedClass(instructorId: string, classId: string) {
  await requireOwnedClass(instructorId, classId);
  const [klass, ownDecks] = await Promise.all([
    db().class.findUniqueOrThrow({
      where: { id: classId },
      include: {
        enrollments: { include: { user: { select: { id: true, name: true, email: true } } }, orderBy: { joinedAt: "asc" } },
        decks: { where: { deck: { deletedAt: null } }, include: { deck: { select: { id: true, title: true, archivedAt: true } } }, orderBy: { assignedAt: "asc" } },
      },
    }),
    db().deck.findMany({ where: { ownerId: instructorId, archivedAt: null, deletedAt: null }, select: { id: true, title: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const assigned = new Set(klass.decks.map((d) => d.deckId));
  return {
    id: klass.id, name: klass.name, joinCode: klass.joinCode,
    students: klass.enrollments.map((e) => ({ id: e.user.id, name: e.user.name, email: e.user.email, joinedAt: e.joinedAt })),
    decks: klass.decks.map((d) => ({ id: d.deck.id, title: d.deck.title, archived: !!d.deck.archivedAt })),
    assignable: ownDecks.filter((d) => !assigned.has(d.id)),
  };
}

export async function assignDeck(instructorId: string, classId: string, deckId: string) {
  await Promise.all([requireOwnedClass(instructorId, classId), requireOwnedDeck(instructorId, deckId)]);
  await db().classDeck.upsert({ where: { classId_deckId: { classId, deckId } }, create: { classId, deckId }, update: {} });
}

/** Students keep their review history; the deck simply leaves their Today queue. */
export async function unassignDeck(instructorId: string, classId: string, deckId: string) {
  await requireOwnedClass(instructorId, classId);
  await db().classDeck.deleteMany({ where: { classId, deckId } });
}

export async function removeStudent(instructorId: string, classId: string, studentId: string) {
  await requireOwnedClass(instructorId, classId);
  const res = await db().enrollment.deleteMany({ where: { classId, userId: studentId } });
  if (res.count === 0) throw new NotFoundError("That student");
}

/**
 * A one-time password reset link for a student of the instructor's class (never for another
 * instructor who joined it, whose own classes would be exposed). Returns the token for the link.
 */
export async function issueStudentResetToken(instructorId: string, classId: string, studentId: string, now: Date): Promise<{ token: string; name: string }> {
  await requireOwnedClass(instructorId, classId);
  const enrolled = await db().enrollment.findUnique({ where: { classId_userId: { classId, userId: studentId } }, select: { user: { select: { name: true, role: true } } } });
  if (!enrolled || enrolled.user.role !== "STUDENT") throw new NotFoundError("That student");
  return { token: await issueResetToken(db(), studentId, instructorId, now), name: enrolled.user.name };
}

export async function joinClass(userId: string, code: string, context: { address: string | null; now: Date } = { address: null, now: new Date() }) {
  const counted = [{ key: `join-user:${userId}`, policy: joinPolicies.user }, ...(context.address ? [{ key: `join-address:${context.address}`, policy: joinPolicies.address }] : [])];
  const wait = await blockedFor(db(), counted.map((c) => c.key), context.now);
  if (wait > 0) throw new ValidationError(`Too many wrong join codes. Try again in ${Math.ceil(wait / 60_000)} minute(s), or check the code with your instructor.`, "code");
  const klass = await db().class.findUnique({ where: { joinCode: normalizeJoinCode(code) } });
  if (!klass) {
    await Promise.all(counted.map((c) => recordFailure(db(), c.key, c.policy, context.now)));
    throw new ValidationError("No class has that join code. Check it with your instructor.", "code");
  }
  if (klass.ownerId === userId) throw new ValidationError("You teach this class, so you can't join it as a student.", "code");
  await db().enrollment.upsert({ where: { classId_userId: { classId: klass.id, userId } }, create: { classId: klass.id, userId }, update: {} });
  return klass;
}

export async function leaveClass(userId: string, classId: string) {
  const res = await db().enrollment.deleteMany({ where: { classId, userId } });
  if (res.count === 0) throw new NotFoundError("That class");
}

export async function listEnrollments(userId: string) {
  const rows = await db().enrollment.findMany({
    where: { userId },
    include: { class: { select: { id: true, name: true, owner: { select: { name: true } }, _count: { select: { decks: { where: { deck: { deletedAt: null } } } } } } } },
    orderBy: { joinedAt: "asc" },
  });
  return rows.map((r) => ({ id: r.class.id, name: r.class.name, teacher: r.class.owner.name, decks: r.class._count.decks }));
}
