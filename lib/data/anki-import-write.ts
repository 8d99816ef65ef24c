import "server-only";
// The database half of an Anki import, on one pg client inside the caller's transaction. Rows that
// cannot exist yet (notes, links, cards, states and review logs of notes new to this student) go in
// with COPY, as fast as Postgres takes rows; rows that may collide with an earlier import (new
// cards of updated notes, states of cards the student already has, answers already imported) go in
// with INSERT … ON CONFLICT DO NOTHING, so a re-import never doubles anything.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { NoteDraft } from "@/lib/anki/to-lectern";
import { logDraft, type CardPlan } from "@/lib/anki/schedule-plan";
import type { AnkiPackage } from "@/lib/anki/types";
import { contentTypeOf } from "@/lib/media/content-type";
import type { Staged } from "@/lib/media/store";
import { normalizeTags } from "./notes";
import { ts } from "./pg";
import { copyRows, type CopyValue } from "./pg-copy";

export type WriteResult = { notesAdded: number; notesUpdated: number; notesUnchanged: number; reviewsAdded: number };
export type WriteOptions = { deckInto?: string; policy?: "keep-newer" | "keep-mine"; now: Date; progress: (step: "notes" | "cards" | "states" | "reviews") => void };
type LecternCard = { cardId: string; deckId: string; fresh: boolean };

const CHUNK = 10_000;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function writeImport(client: pg.PoolClient, userId: string, pkg: AnkiPackage, drafts: NoteDraft[], plans: Map<string, CardPlan>, staged: { name: string; file: Staged }[], options: WriteOptions): Promise<WriteResult> {
  const q = async <R extends pg.QueryResultRow>(sql: string, params: unknown[]) => (await client.query<R>(sql, params)).rows;
  const now = ts(options.now);
  const result: WriteResult = { notesAdded: 0, notesUpdated: 0, notesUnchanged: 0, reviewsAdded: 0 };

  const ankiDecks = new Map(pkg.collection.decks.map((d) => [d.id, d]));
  const deckIds = new Map<string, string>(); // Lectern deck title -> id
  const nextPosition = new Map<string, number>();
  const deckFor = async (ankiDeckId: string) => {
    const anki = ankiDecks.get(ankiDeckId);
    const title = (options.deckInto ?? anki?.name ?? "Imported from Anki").slice(0, 200);
    let id = deckIds.get(title);
    if (!id) {
      const [found] = await q<{ id: string }>(`SELECT id FROM "Deck" WHERE "ownerId" = $1 AND title = $2 AND "archivedAt" IS NULL AND "deletedAt" IS NULL ORDER BY "createdAt" LIMIT 1`, [userId, title]);
      id = found?.id ?? (await q<{ id: string }>(`INSERT INTO "Deck" (id, "ownerId", title, description, "updatedAt") VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [randomUUID(), userId, title, options.deckInto ? "" : (anki?.description ?? "").slice(0, 2000), now]))[0].id;
      deckIds.set(title, id);
      const [last] = await q<{ max: number | null }>(`SELECT max(position) AS max FROM "Note" WHERE "deckId" = $1`, [id]);
      nextPosition.set(id, (last?.max ?? -1) + 1);
    }
    return id;
  };

  options.progress("notes");
  // The student's earlier imports of these notes, and which of those notes still exist.
  const links = new Map<string, { id: string; noteId: string; mod: number }>();
  for (const part of chunks(drafts.map((d) => d.key))) {
    for (const l of await q<{ id: string; key: string; noteId: string; mod: number }>(`SELECT id, key, "noteId", mod FROM "AnkiNoteLink" WHERE "userId" = $1 AND key = ANY($2::text[])`, [userId, part])) links.set(l.key, l);
  }
  const existing = new Map<string, string>(); // note id -> deck id
  for (const part of chunks([...links.values()].map((l) => l.noteId))) {
    for (const n of await q<{ id: string; deckId: string }>(`SELECT n.id, n."deckId" FROM "Note" n JOIN "Deck" d ON d.id = n."deckId" WHERE n.id = ANY($1::text[]) AND d."ownerId" = $2 AND d."deletedAt" IS NULL`, [part, userId])) existing.set(n.id, n.deckId);
  }

  // kept: an existing note the package does not change; it gets no new cards, as those would follow
  // the package's note type rather than the note's (Anki's diffmodels2 packages: same guid and mod,
  // "Basic" became "Basic (and reversed card)").
  const updated: { draft: NoteDraft; noteId: string; deckId: string; linkId: string }[] = [];
  const kept: { draft: NoteDraft; noteId: string; deckId: string }[] = [];
  const fresh: { draft: NoteDraft; noteId: string; deckId: string; position: number }[] = [];
  const staleLinks: string[] = []; // links whose note was deleted in Lectern
  for (const draft of drafts) {
    const link = links.get(draft.key);
    const deckId = link && existing.get(link.noteId);
    if (link && deckId) {
      if ((options.policy ?? "keep-newer") === "keep-newer" && draft.mod > link.mod) updated.push({ draft, noteId: link.noteId, deckId, linkId: link.id });
      else kept.push({ draft, noteId: link.noteId, deckId });
      continue;
    }
    if (link) staleLinks.push(link.id);
    const freshDeck = await deckFor(draft.ankiDeckId);
    const position = nextPosition.get(freshDeck)!;
    nextPosition.set(freshDeck, position + 1);
    fresh.push({ draft, noteId: randomUUID(), deckId: freshDeck, position });
  }
  result.notesUnchanged = kept.length;

  for (const part of chunks(updated)) {
    await q(`UPDATE "Note" n SET kind = u.kind::"NoteKind", front = u.front, back = u.back, context = u.context, tags = ARRAY(SELECT json_array_elements_text(u.tags::json)), "updatedAt" = $1
      FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(id, kind, front, back, tags, context) WHERE n.id = u.id`,
    [now, part.map((u) => u.noteId), part.map((u) => u.draft.kind), part.map((u) => u.draft.front), part.map((u) => u.draft.back), part.map((u) => JSON.stringify(normalizeTags(u.draft.tags))), part.map((u) => u.draft.context ?? null)]);
    await q(`UPDATE "AnkiNoteLink" l SET mod = u.mod FROM unnest($1::text[], $2::int[]) AS u(id, mod) WHERE l.id = u.id`, [part.map((u) => u.linkId), part.map((u) => u.draft.mod)]);
  }
  result.notesUpdated = updated.length;
  if (staleLinks.length) await q(`DELETE FROM "AnkiNoteLink" WHERE id = ANY($1::text[])`, [staleLinks]);

  await copyRows(client, "Note", ["id", "deckId", "kind", "front", "back", "context", "tags", "position", "updatedAt"],
    fresh.map((f) => [f.noteId, f.deckId, f.draft.kind, f.draft.front, f.draft.back, f.draft.context ?? null, normalizeTags(f.draft.tags), f.position, now]));
  await copyRows(client, "AnkiNoteLink", ["id", "userId", "key", "noteId", "mod"], fresh.map((f) => [randomUUID(), userId, f.draft.key, f.noteId, f.draft.mod]));
  result.notesAdded = fresh.length;

  options.progress("cards");
  const cardOf = new Map<string, LecternCard>(); // Anki card id -> Lectern card
  const freshCards: CopyValue[][] = [];
  for (const f of fresh) {
    for (const c of f.draft.cards) {
      const cardId = randomUUID();
      cardOf.set(c.ankiCardId, { cardId, deckId: f.deckId, fresh: true });
      freshCards.push([cardId, f.noteId, f.deckId, c.ordinal, f.position * 100 + Math.min(c.ordinal, 99)]);
    }
  }
  await copyRows(client, "Card", ["id", "noteId", "deckId", "ordinal", "position"], freshCards);
  // Notes seen before: an updated note may have gained cards (a new cloze number); a kept one gets none.
  const seen = [...updated, ...kept];
  for (const part of chunks(updated)) {
    const rows = part.flatMap((u) => u.draft.cards.map((c) => ({ noteId: u.noteId, deckId: u.deckId, ordinal: c.ordinal })));
    const positions = await q<{ id: string; position: number }>(`SELECT id, position FROM "Note" WHERE id = ANY($1::text[])`, [part.map((u) => u.noteId)]);
    const positionOf = new Map(positions.map((p) => [p.id, p.position]));
    await q(`INSERT INTO "Card" (id, "noteId", "deckId", ordinal, position) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[]) ON CONFLICT ("noteId", ordinal) DO NOTHING`,
      [rows.map(() => randomUUID()), rows.map((r) => r.noteId), rows.map((r) => r.deckId), rows.map((r) => r.ordinal), rows.map((r) => positionOf.get(r.noteId)! * 100 + Math.min(r.ordinal, 99))]);
  }
  for (const part of chunks(seen)) {
    const cards = await q<{ id: string; noteId: string; ordinal: number }>(`SELECT id, "noteId", ordinal FROM "Card" WHERE "noteId" = ANY($1::text[])`, [part.map((p) => p.noteId)]);
    const byKey = new Map(cards.map((c) => [`${c.noteId}:${c.ordinal}`, c.id]));
    for (const p of part) {
      for (const c of p.draft.cards) {
        const cardId = byKey.get(`${p.noteId}:${c.ordinal}`);
        if (cardId) cardOf.set(c.ankiCardId, { cardId, deckId: p.deckId, fresh: false });
      }
    }
  }

  options.progress("states");
  await writeStates(client, userId, cardOf, plans, options.now);
  options.progress("reviews");
  result.reviewsAdded = await writeLogs(client, userId, pkg, cardOf);
  const decks = new Set([...cardOf.values()].map((c) => c.deckId));
  for (const deckId of decks) {
    if (!staged.length) break;
    await q(`INSERT INTO "DeckMedia" ("deckId", name, sha256, size, "contentType") SELECT $1, * FROM unnest($2::text[], $3::text[], $4::int[], $5::text[])
      ON CONFLICT ("deckId", name) DO UPDATE SET sha256 = EXCLUDED.sha256, size = EXCLUDED.size, "contentType" = EXCLUDED."contentType"`,
    [deckId, staged.map((s) => s.name), staged.map((s) => s.file.sha256), staged.map((s) => s.file.size), staged.map((s) => contentTypeOf(s.name))]);
  }
  return result;
}

const STATE_COLUMNS = ["id", "userId", "cardId", "deckId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "suspended", "buriedUntil", "updatedAt"];

/** The student's state per card, only where none exists yet: a re-import keeps their schedule. */
async function writeStates(client: pg.PoolClient, userId: string, cardOf: Map<string, LecternCard>, plans: Map<string, CardPlan>, now: Date) {
  const fresh: CopyValue[][] = [];
  const seen: CopyValue[][] = [];
  for (const [ankiId, { cardId, deckId, fresh: isFresh }] of cardOf) {
    const plan = plans.get(ankiId);
    if (!plan || (!plan.memory && !plan.suspended && !plan.buried)) continue; // new: no state row
    const m = plan.memory;
    (isFresh ? fresh : seen).push([
      randomUUID(), userId, cardId, deckId, m?.due ?? now, m?.stability ?? 0, m?.difficulty ?? 0, m?.elapsedDays ?? 0, m?.scheduledDays ?? 0, m?.learningSteps ?? 0,
      m?.reps ?? 0, m?.lapses ?? 0, m?.state ?? 0, m?.lastReview ?? null, plan.suspended, plan.buried ? new Date(now.getTime() + 86_400_000) : null, now,
    ]);
  }
  await copyRows(client, "CardState", STATE_COLUMNS, fresh);
  for (const part of chunks(seen)) {
    // Through a temporary table: the same rows and encoding as COPY, then only those the student lacks.
    await client.query(`CREATE TEMP TABLE IF NOT EXISTS anki_states (LIKE "CardState" INCLUDING DEFAULTS) ON COMMIT DROP`);
    await client.query(`TRUNCATE anki_states`);
    await copyRows(client, "anki_states", STATE_COLUMNS, part);
    await client.query(`INSERT INTO "CardState" (${STATE_COLUMNS.map((c) => `"${c}"`).join(", ")}) SELECT ${STATE_COLUMNS.map((c) => `"${c}"`).join(", ")} FROM anki_states ON CONFLICT ("userId", "cardId") DO NOTHING`);
  }
}

const LOG_COLUMNS = ["id", "userId", "cardId", "deckId", "rating", "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "review", "durationMs", "requestId"];

async function writeLogs(client: pg.PoolClient, userId: string, pkg: AnkiPackage, cardOf: Map<string, LecternCard>): Promise<number> {
  // Idempotency: one answer per card and millisecond (revlog ids are unique answer times), so
  // neither a re-import nor a re-import of Lectern's own export (new Anki ids, same answers) adds a
  // review twice. Rows are made as COPY consumes them: a million answers never sit in memory as rows.
  function* rows(fresh: boolean): Generator<CopyValue[]> {
    for (const r of pkg.collection.revlog) {
      const card = cardOf.get(r.cardId);
      if (!card || card.fresh !== fresh) continue;
      const l = logDraft(r);
      yield [randomUUID(), userId, card.cardId, card.deckId, l.rating, l.state, l.review, 0, 0, 0, 0, l.scheduledDays, 0, l.review, l.durationMs, `anki:${userId}:${card.cardId}:${l.review.getTime()}`];
    }
  }
  const freshCount = pkg.collection.revlog.reduce((n, r) => n + (cardOf.get(r.cardId)?.fresh ? 1 : 0), 0);
  await copyRows(client, "ReviewLog", LOG_COLUMNS, rows(true));
  let added = freshCount;
  let part: CopyValue[][] = [];
  const flush = async () => {
    await client.query(`CREATE TEMP TABLE IF NOT EXISTS anki_logs (LIKE "ReviewLog" INCLUDING DEFAULTS) ON COMMIT DROP`);
    await client.query(`TRUNCATE anki_logs`);
    await copyRows(client, "anki_logs", LOG_COLUMNS, part);
    const r = await client.query(`INSERT INTO "ReviewLog" (${LOG_COLUMNS.map((c) => `"${c}"`).join(", ")}) SELECT ${LOG_COLUMNS.map((c) => `"${c}"`).join(", ")} FROM anki_logs ON CONFLICT ("requestId") DO NOTHING`);
    added += r.rowCount ?? 0;
    part = [];
  };
  for (const row of rows(false)) {
    part.push(row);
    if (part.length >= 50_000) await flush();
  }
  if (part.length) await flush();
  return added;
}
