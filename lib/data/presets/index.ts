import "server-only";
// Deck-option presets (Anki's "presets"): one set of options shared by several of an owner's decks.
// The preset is the authority; each deck keeps a copy of its options, rewritten in the same
// transaction whenever the preset changes or the deck switches preset, so the scheduler, queue and
// stats keep reading deck columns without a join.
import { db } from "@/lib/db";
import { requireOwnedDeck } from "../access";
import type { DeckOptionsInput } from "../decks";
import { ConflictError, NotFoundError, ValidationError } from "../errors";

export type PresetOptions = DeckOptionsInput & { loadBalance: boolean; easyDays: number[] };

export type PresetView = PresetOptions & {
  id: string;
  name: string;
  decks: { id: string; title: string }[];
};

const OPTION_KEYS = ["desiredRetention", "maximumInterval", "learningSteps", "relearningSteps", "newPerDay", "reviewsPerDay", "leechThreshold", "leechAction"] as const;

type Tx = Pick<ReturnType<typeof db>, "deckPreset" | "deck">;

function deckCopy(p: DeckOptionsInput): DeckOptionsInput {
  return Object.fromEntries(OPTION_KEYS.map((k) => [k, p[k]])) as DeckOptionsInput;
}

/** A preset the user owns; NotFoundError otherwise (someone else's id reveals nothing). */
export async function requireOwnedPreset(userId: string, presetId: string, tx: Tx = db()) {
  const preset = await tx.deckPreset.findFirst({ where: { id: presetId, ownerId: userId } });
  if (!preset) throw new NotFoundError("That preset");
  return preset;
}

export async function listPresets(userId: string): Promise<PresetView[]> {
  const rows = await db().deckPreset.findMany({
    where: { ownerId: userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { decks: { select: { id: true, title: true }, orderBy: { createdAt: "asc" } } },
  });
  return rows.map(({ ownerId: _o, createdAt: _c, updatedAt: _u, ...p }) => p);
}

/** The preset of an owned deck, creating the deck's own one if it has none (decks made before presets, or by other code paths). */
export async function presetOfDeck(userId: string, deckId: string): Promise<PresetView> {
  const deck = await requireOwnedDeck(userId, deckId);
  let presetId = deck.presetId;
  if (!presetId) {
    presetId = await db().$transaction(async (tx) => {
      const p = await tx.deckPreset.create({ data: { ownerId: userId, name: deck.title, ...deckCopy(deck) } });
      await tx.deck.update({ where: { id: deckId }, data: { presetId: p.id } });
      return p.id;
    });
  }
  const view = (await listPresets(userId)).find((p) => p.id === presetId);
  if (!view) throw new NotFoundError("That preset");
  return view;
}

function cleanName(name: string): string {
  const n = name.trim();
  if (!n || n.length > 80) throw new ValidationError("Give the preset a name of 1 to 80 characters.", "name");
  return n;
}

/** A new preset holding the deck's current options, used by that deck from now on. */
export async function createPresetForDeck(userId: string, deckId: string, name: string): Promise<string> {
  const n = cleanName(name);
  const current = await presetOfDeck(userId, deckId);
  return db().$transaction(async (tx) => {
    const { id: _i, name: _n, decks: _d, ...options } = current;
    const p = await tx.deckPreset.create({ data: { ownerId: userId, name: n, ...options } });
    await tx.deck.update({ where: { id: deckId }, data: { presetId: p.id } });
    return p.id;
  });
}

export async function renamePreset(userId: string, presetId: string, name: string): Promise<void> {
  const n = cleanName(name);
  await requireOwnedPreset(userId, presetId);
  await db().deckPreset.update({ where: { id: presetId }, data: { name: n } });
}

/** The deck switches to another of the owner's presets and takes its options. */
export async function assignPreset(userId: string, deckId: string, presetId: string): Promise<void> {
  await requireOwnedDeck(userId, deckId);
  await db().$transaction(async (tx) => {
    const p = await requireOwnedPreset(userId, presetId, tx);
    await tx.deck.update({ where: { id: deckId }, data: { presetId: p.id, ...deckCopy(p) } });
  });
}

/** Changes the preset's options, and with them every deck using it. */
export async function updatePresetOptions(userId: string, presetId: string, options: PresetOptions): Promise<number> {
  if (options.easyDays.length !== 7 || options.easyDays.some((x) => !(x >= 0 && x <= 1))) {
    throw new ValidationError("Easy days need seven shares between 0 and 1 (Monday to Sunday).", "easyDays");
  }
  return db().$transaction(async (tx) => {
    await requireOwnedPreset(userId, presetId, tx);
    await tx.deckPreset.update({ where: { id: presetId }, data: { ...deckCopy(options), loadBalance: options.loadBalance, easyDays: options.easyDays } });
    const { count } = await tx.deck.updateMany({ where: { presetId, ownerId: userId }, data: deckCopy(options) });
    return count;
  });
}

/**
 * Deletes a preset. Like Anki, its decks fall back to another preset (the owner's oldest other one)
 * and take its options; the owner's last preset cannot be deleted.
 */
export async function deletePreset(userId: string, presetId: string): Promise<{ movedTo: string; decks: number }> {
  return db().$transaction(async (tx) => {
    await requireOwnedPreset(userId, presetId, tx);
    const fallback = await tx.deckPreset.findFirst({ where: { ownerId: userId, id: { not: presetId } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    if (!fallback) throw new ConflictError("This is your only preset; create another before deleting it.");
    const { count } = await tx.deck.updateMany({ where: { presetId, ownerId: userId }, data: { presetId: fallback.id, ...deckCopy(fallback) } });
    await tx.deckPreset.delete({ where: { id: presetId } });
    return { movedTo: fallback.name, decks: count };
  });
}
