import type { CalibrationBin } from "@/lib/assignments/calibration";

/** Predicted recall (x) against the share answered correctly (y) per bin; the diagonal is perfect calibration. */
export function CalibrationPlot({ bins }: { bins: CalibrationBin[] }) {
  if (!bins.length) return <p className="text-sm text-slate-500">No review answers yet.</p>;
  const size = 220, pad = 30;
  const x = (v: number) => pad + v * (size - pad);
  const y = (v: number) => size - pad - v * (size - pad * 2) + pad / 2;
  const maxN = Math.max(...bins.map((b) => b.n));
  return (
    <figure>
      <svg viewBox={`0 0 ${size + 10} ${size}`} className="h-56 w-full max-w-sm" role="img" aria-label="Calibration: predicted recall against observed recall">
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} className="stroke-slate-300" strokeDasharray="4 3" />
        <line x1={x(0)} y1={y(0)} x2={x(1)} y2={y(0)} className="stroke-slate-400" />
        <line x1={x(0)} y1={y(0)} x2={x(0)} y2={y(1)} className="stroke-slate-400" />
        {[0, 0.5, 1].map((v) => <text key={`x${v}`} x={x(v)} y={y(0) + 14} fontSize="9" textAnchor="middle" className="fill-slate-500">{v * 100}%</text>)}
        {[0, 0.5, 1].map((v) => <text key={`y${v}`} x={x(0) - 4} y={y(v) + 3} fontSize="9" textAnchor="end" className="fill-slate-500">{v * 100}%</text>)}
        {bins.map((b) => (
          <circle key={b.from} cx={x(b.predicted)} cy={y(b.observed)} r={3 + 5 * Math.sqrt(b.n / maxN)} className="fill-indigo-500/70">
            <title>{`Predicted ${Math.round(b.predicted * 100)}%, observed ${Math.round(b.observed * 100)}% (${b.n} answers)`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="text-xs text-slate-500">Each dot is a bin of review answers: predicted recall (FSRS) across, share answered correctly up. Dots on the dashed line are well calibrated.</figcaption>
      <table className="mt-2 w-full text-xs" data-testid="calibration-table">
        <thead className="text-left text-slate-500"><tr><th scope="col">Predicted</th><th scope="col">Observed</th><th scope="col">Answers</th></tr></thead>
        <tbody>{bins.map((b) => <tr key={b.from}><td>{Math.round(b.predicted * 100)}%</td><td>{Math.round(b.observed * 100)}%</td><td>{b.n}</td></tr>)}</tbody>
      </table>
    </figure>
  );
}
