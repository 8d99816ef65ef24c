"use client";
// The simulator's three curves (reviews, minutes, cards memorised per day), one line per retention.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type SimulatorSeries = { retention: number; current: boolean; reviews: number[]; minutes: number[]; memorized: number[] };

const COLORS = ["#94a3b8", "#38bdf8", "#4f46e5", "#f59e0b", "#ef4444", "#10b981"];

/** Weekly averages keep a year (or five) readable and the page light. */
function weekly(values: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 7) {
    const chunk = values.slice(i, i + 7);
    out.push(chunk.reduce((a, b) => a + b, 0) / chunk.length);
  }
  return out;
}

function Chart({ title, series, pick, unit }: { title: string; series: SimulatorSeries[]; pick: (s: SimulatorSeries) => number[]; unit: string }) {
  const lines = series.map((s) => ({ key: `${Math.round(s.retention * 100)}%${s.current ? " (current)" : ""}`, values: weekly(pick(s)) }));
  const rows = lines[0]?.values.map((_, week) => Object.fromEntries([["week", week + 1], ...lines.map((l) => [l.key, Number(l.values[week].toFixed(1))])])) ?? [];
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-medium">{title}</figcaption>
      <div className="h-56">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="week" fontSize={11} label={{ value: "week", position: "insideBottomRight", offset: -2, fontSize: 11 }} />
            <YAxis fontSize={11} />
            <Tooltip formatter={(v, name) => [`${v} ${unit}`, name]} labelFormatter={(w) => `Week ${w}`} />
            <Legend wrapperStyle={{ fontSize: 11 }} />
            {lines.map((l, i) => (
              <Line key={l.key} dataKey={l.key} dot={false} isAnimationActive={false} stroke={COLORS[i % COLORS.length]} strokeWidth={l.key.includes("current") ? 3 : 1.5} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function SimulatorCharts({ series }: { series: SimulatorSeries[] }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3" data-testid="simulator-charts">
      <Chart title="Reviews per day (weekly average)" series={series} pick={(s) => s.reviews} unit="reviews/day" />
      <Chart title="Minutes per day (weekly average)" series={series} pick={(s) => s.minutes} unit="min/day" />
      <Chart title="Cards memorised (sum of recall probability)" series={series} pick={(s) => s.memorized} unit="cards" />
    </div>
  );
}
