import "server-only";
// Learning from the instructor: every approve, edit and reject in the import review is stored on
// the candidate with its feature vector; the author's next import, and every chapter they
// regenerate, is ranked by a model refitted from those decisions once there are enough
// (lib/data/generate-options.ts). A refit on the 5000 newest decisions takes about 0.1 s.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { refitFromDecisions, type Decision } from "@/lib/cards/rank/refit";
import type { Weights } from "@/lib/cards/rank/model";

/** The author's refitted ranker weights, or null while they have too few decisions. */
export async function authorRankerWeights(userId: string, now = new Date()): Promise<Weights | null> {
  const rows = await db().cardCandidate.findMany({
    where: { chapter: { source: { ownerId: userId } }, status: { in: ["APPROVED", "PUBLISHED", "REJECTED"] }, features: { not: Prisma.DbNull } },
    select: { status: true, edited: true, features: true },
    orderBy: { updatedAt: "desc" },
    take: 5000,
  });
  const decisions: Decision[] = rows.flatMap((r) =>
    Array.isArray(r.features) && r.features.every((v) => typeof v === "number")
      ? [{ features: r.features as number[], decision: r.status === "REJECTED" ? "rejected" : r.edited ? "edited" : "approved" } as const]
      : []);
  return refitFromDecisions(decisions, undefined, now);
}
