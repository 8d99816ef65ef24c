import "server-only";
// Imports an Anki package for one user in one transaction: decks (found or created by title),
// notes (linked by Anki guid, so re-imports update instead of duplicating), cards, the importing
// student's card states (replayed FSRS memory, suspended/buried flags) and review logs (keyed by
// revlog id, so they are never added twice). Media is staged on disk first and moved into the
// store only after the transaction commits.
import { env } from "@/lib/env";
import { mapCollection, type NoteDraft } from "@/lib/anki/to-lectern";
import { openPackage } from "@/lib/anki/package";
import { planCards } from "@/lib/anki/schedule-plan";
import { DEFAULT_LIMITS, type AnkiPackage, type PackageLimits } from "@/lib/anki/types";
import { MediaTooLargeError, type MediaStore, type Staged } from "@/lib/media/store";
import { defaultMediaStore } from "@/lib/media/default-store";
import type { DeckOptions } from "@/lib/srs/types";
import { writeImport } from "./anki-import-write";
import { inTransaction } from "./pg";

export type ConflictPolicy = "keep-newer" | "keep-mine";
export type AnkiImportOptions = {
  timeZone: string;
  rollover?: number; // hour the study day starts; default: the collection's own, else 4
  deckInto?: string; // put every note into this deck instead of the package's decks
  policy?: ConflictPolicy;
  limits?: PackageLimits;
  store?: MediaStore;
  now?: Date;
  onProgress?: (step: ImportStep) => void; // called as each step begins (the CLI and bench draw a bar)
};
export const IMPORT_STEPS = ["reading", "replaying", "media", "notes", "cards", "states", "reviews", "done"] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];
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
  const progress = options.onProgress ?? (() => {});
  progress("reading");
  const pkg = await openPackage(bytes, options.limits ?? packageLimits());
  const mapping = mapCollection(pkg.collection);
  const skipped = [...pkg.skipped, ...mapping.skipped];
  const clock = { timeZone: options.timeZone, dayStartHour: options.rollover ?? pkg.collection.rollover ?? 4 };
  progress("replaying");
  const plans = planCards(pkg.collection.cards, pkg.collection.revlog, DECK_DEFAULTS, clock, pkg.collection.crt);
  const now = options.now ?? new Date();
  const store = options.store ?? defaultMediaStore();
  const staged: { name: string; file: Staged }[] = [];
  try {
    progress("media");
    for (const m of pkg.media) {
      try {
        staged.push({ name: m.name, file: await store.stage(m.data, `media "${m.name}"`) });
      } catch (e) {
        if (!(e instanceof MediaTooLargeError)) throw e;
        skipped.push(e.message);
      }
    }
    const result = await inTransaction((client) => writeImport(client, userId, pkg, mapping.notes, plans, staged, { ...options, now, progress }));
    await store.commit(staged.map((s) => s.file));
    progress("done");
    const counts = packageCounts(pkg);
    return { ...counts, media: staged.length, ...result, skipped };
  } catch (e) {
    await store.discard(staged.map((s) => s.file));
    throw e;
  }
}

