// L2 logistic regression on sparse rows (column 0 is the bias, not penalised), by Newton steps with a
// Cholesky solve and backtracking: the same objective as lib/cards/rank/fit.ts fitLogistic, but each
// row touches only its non-zero columns, so a few hundred mostly-empty word columns fit in seconds
// (scripts/word-floor.ts). Deterministic: no random start, no shuffling.

/** One row: its non-zero columns and their values. */
export type SparseRow = { i: number[]; x: number[] };

const dot = (r: SparseRow, w: Float64Array) => { let z = 0; for (let k = 0; k < r.i.length; k++) z += r.x[k] * w[r.i[k]]; return z; };
const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/** Solves A x = b for symmetric positive definite A (row-major d×d), in place on a copy. */
function cholSolve(A: Float64Array, b: Float64Array, d: number): Float64Array {
  const L = new Float64Array(d * d);
  for (let j = 0; j < d; j++) {
    let s = A[j * d + j];
    for (let k = 0; k < j; k++) s -= L[j * d + k] ** 2;
    const ljj = Math.sqrt(Math.max(s, 1e-12));
    L[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let t = A[i * d + j];
      for (let k = 0; k < j; k++) t -= L[i * d + k] * L[j * d + k];
      L[i * d + j] = t / ljj;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) { let s = b[i]; for (let k = 0; k < i; k++) s -= L[i * d + k] * y[k]; y[i] = s / L[i * d + i]; }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) { let s = y[i]; for (let k = i + 1; k < d; k++) s -= L[k * d + i] * x[k]; x[i] = s / L[i * d + i]; }
  return x;
}

export function fitSparseLogistic(rows: SparseRow[], y: number[], d: number, lambda: number, start?: Float64Array): Float64Array {
  let w = start ? Float64Array.from(start) : new Float64Array(d);
  const objective = (v: Float64Array) => {
    let o = 0;
    rows.forEach((r, n) => { const z = dot(r, v); o += softplus(z) - y[n] * z; });
    for (let a = 1; a < d; a++) o += (lambda / 2) * v[a] ** 2;
    return o;
  };
  for (let it = 0; it < 30; it++) {
    const H = new Float64Array(d * d), g = new Float64Array(d);
    rows.forEach((r, n) => {
      const p = 1 / (1 + Math.exp(-dot(r, w))), q = Math.max(p * (1 - p), 1e-6);
      for (let k = 0; k < r.i.length; k++) {
        const a = r.i[k], xa = r.x[k];
        g[a] += (y[n] - p) * xa;
        for (let m = 0; m < r.i.length; m++) H[a * d + r.i[m]] += q * xa * r.x[m];
      }
    });
    for (let a = 1; a < d; a++) { H[a * d + a] += lambda; g[a] -= lambda * w[a]; }
    H[0] += 1e-6;
    const step = cholSolve(H, g, d), before = objective(w);
    let t = 1, next = w.map((v, k) => v + step[k]);
    for (let h = 0; h < 30 && !(objective(next) <= before + 1e-12); h++) { t /= 2; next = w.map((v, k) => v + t * step[k]); }
    w = next;
    let big = 0;
    for (const s of step) big = Math.max(big, Math.abs(t * s));
    if (big < 1e-5) break;
  }
  return w;
}

export const sparseProbability = (r: SparseRow, w: Float64Array) => 1 / (1 + Math.exp(-dot(r, w)));
