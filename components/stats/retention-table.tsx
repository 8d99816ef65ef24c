import type { RetentionTable as Table } from "@/lib/stats";

const PERIODS = [["today", "Today"], ["yesterday", "Yesterday"], ["last7", "Last 7 days"], ["last30", "Last 30 days"], ["lastYear", "Last year"]] as const;
const pct = (r: { rate: number | null; total: number }) => (r.rate === null ? "—" : `${(r.rate * 100).toFixed(1)}%`);

/** True retention: share of review answers not graded Again, for young (<21d) and mature cards. */
export function RetentionTable({ table, caption }: { table: Table; caption: string }) {
  return (
    <table className="w-full text-sm" data-testid="retention-table">
      <caption className="mb-2 text-left text-xs text-slate-500">{caption}</caption>
      <thead className="text-xs text-slate-500"><tr><th scope="col" className="text-left">Period</th><th scope="col">Young</th><th scope="col">Mature</th><th scope="col">All</th><th scope="col">Reviews</th></tr></thead>
      <tbody>
        {PERIODS.map(([key, label]) => (
          <tr key={key} className="border-t border-slate-100 dark:border-slate-800">
            <th scope="row" className="py-1 text-left font-normal">{label}</th>
            <td className="text-center">{pct(table[key].young)}</td>
            <td className="text-center">{pct(table[key].mature)}</td>
            <td className="text-center font-medium">{pct(table[key].all)}</td>
            <td className="text-center text-slate-500">{table[key].all.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
