"use client";

// Recharts renders in the browser only (it measures its container); the server sends the data.
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const shortDay = (d: string) => d.slice(5);

export function ForecastChart({ data }: { data: { day: string; count: number }[] }) {
  return (
    <div className="h-56" data-testid="forecast-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={shortDay} fontSize={11} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} fontSize={11} />
          <Tooltip />
          <Bar dataKey="count" name="Due" fill="#6366f1" radius={[3, 3, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function ReviewsChart({ data }: { data: { day: string; reviews: number; minutes: number }[] }) {
  return (
    <div className="h-56" data-testid="reviews-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={shortDay} fontSize={11} interval="preserveStartEnd" />
          <YAxis yAxisId="r" allowDecimals={false} fontSize={11} />
          <YAxis yAxisId="m" orientation="right" fontSize={11} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="r" dataKey="reviews" name="Reviews" fill="#10b981" isAnimationActive={false} />
          <Line yAxisId="m" dataKey="minutes" name="Minutes" stroke="#f59e0b" dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

const STATE_COLORS = ["#38bdf8", "#f87171", "#34d399", "#059669", "#fb923c", "#94a3b8"];

export function CardStatesChart({ data }: { data: { name: string; value: number }[] }) {
  const shown = data.filter((d) => d.value > 0);
  return (
    <div className="h-56" data-testid="states-chart">
      <ResponsiveContainer width="100%" height="100%">
        <PieChart>
          <Pie data={shown} dataKey="value" nameKey="name" innerRadius="50%" outerRadius="80%" isAnimationActive={false}>
            {shown.map((d) => <Cell key={d.name} fill={STATE_COLORS[data.indexOf(d) % STATE_COLORS.length]} />)}
          </Pie>
          <Tooltip />
          <Legend />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}

export function RetentionTrendChart({ data }: { data: { week: string; retention: number | null; reviews: number }[] }) {
  return (
    <div className="h-56" data-testid="retention-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data.map((d) => ({ ...d, retention: d.retention === null ? null : Math.round(d.retention * 1000) / 10 }))} margin={{ top: 8, right: 8, bottom: 0, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" tickFormatter={shortDay} fontSize={11} />
          <YAxis yAxisId="p" domain={[0, 100]} unit="%" fontSize={11} />
          <YAxis yAxisId="n" orientation="right" allowDecimals={false} fontSize={11} />
          <Tooltip />
          <Legend />
          <Bar yAxisId="n" dataKey="reviews" name="Reviews" fill="#c7d2fe" isAnimationActive={false} />
          <Line yAxisId="p" dataKey="retention" name="Retention %" stroke="#4f46e5" connectNulls isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
