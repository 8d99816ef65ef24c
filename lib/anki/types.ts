// What an Anki package holds, in plain objects (ids kept as strings: Anki ids are ms timestamps
// that fit a double, but keeping them as text avoids any doubt when they key maps and guids).

export type AnkiDeck = { id: string; name: string; description: string }; // name uses "::" between levels

export type AnkiField = { ord: number; name: string };
export type AnkiTemplate = { ord: number; name: string; qfmt: string; afmt: string };
export type AnkiNotetype = { id: string; name: string; kind: "normal" | "cloze"; css: string; fields: AnkiField[]; templates: AnkiTemplate[] };

export type AnkiNote = { id: string; guid: string; notetypeId: string; mod: number; tags: string[]; fields: string[] };

/** Card columns as Anki stores them; due is a position (new), a day number (review) or a unix time (learning). */
export type AnkiCard = {
  id: string; noteId: string; deckId: string; ord: number; mod: number; type: number; queue: number; due: number; ivl: number;
  factor: number; reps: number; lapses: number; left: number; data: string;
};

export type AnkiRevlog = { id: string; cardId: string; ease: number; ivl: number; lastIvl: number; factor: number; time: number; type: number };

export type AnkiCollection = {
  schemaVersion: number;
  crt: number; // collection creation, unix seconds (day 0 of review due numbers in the legacy scheduler)
  rollover: number | null; // the collection's "next day starts at" hour, when recorded
  decks: AnkiDeck[];
  notetypes: AnkiNotetype[];
  notes: AnkiNote[];
  cards: AnkiCard[];
  revlog: AnkiRevlog[];
};

export type MediaFile = { name: string; data: Uint8Array };

export type PackageVersion = "legacy1" | "legacy2" | "latest";

export type AnkiPackage = { version: PackageVersion; collection: AnkiCollection; media: MediaFile[]; skipped: string[] };

export type PackageLimits = { maxPackageBytes: number; maxEntryBytes: number; maxTotalBytes: number; maxMediaFiles: number };

export const DEFAULT_LIMITS: PackageLimits = {
  maxPackageBytes: 512 * 1024 * 1024,
  maxEntryBytes: 512 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxMediaFiles: 100_000,
};

/** A package Lectern refuses, with a message a user can act on. */
export class AnkiPackageError extends Error {}
