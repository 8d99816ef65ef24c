import { existsSync, readFileSync } from "node:fs";

/** The verdicts of a judgements file ({ judgements: { key: { rule, verdict } } }) counted by sub-rule, for console.table. */
export function judgedTable(file: string): Record<string, Record<string, number>> {
  const judged: Record<string, { rule: string; verdict: string }> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).judgements : {};
  const t = new Map<string, Record<string, number>>();
  for (const j of Object.values(judged)) {
    const row = t.get(j.rule) ?? {};
    row[j.verdict] = (row[j.verdict] ?? 0) + 1;
    t.set(j.rule, row);
  }
  return Object.fromEntries([...t].sort());
}
