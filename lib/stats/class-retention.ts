// Weekly true retention for a whole class, for a line chart. Weeks run Monday to Sunday over each
// student's own study days (the SQL buckets per student time zone); weeks without reviews are kept
// with rate null so the chart shows a gap rather than a fake 0 %.
import { addDays, weekStart } from "./day";

/** One row of classRetentionWeeklySql: `week` is the Monday day key. */
export type WeekRetentionRow = { week: string; answers: number; total: number; passed: number; students: number };
/** answers: every answer of the week; total/passed: answers to review-state cards, the retention base. */
export type WeekRetention = { week: string; answers: number; total: number; passed: number; students: number; rate: number | null };

export function classRetentionOverTime(weekRows: WeekRetentionRow[], today: string, weeks = 12): WeekRetention[] {
  const last = weekStart(today);
  const out: WeekRetention[] = Array.from({ length: Math.max(0, weeks) }, (_, i) => ({
    week: addDays(last, 7 * (i - weeks + 1)), answers: 0, total: 0, passed: 0, students: 0, rate: null,
  }));
  const index = new Map(out.map((w, i) => [w.week, i]));
  for (const r of weekRows) {
    const i = index.get(weekStart(r.week));
    if (i === undefined) continue;
    out[i].answers += Number(r.answers);
    out[i].total += Number(r.total);
    out[i].passed += Number(r.passed);
    // Rows are one per week, but if a caller splits a week (e.g. per deck) a student may repeat: keep the max.
    out[i].students = Math.max(out[i].students, Number(r.students));
  }
  for (const w of out) w.rate = w.total > 0 ? w.passed / w.total : null;
  return out;
}
