"use client";

// Simulated reviews per day against desired retention: the cost side of "remember more".
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export function WorkloadChart({ data }: { data: { retention: number; perDay: number; current: boolean }[] }) {
  const rows = data.map((d) => ({ name: `${Math.round(d.retention * 100)}%`, perDay: Number(d.perDay.toFixed(1)), current: d.current }));
  return (
    <div className="h-48" data-testid="workload-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" fontSize={11} />
          <YAxis fontSize={11} />
          <Tooltip formatter={(v) => [`${v} reviews/day`, "Workload"]} />
          <Bar dataKey="perDay" name="Reviews per day" isAnimationActive={false} radius={[3, 3, 0, 0]}>
            {rows.map((r) => <Cell key={r.name} fill={r.current ? "#4f46e5" : "#a5b4fc"} />)}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
