import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticate } from "@/lib/auth/accounts";
import { changePassword } from "@/lib/auth/change-password";
import { requestPasswordReset } from "@/lib/auth/forgot";
import { issueResetToken, resetPassword, resetTokenUsable } from "@/lib/auth/reset-tokens";
import { checkSession, createSession, endOtherSessions, endSession, listSessions, sessionUser, TOUCH_EVERY_MS } from "@/lib/auth/sessions";
import { issueStudentResetToken } from "@/lib/data/classes";
import { NotFoundError } from "@/lib/data/errors";
import { enrol, makeUser } from "../support/factories";

const t0 = new Date("2026-03-01T10:00:00Z");
const later = (ms: number) => new Date(t0.getTime() + ms);
const OLD = "correct horse battery";
const NEW = "a brand new passphrase";
const signIn = (email: string, password: string) => authenticate(db(), { email, password, address: null, deviceId: "d" }, later(1000));

describe("server-side sessions", () => {
  it("accept their own user only, touch last-seen at most every few minutes, and stop working once ended", async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const sid = await createSession(db(), a.id, "Mozilla/5.0 (X11; Linux x86_64) Firefox/120.0", t0);
    expect(await checkSession(db(), a.id, sid, later(60_000))).toBe(true);
    expect(await checkSession(db(), b.id, sid, later(60_000))).toBe(false);
    expect((await db().authSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(t0);
    await checkSession(db(), a.id, sid, later(TOUCH_EVERY_MS + 1));
    expect((await db().authSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(later(TOUCH_EVERY_MS + 1));
    expect((await listSessions(db(), a.id, sid))[0]).toMatchObject({ device: "Firefox on Linux", current: true });
    expect(await endSession(db(), b.id, sid)).toBe(false); // someone else's session is not theirs to end
    expect(await endSession(db(), a.id, sid)).toBe(true);
    expect(await checkSession(db(), a.id, sid, later(120_000))).toBe(false);
  });

  it("sessionUser (every request's one statement) gives the session's own user, touches last-seen like checkSession, and nothing once ended", async () => {
    const [a, b] = [await makeUser(), await makeUser()];
    const sid = await createSession(db(), a.id, "", t0);
    expect(await sessionUser(a.id, sid, later(60_000))).toEqual({ id: a.id, email: a.email, name: a.name, role: a.role, timeZone: "UTC", dayStartHour: 4 });
    expect(await sessionUser(b.id, sid, later(60_000))).toBeNull();
    expect((await db().authSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(t0);
    await sessionUser(a.id, sid, later(TOUCH_EVERY_MS + 1));
    expect((await db().authSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(later(TOUCH_EVERY_MS + 1));
    await endOtherSessions(db(), a.id, null);
    expect(await sessionUser(a.id, sid, later(120_000))).toBeNull();
  });

  it("sign out everywhere ends all of them", async () => {
    const a = await makeUser();
    const ids = await Promise.all([1, 2, 3].map(() => createSession(db(), a.id, "", t0)));
    expect(await endOtherSessions(db(), a.id, null)).toBe(3);
    for (const id of ids) expect(await checkSession(db(), a.id, id, t0)).toBe(false);
  });
});

describe("changing a password", () => {
  it("needs the current password, and ends every other session but this one", async () => {
    const u = await makeUser();
    const [mine, other] = [await createSession(db(), u.id, "", t0), await createSession(db(), u.id, "", t0)];
    const input = { sessionId: mine, address: null, deviceId: null };
    expect(await changePassword(db(), u, { ...input, current: "not my password", next: NEW }, t0)).toMatchObject({ ok: false, field: "current" });
    expect(await changePassword(db(), u, { ...input, current: OLD, next: "short" }, t0)).toMatchObject({ ok: false, field: "password" });
    expect(await checkSession(db(), u.id, other, t0)).toBe(true); // nothing changed yet
    expect(await changePassword(db(), u, { ...input, current: OLD, next: NEW }, t0)).toEqual({ ok: true, endedSessions: 1 });
    expect(await checkSession(db(), u.id, other, t0)).toBe(false);
    expect(await checkSession(db(), u.id, mine, t0)).toBe(true);
    expect((await signIn(u.email, OLD)).ok).toBe(false);
    expect((await signIn(u.email, NEW)).ok).toBe(true);
  });
});

describe("password reset links", () => {
  it("work once, end every session, and the old password stops working", async () => {
    const u = await makeUser();
    const session = await createSession(db(), u.id, "", t0);
    const token = await issueResetToken(db(), u.id, null, t0);
    expect(await db().passwordResetToken.count({ where: { tokenHash: token } })).toBe(0); // stored hashed
    expect(await resetPassword(db(), token, "short", later(1000))).toMatchObject({ ok: false, field: "password" });
    expect(await resetTokenUsable(db(), token, later(1000))).toBe(true); // a weak password doesn't use up the link
    const [first, second] = await Promise.all([resetPassword(db(), token, NEW, later(2000)), resetPassword(db(), token, "another new passphrase", later(2000))]);
    expect([first.ok, second.ok].filter(Boolean)).toHaveLength(1);
    expect(await checkSession(db(), u.id, session, later(3000))).toBe(false);
    expect(await resetPassword(db(), token, "yet another passphrase", later(3000))).toMatchObject({ ok: false, field: "token" });
    expect((await signIn(u.email, OLD)).ok).toBe(false);
  });

  it("expire after 24 hours, and a newer link withdraws the older one", async () => {
    const u = await makeUser();
    const old = await issueResetToken(db(), u.id, null, t0);
    expect(await resetPassword(db(), old, NEW, later(24 * 3600_000 + 1))).toMatchObject({ ok: false, field: "token" });
    const first = await issueResetToken(db(), u.id, null, t0);
    const second = await issueResetToken(db(), u.id, null, t0);
    expect(await resetTokenUsable(db(), first, later(1000))).toBe(false);
    expect((await resetPassword(db(), second, NEW, later(1000))).ok).toBe(true);
  });

  it("are issued by an instructor only for a student enrolled in their own class", async () => {
    const [teacher, stranger, student, outsider, colleague] = [await makeUser("INSTRUCTOR"), await makeUser("INSTRUCTOR"), await makeUser(), await makeUser(), await makeUser("INSTRUCTOR")];
    const klass = await enrol(teacher.id, student.id, []);
    await db().enrollment.create({ data: { classId: klass.id, userId: colleague.id } });
    const { token } = await issueStudentResetToken(teacher.id, klass.id, student.id, t0);
    expect(await resetTokenUsable(db(), token, later(1000))).toBe(true);
    await expect(issueStudentResetToken(stranger.id, klass.id, student.id, t0)).rejects.toThrow(NotFoundError);
    await expect(issueStudentResetToken(teacher.id, klass.id, outsider.id, t0)).rejects.toThrow(NotFoundError);
    await expect(issueStudentResetToken(teacher.id, klass.id, colleague.id, t0)).rejects.toThrow(NotFoundError);
  });
});

describe("forgot password", () => {
  it("answers the same for known and unknown emails, and is throttled per email", async () => {
    const u = await makeUser();
    const known = await requestPasswordReset(db(), { email: u.email.toUpperCase(), address: "10.9.9.9" }, t0);
    expect(known).toMatchObject({ status: "accepted", mail: { to: u.email } });
    expect(await requestPasswordReset(db(), { email: "nobody-here@example.test", address: "10.9.9.9" }, t0)).toEqual({ status: "accepted", mail: null });
    await requestPasswordReset(db(), { email: u.email, address: null }, t0);
    await requestPasswordReset(db(), { email: u.email, address: null }, t0);
    expect(await requestPasswordReset(db(), { email: u.email, address: null }, later(1000))).toEqual({ status: "throttled" });
    expect((await requestPasswordReset(db(), { email: u.email, address: null }, later(3600_000 + 1000))).status).toBe("accepted");
  });
});
