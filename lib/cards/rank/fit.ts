// Logistic regression by iteratively reweighted least squares with an L2 penalty (the bias is not
// penalised), and the AUC used to report it. Labels may be fractional (an "edit" counts half).
// Small and dependency-free: a few dozen features, a few thousand rows.

/** Solves A x = b for a symmetric positive definite A (Gaussian elimination with partial pivoting). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    const d = M[c][c] || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / d;
      if (f) for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / (M[r][r] || 1e-12);
  }
  return x;
}

/** `prior`: the penalty pulls toward these weights instead of 0 (a deck's refit stays near the shipped model). */
export function fitLogistic(X: number[][], y: number[], opts: { lambda?: number; iterations?: number; start?: number[]; sampleWeights?: number[]; prior?: number[] } = {}): number[] {
  const lambda = opts.lambda ?? 1;
  const d = X[0]?.length ?? 0;
  let w = opts.start ? [...opts.start] : new Array<number>(d).fill(0);
  // Penalised negative log-likelihood (what each Newton step should lower).
  const objective = (v: number[]): number => {
    let o = 0;
    X.forEach((x, i) => {
      const z = x.reduce((s, xv, k) => s + xv * v[k], 0);
      // log(1 + e^z) computed stably; y may be fractional.
      const soft = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
      o += (opts.sampleWeights?.[i] ?? 1) * (soft - y[i] * z);
    });
    for (let a = 1; a < d; a++) o += (lambda / 2) * (v[a] - (opts.prior?.[a] ?? 0)) ** 2;
    return o;
  };
  for (let it = 0; it < (opts.iterations ?? 25); it++) {
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    const g = new Array<number>(d).fill(0);
    X.forEach((x, i) => {
      const z = x.reduce((s, v, k) => s + v * w[k], 0);
      const p = 1 / (1 + Math.exp(-z));
      const sw = opts.sampleWeights?.[i] ?? 1;
      const r = Math.max(p * (1 - p), 1e-6) * sw;
      for (let a = 0; a < d; a++) {
        if (!x[a]) continue;
        g[a] += (y[i] - p) * x[a] * sw;
        for (let b = 0; b < d; b++) if (x[b]) H[a][b] += r * x[a] * x[b];
      }
    });
    // Penalty on every weight but the first (the bias), pulling toward 0.
    for (let a = 1; a < d; a++) { H[a][a] += lambda; g[a] -= lambda * (w[a] - (opts.prior?.[a] ?? 0)); }
    H[0][0] += 1e-6;
    const step = solve(H, g);
    // Backtracking: a full Newton step from far away (a refit starting at shipped weights on
    // separable decisions) can overshoot and diverge; halve it until the objective does not worsen.
    const before = objective(w);
    let t = 1, next = w.map((v, k) => v + step[k]);
    for (let h = 0; h < 30 && !(objective(next) <= before + 1e-12); h++) {
      t /= 2;
      next = w.map((v, k) => v + t * step[k]);
    }
    w = next;
    if (Math.max(...step.map((s) => Math.abs(t * s))) < 1e-6) break;
  }
  return w;
}

/** Area under the ROC curve: the chance a positive is scored above a negative (ties count half). */
export function auc(scores: number[], positive: boolean[]): number {
  const pos = scores.filter((_, i) => positive[i]), neg = scores.filter((_, i) => !positive[i]);
  if (!pos.length || !neg.length) return NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/**
 * Fits X's weights on contrasts WITHIN groups (the training books): every group but the first gets an
 * indicator column, fitted alongside the features and then dropped, so a feature that only tells the
 * groups apart (one book's cards were rated higher across the board) gets no credit, and the weights
 * say what separates good from bad cards of one book, which is what ranking a chapter needs. The
 * indicators are scaled up so the shared L2 penalty barely holds them back.
 */
export function fitWithinGroups(X: number[][], y: number[], groups: string[], opts: Parameters<typeof fitLogistic>[2] = {}): number[] {
  if (groups.length !== X.length) throw new Error("fitWithinGroups needs one group per row");
  const names = [...new Set(groups)].slice(1), d = X[0]?.length ?? 0;
  const pad = (v?: number[]) => v && [...v, ...names.map(() => 0)];
  const Xg = X.map((x, i) => [...x, ...names.map((g) => (g === groups[i] ? 10 : 0))]);
  return fitLogistic(Xg, y, { ...opts, start: pad(opts.start), prior: pad(opts.prior) }).slice(0, d);
}
