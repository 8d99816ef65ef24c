import "server-only";
import { db } from "@/lib/db";

export async function updateStudyPreferences(userId: string, input: { name: string; timeZone: string; dayStartHour: number }) {
  return db().user.update({ where: { id: userId }, data: input, select: { id: true } });
}
