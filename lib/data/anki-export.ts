import "server-only";
// Exports one of the user's decks as an Anki package: the current format by default (anki21b),
// legacy with `legacy`. Notes keep the guid they were imported with (so Anki and Lectern re-imports
// match them); `history` adds the user's review log and each card's FSRS memory state in the card
// row's `data` as Anki stores it ({"s": stability, "d": difficulty}); `media` adds the deck's files.
import { db } from "@/lib/db";
import { writePackage } from "@/lib/anki/write-package";
import { withContextField } from "@/lib/anki/context-field";
import type { AnkiCard, AnkiCollection, AnkiNotetype, AnkiRevlog, MediaFile } from "@/lib/anki/types";
import type { MediaStore } from "@/lib/media/store";
import { defaultMediaStore } from "./anki-import";
import { NotFoundError } from "./errors";

export type AnkiExportOptions = { history?: boolean; media?: boolean; legacy?: boolean; store?: MediaStore; now?: Date };
export type AnkiExportCounts = { notes: number; cards: number; reviews: number; media: number };

const DAY_S = 86_400;
const basic = { ord: 0, name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}" };
const NOTETYPES: Record<"BASIC" | "REVERSED" | "CLOZE", AnkiNotetype> = {
  BASIC: { id: "1700000000001", name: "Basic (Lectern)", kind: "normal", css: ".card { font-family: arial; font-size: 20px; text-align: center; }", fields: [{ ord: 0, name: "Front" }, { ord: 1, name: "Back" }], templates: [basic] },
  REVERSED: {
    id: "1700000000002", name: "Basic and reversed card (Lectern)", kind: "normal", css: ".card { font-family: arial; font-size: 20px; text-align: center; }",
    fields: [{ ord: 0, name: "Front" }, { ord: 1, name: "Back" }], templates: [basic, { ord: 1, name: "Card 2", qfmt: "{{Back}}", afmt: "{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}" }],
  },
  CLOZE: { id: "1700000000003", name: "Cloze (Lectern)", kind: "cloze", css: ".card { font-family: arial; font-size: 20px; text-align: center; }\n.cloze { font-weight: bold; color: blue; }", fields: [{ ord: 0, name: "Text" }, { ord: 1, name: "Back Extra" }], templates: [{ ord: 0, name: "Cloze", qfmt: "{{cloze:Text}}", afmt: "{{cloze:Text}}<br>\n{{Back Extra}}" }] },
};

export async function exportAnkiDeck(userId: string, deckTitle: string, options: AnkiExportOptions = {}): Promise<{ bytes: Uint8Array; counts: AnkiExportCounts }> {
  const deck = await db().deck.findFirst({ where: { ownerId: userId, title: deckTitle, archivedAt: null, deletedAt: null } });
  if (!deck) throw new NotFoundError(`A deck named "${deckTitle}"`);
  const now = options.now ?? new Date();
  const notes = await db().note.findMany({ where: { deckId: deck.id }, include: { cards: true }, orderBy: { position: "asc" } });
  const links = await db().ankiNoteLink.findMany({ where: { userId, noteId: { in: notes.map((n) => n.id) } } });
  const guidOf = new Map(links.map((l) => [l.noteId, { guid: l.key, mod: l.mod }]));
  const cardIds = notes.flatMap((n) => n.cards.map((c) => c.id));
  const states = new Map((await db().cardState.findMany({ where: { userId, cardId: { in: cardIds } } })).map((s) => [s.cardId, s]));
  const firstReview = options.history ? await db().reviewLog.findFirst({ where: { userId, cardId: { in: cardIds } }, orderBy: { review: "asc" } }) : null;
  const crt = Math.floor(Math.min(deck.createdAt.getTime(), firstReview?.review.getTime() ?? Infinity) / 1000 / DAY_S) * DAY_S;

  const base = now.getTime();
  const deckId = "1700000000100";
  const col: AnkiCollection = { schemaVersion: options.legacy ? 11 : 18, crt, rollover: null, decks: [{ id: deckId, name: deck.title, description: deck.description }], notetypes: [], notes: [], cards: [], revlog: [] };
  const usedKinds = new Set<keyof typeof NOTETYPES>();
  const ankiCardId = new Map<string, string>();
  notes.forEach((note, i) => {
    usedKinds.add(note.kind);
    const noteId = String(base - 2 * notes.length + i); // ms-like ids, unique within the package
    const link = guidOf.get(note.id);
    col.notes.push({ id: noteId, guid: link?.guid ?? note.id, notetypeId: NOTETYPES[note.kind].id, mod: link?.mod ?? Math.floor(note.updatedAt.getTime() / 1000), tags: note.tags, fields: [withContextField(note.front, note.context), note.back] });
    for (const card of note.cards) {
      const id = String(base + col.cards.length);
      ankiCardId.set(card.id, id);
      col.cards.push(cardRow(id, noteId, deckId, note.kind === "CLOZE" ? card.ordinal - 1 : card.ordinal, note.position, states.get(card.id), crt, options.history ?? false, now));
    }
  });
  col.notetypes = [...usedKinds].map((k) => NOTETYPES[k]);
  if (options.history) col.revlog = await revlog(userId, ankiCardId);
  const media = options.media ? await deckMedia(deck.id, options.store ?? defaultMediaStore()) : [];
  const bytes = await writePackage(col, media, { legacy: options.legacy, now: now.getTime() });
  return { bytes, counts: { notes: col.notes.length, cards: col.cards.length, reviews: col.revlog.length, media: media.length } };
}

type State = { due: Date; stability: number; difficulty: number; scheduledDays: number; reps: number; lapses: number; state: number; suspended: boolean; buriedUntil: Date | null };

function cardRow(id: string, noteId: string, deckId: string, ord: number, position: number, s: State | undefined, crt: number, history: boolean, now: Date): AnkiCard {
  const common = { id, noteId, deckId, ord, mod: Math.floor(now.getTime() / 1000), left: 0 };
  if (!s || s.state === 0) {
    const queue = s?.suspended ? -1 : s?.buriedUntil && s.buriedUntil > now ? -3 : 0;
    return { ...common, type: 0, queue, due: position, ivl: 0, factor: 0, reps: 0, lapses: 0, data: "" };
  }
  const review = s.state === 2;
  const queue = s.suspended ? -1 : s.buriedUntil && s.buriedUntil > now ? -3 : review ? 2 : 1;
  const due = review ? Math.floor((s.due.getTime() / 1000 - crt) / DAY_S) : Math.floor(s.due.getTime() / 1000);
  const data = history ? JSON.stringify({ s: round(s.stability, 4), d: round(s.difficulty, 3) }) : "";
  return { ...common, type: review ? 2 : s.state === 3 ? 3 : 1, queue, due, ivl: review ? Math.max(1, s.scheduledDays) : 0, factor: 2500, reps: s.reps, lapses: s.lapses, data };
}

function round(x: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const REVLOG_TYPE: Record<number, number> = { 0: 0, 1: 0, 2: 1, 3: 2 };

async function revlog(userId: string, ankiCardId: Map<string, string>): Promise<AnkiRevlog[]> {
  const logs = await db().reviewLog.findMany({ where: { userId, cardId: { in: [...ankiCardId.keys()] } }, orderBy: { review: "asc" } });
  const used = new Set<number>();
  return logs.map((l) => {
    let id = l.review.getTime();
    while (used.has(id)) id++; // revlog ids are unique ms timestamps
    used.add(id);
    return {
      id: String(id), cardId: ankiCardId.get(l.cardId!)!, ease: l.rating, ivl: l.scheduledDays, lastIvl: 0, factor: l.rating === 0 ? 0 : 2500,
      time: l.durationMs, type: l.rating === 0 ? 4 : (REVLOG_TYPE[l.state] ?? 1),
    };
  });
}

async function deckMedia(deckId: string, store: MediaStore): Promise<MediaFile[]> {
  const rows = await db().deckMedia.findMany({ where: { deckId }, orderBy: { name: "asc" } });
  const out: MediaFile[] = [];
  for (const r of rows) {
    const data = await store.read(r.sha256);
    if (data) out.push({ name: r.name, data: new Uint8Array(data) });
  }
  return out;
}
