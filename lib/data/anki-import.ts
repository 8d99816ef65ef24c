import "server-only";
import { randomUUID } from "node:crypto";
// Imports an Anki package for one user in one transaction: decks (found or created by title),
// notes (linked by Anki guid, so re-imports update instead of duplicating), cards, the importing
// student's card states (replayed FSRS memory, suspended/buried flags) and review logs (keyed by
// revlog id, so they are never added twice). Media is staged on disk first and moved into the
// store only after the transaction commits.
import { db, type Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { mapCollection, type NoteDraft } from "@/lib/anki/to-lectern";
import { openPackage } from "@/lib/anki/package";
import { logDrafts, planCards, type CardPlan } from "@/lib/anki/schedule-plan";
import { DEFAULT_LIMITS, type AnkiPackage, type PackageLimits } from "@/lib/anki/types";
import { contentTypeOf } from "@/lib/media/content-type";
import { MediaTooLargeError, type MediaStore, type Staged } from "@/lib/media/store";
import { defaultMediaStore } from "@/lib/media/default-store";
import type { DeckOptions } from "@/lib/srs/types";
import { normalizeTags } from "./notes";

export type ConflictPolicy = "keep-newer" | "keep-mine";
export type AnkiImportOptions = {
  timeZone: string;
  rollover?: number; // hour the study day starts; default: the collection's own, else 4
  deckInto?: string; // put every note into this deck instead of the package's decks
  policy?: ConflictPolicy;
  limits?: PackageLimits;
  store?: MediaStore;
  now?: Date;
};
export type AnkiCounts = { decks: number; notetypes: number; notes: number; cards: number; media: number; reviews: number };
export type AnkiImportSummary = AnkiCounts & { notesAdded: number; notesUpdated: number; notesUnchanged: number; reviewsAdded: number; skipped: string[] };

// Lectern's deck defaults (prisma Deck): the replay uses them, as a freshly imported deck has them.
export const DECK_DEFAULTS: DeckOptions = {
  desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"], newPerDay: 20, reviewsPerDay: 200,
  leechThreshold: 8, leechAction: "SUSPEND",
};

export { defaultMediaStore };

export function packageLimits(): PackageLimits {
  return { ...DEFAULT_LIMITS, maxPackageBytes: env().MAX_ANKI_PACKAGE_BYTES };
}

/** What a package holds, without touching the database (the import preview). */
export async function previewAnkiPackage(bytes: Uint8Array, limits = packageLimits()): Promise<AnkiCounts & { skipped: string[] }> {
  const pkg = await openPackage(bytes, limits);
  return { ...packageCounts(pkg), skipped: [...pkg.skipped, ...mapCollection(pkg.collection).skipped] };
}

function packageCounts(pkg: AnkiPackage): AnkiCounts {
  const used = new Set(pkg.collection.cards.map((c) => c.deckId));
  const c = pkg.collection;
  return {
    decks: c.decks.filter((d) => used.has(d.id)).length, notetypes: new Set(c.notes.map((n) => n.notetypeId)).size,
    notes: c.notes.length, cards: c.cards.length, media: pkg.media.length, reviews: c.revlog.length,
  };
}

export async function importAnkiPackage(userId: string, bytes: Uint8Array, options: AnkiImportOptions): Promise<AnkiImportSummary> {
  const pkg = await openPackage(bytes, options.limits ?? packageLimits());
  const mapping = mapCollection(pkg.collection);
  const skipped = [...pkg.skipped, ...mapping.skipped];
  const clock = { timeZone: options.timeZone, dayStartHour: options.rollover ?? pkg.collection.rollover ?? 4 };
  const plans = planCards(pkg.collection.cards, pkg.collection.revlog, DECK_DEFAULTS, clock, pkg.collection.crt);
  const now = options.now ?? new Date();
  const store = options.store ?? defaultMediaStore();
  const staged: { name: string; file: Staged }[] = [];
  try {
    for (const m of pkg.media) {
      try {
        staged.push({ name: m.name, file: await store.stage(m.data, `media "${m.name}"`) });
      } catch (e) {
        if (!(e instanceof MediaTooLargeError)) throw e;
        skipped.push(e.message);
      }
    }
    const result = await db().$transaction((t) => write(t, userId, pkg, mapping.notes, plans, staged, { ...options, now }), { timeout: 600_000, maxWait: 30_000 });
    await store.commit(staged.map((s) => s.file));
    const counts = packageCounts(pkg);
    return { ...counts, media: staged.length, ...result, skipped };
  } catch (e) {
    await store.discard(staged.map((s) => s.file));
    throw e;
  }
}

type WriteResult = { notesAdded: number; notesUpdated: number; notesUnchanged: number; reviewsAdded: number };

const CHUNK = 2000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function noteData(draft: NoteDraft) {
  return { kind: draft.kind, front: draft.front, back: draft.back, tags: normalizeTags(draft.tags) };
}

async function write(t: Tx, userId: string, pkg: AnkiPackage, drafts: NoteDraft[], plans: Map<string, CardPlan>, staged: { name: string; file: Staged }[], options: AnkiImportOptions & { now: Date }): Promise<WriteResult> {
  const deckNames = new Map(pkg.collection.decks.map((d) => [d.id, d]));
  const deckIds = new Map<string, string>(); // Lectern deck title -> id
  const nextPosition = new Map<string, number>();
  const deckFor = async (ankiDeckId: string) => {
    const anki = deckNames.get(ankiDeckId);
    const title = (options.deckInto ?? anki?.name ?? "Imported from Anki").slice(0, 200);
    let id = deckIds.get(title);
    if (!id) {
      const found = await t.deck.findFirst({ where: { ownerId: userId, title, archivedAt: null, deletedAt: null }, select: { id: true } });
      id = found?.id ?? (await t.deck.create({ data: { ownerId: userId, title, description: options.deckInto ? "" : (anki?.description ?? "").slice(0, 2000) } })).id;
      deckIds.set(title, id);
      const last = await t.note.aggregate({ where: { deckId: id }, _max: { position: true } });
      nextPosition.set(id, (last._max.position ?? -1) + 1);
    }
    return id;
  };

  const cardIdOf = new Map<string, { cardId: string; deckId: string }>(); // Anki card id -> Lectern card
  const result: WriteResult = { notesAdded: 0, notesUpdated: 0, notesUnchanged: 0, reviewsAdded: 0 };
  // Bulk reads and writes in chunks: a collection of 50k notes is a few hundred statements, not 250k.
  const links = new Map<string, { id: string; noteId: string; mod: number }>();
  for (const part of chunks(drafts.map((d) => d.key), CHUNK)) {
    for (const l of await t.ankiNoteLink.findMany({ where: { userId, key: { in: part } } })) links.set(l.key, l);
  }
  const existing = new Map<string, { id: string; deckId: string; position: number }>();
  for (const part of chunks([...links.values()].map((l) => l.noteId), CHUNK)) {
    for (const n of await t.note.findMany({ where: { id: { in: part }, deck: { ownerId: userId, deletedAt: null } }, select: { id: true, deckId: true, position: true } })) existing.set(n.id, n);
  }
  // kept: an existing note the package does not change; it gets no new cards, as those would follow
  // the package's note type rather than the note's (Anki's diffmodels2 packages: same guid and mod,
  // "Basic" became "Basic (and reversed card)").
  const placed: { draft: NoteDraft; noteId: string; deckId: string; position: number; kept?: boolean }[] = [];
  const fresh: { draft: NoteDraft; deckId: string; position: number }[] = [];
  for (const draft of drafts) {
    const link = links.get(draft.key);
    const note = link && existing.get(link.noteId);
    if (note) {
      const update = (options.policy ?? "keep-newer") === "keep-newer" && draft.mod > link.mod;
      placed.push({ draft, noteId: note.id, deckId: note.deckId, position: note.position, kept: !update });
      if (update) {
        await t.note.update({ where: { id: note.id }, data: noteData(draft) });
        await t.ankiNoteLink.update({ where: { id: link.id }, data: { mod: draft.mod } });
        result.notesUpdated++;
      } else result.notesUnchanged++;
    } else {
      const deckId = await deckFor(draft.ankiDeckId);
      const position = nextPosition.get(deckId)!;
      nextPosition.set(deckId, position + 1);
      fresh.push({ draft, deckId, position });
    }
  }
  for (const part of chunks(fresh, CHUNK)) {
    const rows = await t.note.createManyAndReturn({ data: part.map((f) => ({ deckId: f.deckId, position: f.position, ...noteData(f.draft) })), select: { id: true, deckId: true, position: true } });
    // Matched by (deck, position), which this import made unique, rather than trusting RETURNING order.
    const idAt = new Map(rows.map((r) => [`${r.deckId}:${r.position}`, r.id]));
    const created = part.map((f) => ({ id: idAt.get(`${f.deckId}:${f.position}`)! }));
    part.forEach((f, i) => placed.push({ draft: f.draft, noteId: created[i].id, deckId: f.deckId, position: f.position }));
    const stale = part.map((f) => links.get(f.draft.key)).filter((l) => l !== undefined);
    for (const l of stale) await t.ankiNoteLink.delete({ where: { id: l.id } }); // its note was deleted in Lectern
    await t.ankiNoteLink.createMany({ data: part.map((f, i) => ({ userId, key: f.draft.key, noteId: created[i].id, mod: f.draft.mod })) });
    result.notesAdded += part.length;
  }
  for (const part of chunks(placed, CHUNK)) {
    await t.card.createMany({
      data: part.filter((p) => !p.kept).flatMap((p) => p.draft.cards.map((c) => ({ noteId: p.noteId, deckId: p.deckId, ordinal: c.ordinal, position: p.position * 100 + Math.min(c.ordinal, 99) }))),
      skipDuplicates: true,
    });
    const cards = await t.card.findMany({ where: { noteId: { in: part.map((p) => p.noteId) } }, select: { id: true, noteId: true, ordinal: true } });
    const byKey = new Map(cards.map((c) => [`${c.noteId}:${c.ordinal}`, c.id]));
    for (const p of part) {
      for (const c of p.draft.cards) {
        const cardId = byKey.get(`${p.noteId}:${c.ordinal}`);
        if (cardId) cardIdOf.set(c.ankiCardId, { cardId, deckId: p.deckId });
      }
    }
  }

  await writeStates(t, userId, cardIdOf, plans, options.now);
  result.reviewsAdded = await writeLogs(t, userId, pkg, cardIdOf);
  const decks = new Set([...cardIdOf.values()].map((c) => c.deckId));
  for (const deckId of decks) {
    for (const { name, file } of staged) {
      const row = { sha256: file.sha256, size: file.size, contentType: contentTypeOf(name) };
      await t.deckMedia.upsert({ where: { deckId_name: { deckId, name } }, create: { deckId, name, ...row }, update: row });
    }
  }
  return result;
}

/** The student's state per card, only where none exists yet: a re-import keeps their schedule. */
async function writeStates(t: Tx, userId: string, cardIdOf: Map<string, { cardId: string; deckId: string }>, plans: Map<string, CardPlan>, now: Date) {
  const rows = [];
  for (const [ankiId, { cardId, deckId }] of cardIdOf) {
    const plan = plans.get(ankiId);
    if (!plan || (!plan.memory && !plan.suspended && !plan.buried)) continue; // new: no state row
    const m = plan.memory;
    rows.push({
      userId, cardId, deckId, due: m?.due ?? now, stability: m?.stability ?? 0, difficulty: m?.difficulty ?? 0, elapsedDays: m?.elapsedDays ?? 0,
      scheduledDays: m?.scheduledDays ?? 0, learningSteps: m?.learningSteps ?? 0, reps: m?.reps ?? 0, lapses: m?.lapses ?? 0, state: m?.state ?? 0,
      lastReview: m?.lastReview ?? null, suspended: plan.suspended, buriedUntil: plan.buried ? new Date(now.getTime() + 86_400_000) : null,
    });
  }
  for (const part of chunks(rows, CHUNK)) await t.cardState.createMany({ data: part, skipDuplicates: true });
}

async function writeLogs(t: Tx, userId: string, pkg: AnkiPackage, cardIdOf: Map<string, { cardId: string; deckId: string }>): Promise<number> {
  const rows = logDrafts(pkg.collection.revlog).flatMap((l) => {
    const card = cardIdOf.get(l.ankiCardId);
    return card ? [{ ...l, ...card }] : [];
  });
  // One statement per 20k rows with array parameters (unnest): Prisma's createMany builds each row
  // in its query engine, which at a million rows cost gigabytes of memory.
  let added = 0;
  for (const part of chunks(rows, 20_000)) {
    added += await t.$executeRawUnsafe(
      `INSERT INTO "ReviewLog" (id, "userId", "cardId", "deckId", rating, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays",
         "scheduledDays", "learningSteps", review, "durationMs", "requestId")
       SELECT id, $1, "cardId", "deckId", rating, state, review, 0, 0, 0, 0, "scheduledDays", 0, review, "durationMs", "requestId"
       FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::timestamp[], $8::int[], $9::int[], $10::text[])
         AS r(id, "cardId", "deckId", rating, state, review, "scheduledDays", "durationMs", "requestId")
       ON CONFLICT ("requestId") DO NOTHING`,
      userId, part.map(() => randomUUID()), part.map((r) => r.cardId), part.map((r) => r.deckId), part.map((r) => r.rating), part.map((r) => r.state),
      part.map((r) => r.review.toISOString().replace("Z", "")), part.map((r) => r.scheduledDays), part.map((r) => r.durationMs),
      // Idempotency: one answer per card and millisecond, so neither a re-import nor a re-import of
      // Lectern's own export (new Anki ids, same answers) adds a review twice.
      part.map((r) => `anki:${userId}:${r.cardId}:${r.review.getTime()}`),
    );
  }
  return added;
}
