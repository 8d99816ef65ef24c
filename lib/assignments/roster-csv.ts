// Exam readiness appended to the class roster CSV (lib/stats/csv.ts): three columns per row, in
// percent, empty for a student without a prediction. The roster's fields never hold line breaks.
import type { Readiness } from "./readiness";

export const READINESS_CSV_HEADER = ["Exam readiness (%)", "Readiness low (%)", "Readiness high (%)"];

const pct = (x: number) => String(Math.round(x * 1000) / 10);

export function withReadinessColumns(csv: string, readiness: (Readiness | null)[]): string {
  const lines = csv.replace(/\r\n$/, "").split("\r\n");
  if (lines.length - 1 !== readiness.length) throw new Error("roster CSV and readiness rows differ in number");
  const out = lines.map((line, i) => {
    if (i === 0) return `${line},${READINESS_CSV_HEADER.join(",")}`;
    const r = readiness[i - 1];
    return `${line},${r ? [pct(r.mean), pct(r.low), pct(r.high)].join(",") : ",,"}`;
  });
  return out.join("\r\n") + "\r\n";
}
