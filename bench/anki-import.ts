// Anki import at scale: a generated collection of 50,000 notes (Basic and reversed: 100,000 cards)
// and 1,000,000 review-log rows (10 per card), imported through lib/data/anki-import (package
// reading, FSRS replay of every card, the database transaction), beside a reference measured in
// the same run: a bulk COPY of the same rows (notes, cards, card states, review logs) into the same
// tables. Targets (issue): import <= 3x the COPY time, peak memory < 1.5 GB.
// Run: node --conditions=react-server --import tsx bench/anki-import.ts [--quick]   (--quick: 1/10 size)
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { from as copyFrom } from "pg-copy-streams";
import { benchDatabase } from "./lib-db";
import type { AnkiCollection } from "../lib/anki/types";

const quick = process.argv.includes("--quick");
const NOTES = quick ? 5_000 : 50_000, PER_CARD = 10;
const DAY = 86_400_000;

function progress(label: string, done: number, total: number) {
  const width = 30, filled = Math.round((done / total) * width);
  process.stderr.write(`\r${label.padEnd(28)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.round((done / total) * 100)}%${done === total ? "\n" : ""}`);
}

function collection(): AnkiCollection {
  const t0 = Date.UTC(2024, 0, 1, 9);
  const col: AnkiCollection = {
    schemaVersion: 11, crt: Math.floor(t0 / 1000), rollover: 4, decks: [{ id: "10", name: "Bench", description: "" }],
    notetypes: [{ id: "20", name: "Basic (and reversed card)", kind: "normal", css: "", fields: [{ ord: 0, name: "Front" }, { ord: 1, name: "Back" }],
      templates: [{ ord: 0, name: "Card 1", qfmt: "{{Front}}", afmt: "{{FrontSide}}<hr id=answer>{{Back}}" }, { ord: 1, name: "Card 2", qfmt: "{{Back}}", afmt: "{{FrontSide}}<hr id=answer>{{Front}}" }] }],
    notes: [], cards: [], revlog: [],
  };
  for (let n = 0; n < NOTES; n++) {
    const noteId = String(1_000_000 + n);
    col.notes.push({ id: noteId, guid: `bench-${n}`, notetypeId: "20", mod: 1_700_000_000, tags: ["bench"], fields: [`Question ${n}`, `Answer ${n}`] });
    for (const ord of [0, 1]) {
      const cardId = String(2_000_000 + n * 2 + ord);
      let t = t0 + (n % 200) * DAY + ord * 3_600_000, ivl = 1;
      for (let k = 0; k < PER_CARD; k++) {
        const ease = k % 7 === 6 ? 1 : 3;
        // Revlog ids are answer times and must be unique: cards sharing a start day share their
        // answer days and hours, so each card's answers are offset by its index in ms (< 1 h apart).
        col.revlog.push({ id: String(t + n * 2 + ord), cardId, ease, ivl: k === 0 ? -600 : ivl, lastIvl: 0, factor: k === 0 ? 0 : 2500, time: 5000, type: k === 0 ? 0 : 1 });
        t += ivl * DAY;
        ivl = ease === 1 ? 1 : Math.ceil(ivl * 2.5);
      }
      col.cards.push({ id: cardId, noteId, deckId: "10", ord, mod: 0, type: 2, queue: 2, due: 400, ivl, factor: 2500, reps: PER_CARD, lapses: 1, left: 0, data: "" });
    }
    if (n % 1000 === 0 || n === NOTES - 1) progress("generating", n + 1, NOTES);
  }
  return col;
}

const { stop } = await benchDatabase();
const { pool } = await import("@/lib/data/pg");
const { importAnkiPackage, IMPORT_STEPS } = await import("@/lib/data/anki-import");
const { writePackage } = await import("@/lib/anki/write-package");
const { createMediaStore } = await import("@/lib/media/store");
try {
  const col = collection();
  let t = performance.now();
  const bytes = await writePackage(col, [], { legacy: true });
  console.log(`package: ${NOTES} notes, ${col.cards.length} cards, ${col.revlog.length} revlog rows, ${(bytes.length / 1e6).toFixed(1)} MB (written in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  await pool().query(`INSERT INTO "User"(id, email, name, "passwordHash", role) VALUES ('u1', 'u1@bench.test', 'U1', 'x', 'STUDENT'), ('u2', 'u2@bench.test', 'U2', 'x', 'STUDENT')`);

  const baseline = process.memoryUsage().rss; // the generated collection and sql.js's wasm heap are already in here
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  t = performance.now();
  const steps: string[] = [...IMPORT_STEPS];
  const summary = await importAnkiPackage("u1", bytes, {
    timeZone: "Europe/Paris", store: createMediaStore(mkdtempSync(path.join(os.tmpdir(), "bench-media-")), 1e6),
    onProgress: (step) => progress(`importing: ${step}`, steps.indexOf(step), steps.length - 1),
  });
  const importMs = performance.now() - t;
  clearInterval(sampler);

  // Reference: COPY the rows the import wrote (same tables, same counts) for user u2.
  const copy = async (table: string, columns: string[], rows: Iterable<string>) => {
    const client = await pool().connect();
    try {
      await pipeline(Readable.from(rows), client.query(copyFrom(`COPY "${table}"(${columns.map((c) => `"${c}"`).join(",")}) FROM STDIN`)));
    } finally {
      client.release();
    }
  };
  const deck = `deck-${randomUUID()}`;
  const now = new Date().toISOString();
  t = performance.now();
  await copy("Deck", ["id", "ownerId", "title", "updatedAt"], [`${deck}\tu2\tBench\t${now}\n`]);
  await copy("Note", ["id", "deckId", "kind", "front", "back", "tags", "position", "updatedAt"], (function* () {
    for (let n = 0; n < NOTES; n++) yield `n${n}\t${deck}\tREVERSED\tQuestion ${n}\tAnswer ${n}\t{bench}\t${n}\t${now}\n`;
  })());
  await copy("Card", ["id", "noteId", "deckId", "ordinal", "position"], (function* () {
    for (let n = 0; n < NOTES; n++) for (const o of [0, 1]) yield `c${n}-${o}\tn${n}\t${deck}\t${o}\t${n * 100 + o}\n`;
  })());
  await copy("CardState", ["id", "userId", "cardId", "deckId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview", "updatedAt"], (function* () {
    for (let n = 0; n < NOTES; n++) for (const o of [0, 1]) yield `s${n}-${o}\tu2\tc${n}-${o}\t${deck}\t${now}\t30.5\t5.2\t0\t30\t0\t10\t1\t2\t${now}\t${now}\n`;
  })());
  await copy("ReviewLog", ["id", "userId", "cardId", "deckId", "rating", "state", "due", "stability", "difficulty", "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "review", "durationMs", "requestId"], (function* () {
    let i = 0;
    for (const r of col.revlog) {
      const n = Math.floor((Number(r.cardId) - 2_000_000) / 2), o = Number(r.cardId) % 2, at = new Date(Number(r.id)).toISOString();
      yield `l${i}\tu2\tc${n}-${o}\t${deck}\t${r.ease}\t2\t${at}\t0\t0\t0\t0\t${Math.max(r.ivl, 0)}\t0\t${at}\t${r.time}\tcopy-${i++}\n`;
    }
  })());
  const copyMs = performance.now() - t;

  console.log(`import: ${summary.notesAdded} notes, ${summary.cards} cards, ${summary.reviewsAdded} reviews in ${(importMs / 1000).toFixed(1)} s; peak RSS ${(peak / 1e9).toFixed(2)} GB, of which ${(baseline / 1e9).toFixed(2)} GB before the import began (target < 1.5 GB)`);
  console.log(`reference COPY of the same rows: ${(copyMs / 1000).toFixed(1)} s`);
  console.log(`import / COPY = ${(importMs / copyMs).toFixed(2)}x (target <= 3x)`);
} finally {
  await pool().end();
  await stop();
}
