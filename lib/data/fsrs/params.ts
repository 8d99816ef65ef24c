import "server-only";
// The student's stored FSRS settings per scope: fitted weights (with the previous set kept for
// revert), the metrics that justified them, and an optional personal retention target.
import { default_w } from "ts-fsrs";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { revertWeights, type Metrics } from "@/lib/optimizer";
import { ValidationError } from "../errors";
import { ALL_DECKS, requireScope } from "./scope";

export type StoredMetrics = {
  before: Metrics;
  after: Metrics;
  items: number;
  reviews: number;
  fittedAt: string;
  reason: string;
};

export type FsrsParamsView = {
  scope: string;
  weights: number[] | null; // null: default FSRS-6 parameters
  previousWeights: number[] | null;
  metrics: StoredMetrics | null;
  desiredRetention: number | null;
  ignoreBefore: string | null; // "YYYY-MM-DD"
  updatedAt: Date;
};

const DEFAULTS: readonly number[] = default_w;

export async function listParams(userId: string): Promise<FsrsParamsView[]> {
  const rows = await db().fsrsParams.findMany({ where: { userId }, orderBy: { scope: "asc" } });
  return rows.map((r) => ({
    scope: r.scope,
    weights: r.weights.length === 21 ? r.weights : null,
    previousWeights: r.previousWeights.length === 21 ? r.previousWeights : null,
    metrics: (r.metrics as StoredMetrics | null) ?? null,
    desiredRetention: r.desiredRetention,
    ignoreBefore: r.ignoreBefore ? r.ignoreBefore.toISOString().slice(0, 10) : null,
    updatedAt: r.updatedAt,
  }));
}

/** The weights currently scheduling this scope: the scope's own, else all-decks, else the defaults. */
export async function effectiveWeights(userId: string, scope: string): Promise<{ weights: number[]; personal: boolean }> {
  const rows = await db().fsrsParams.findMany({ where: { userId, scope: { in: [scope, ALL_DECKS] } } });
  const own = rows.find((r) => r.scope === scope && r.weights.length === 21) ?? rows.find((r) => r.scope === ALL_DECKS && r.weights.length === 21);
  return own ? { weights: own.weights, personal: true } : { weights: [...DEFAULTS], personal: false };
}

const isDefault = (w: readonly number[]) => w.length === 21 && w.every((x, i) => Math.abs(x - DEFAULTS[i]) < 1e-12);

/**
 * Swap current and previous weights: undoes the last optimization, and a second revert redoes it.
 * Defaults are stored as [] so the page can say "default parameters".
 */
export async function revertParams(userId: string, scope: string): Promise<void> {
  await requireScope(userId, scope);
  const row = await db().fsrsParams.findUnique({ where: { userId_scope: { userId, scope } } });
  if (!row || row.previousWeights.length !== 21) throw new ValidationError("There are no previous parameters to go back to.");
  const current = row.weights.length === 21 ? row.weights : [...DEFAULTS];
  const { weights, previousWeights } = revertWeights({ weights: current, previousWeights: row.previousWeights })!;
  await db().fsrsParams.update({ where: { id: row.id }, data: { weights: isDefault(weights) ? [] : weights, previousWeights, metrics: Prisma.DbNull } });
}

/** Back to the default FSRS-6 parameters; the personal ones are kept as "previous" for a revert. */
export async function resetParams(userId: string, scope: string): Promise<void> {
  await requireScope(userId, scope);
  const row = await db().fsrsParams.findUnique({ where: { userId_scope: { userId, scope } } });
  if (!row || row.weights.length !== 21) throw new ValidationError("This scope already uses the default parameters.");
  await db().fsrsParams.update({ where: { id: row.id }, data: { weights: [], previousWeights: row.weights } });
}

/** The student's own desired retention for a scope (null: follow each deck's setting). */
export async function setPersonalRetention(userId: string, scope: string, retention: number | null): Promise<void> {
  await requireScope(userId, scope);
  if (retention !== null && !(retention >= 0.7 && retention <= 0.99)) throw new ValidationError("Choose a retention between 0.70 and 0.99.", "desiredRetention");
  await db().fsrsParams.upsert({
    where: { userId_scope: { userId, scope } },
    create: { userId, scope, weights: [], desiredRetention: retention },
    update: { desiredRetention: retention },
  });
}

export async function saveFittedWeights(userId: string, scope: string, weights: number[], previousWeights: number[], metrics: StoredMetrics): Promise<void> {
  await db().fsrsParams.upsert({
    where: { userId_scope: { userId, scope } },
    create: { userId, scope, weights, previousWeights, metrics },
    update: { weights, previousWeights, metrics },
  });
}

/** Anki's "ignore reviews before": answers before midnight UTC of `date` ("YYYY-MM-DD") no longer train or evaluate this scope; null clears it. */
export async function setIgnoreBefore(userId: string, scope: string, date: string | null): Promise<void> {
  await requireScope(userId, scope);
  const at = date === null ? null : new Date(`${date}T00:00:00Z`);
  if (at && (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== date)) throw new ValidationError("Choose a valid date.", "ignoreBefore");
  await db().fsrsParams.upsert({
    where: { userId_scope: { userId, scope } },
    create: { userId, scope, weights: [], ignoreBefore: at },
    update: { ignoreBefore: at },
  });
}

/** The scope's cut-off in ms (0 when none). */
export async function ignoreBeforeMs(userId: string, scope: string): Promise<number> {
  const row = await db().fsrsParams.findUnique({ where: { userId_scope: { userId, scope } }, select: { ignoreBefore: true } });
  return row?.ignoreBefore?.getTime() ?? 0;
}
