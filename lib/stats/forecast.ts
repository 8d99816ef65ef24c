// Due forecast for the next N study days. The SQL buckets CardState.due by day key; anything due on
// an earlier day is overdue and still has to be done, so it is folded into today's bar.
import { addDays } from "./day";

export type ForecastDay = { day: string; count: number; overdue: number };

export function forecast(dueRows: { day: string; count: number }[], today: string, days = 30): ForecastDay[] {
  const out: ForecastDay[] = Array.from({ length: Math.max(0, days) }, (_, i) => ({ day: addDays(today, i), count: 0, overdue: 0 }));
  if (!out.length) return out;
  const index = new Map(out.map((d, i) => [d.day, i]));
  for (const row of dueRows) {
    const n = Number(row.count);
    if (row.day < today) {
      out[0].count += n;
      out[0].overdue += n;
    } else {
      const i = index.get(row.day);
      if (i !== undefined) out[i].count += n; // beyond the horizon: not shown
    }
  }
  return out;
}
