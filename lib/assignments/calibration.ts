// Calibration: bins of predicted recall (R at the moment of each review) against the share of those
// reviews answered correctly (anything but Again).
export type CalibrationBin = { from: number; to: number; n: number; predicted: number; observed: number };

export function calibrationBins(reviews: { predicted: number; recalled: boolean }[], edges = [0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0001]): CalibrationBin[] {
  const bins = edges.slice(0, -1).map((from, i) => ({ from, to: Math.min(1, edges[i + 1]), n: 0, sumP: 0, hits: 0 }));
  for (const r of reviews) {
    const b = bins.find((x, i) => r.predicted >= x.from && (r.predicted < edges[i + 1]));
    if (!b) continue;
    b.n++; b.sumP += r.predicted; b.hits += r.recalled ? 1 : 0;
  }
  return bins.filter((b) => b.n > 0).map((b) => ({ from: b.from, to: b.to, n: b.n, predicted: b.sumP / b.n, observed: b.hits / b.n }));
}
