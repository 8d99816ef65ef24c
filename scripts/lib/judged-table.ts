import { seededRandom } from "@/lib/optimizer/random";
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

/**
 * A fixed-seed sample stratified by sub-rule: for each rule (in name order) up to `perRule` of its
 * items drawn at random, one card at most once, for a rater to judge.
 */
export function stratifiedSample<T extends { rule: string; card: string }>(items: T[], perRule: number, seed: number): T[] {
  const rnd = seededRandom(seed);
  const byRule = new Map<string, T[]>();
  for (const d of items) byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
  const out: T[] = [];
  for (const [, ds] of [...byRule].sort()) {
    const pool = [...ds];
    const seen = new Set<string>();
    let n = 0;
    while (pool.length && n < perRule) {
      const d = pool.splice(Math.floor(rnd() * pool.length), 1)[0];
      if (seen.has(d.card)) continue;
      seen.add(d.card);
      n++;
      out.push(d);
    }
  }
  return out;
}
