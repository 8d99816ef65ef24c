// Test data builders for integration tests. Each call makes unique rows so tests can share one database.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createAccount, type Role } from "@/lib/auth/accounts";

export async function makeUser(role: Role = "STUDENT", overrides: { timeZone?: string; dayStartHour?: number } = {}) {
  const email = `${role.toLowerCase()}-${randomUUID()}@example.test`;
  const result = await createAccount(db(), { email, name: `${role} ${email.slice(0, 8)}`, password: "correct horse battery", role });
  if (!result.ok) throw new Error(result.message);
  if (overrides.timeZone || overrides.dayStartHour !== undefined) {
    await db().user.update({ where: { id: result.user.id }, data: overrides });
  }
  return { ...result.user, timeZone: overrides.timeZone ?? "UTC", dayStartHour: overrides.dayStartHour ?? 4 };
}
