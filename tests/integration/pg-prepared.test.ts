import { describe, expect, it } from "vitest";
import { pool, q, qPrepared } from "@/lib/data/pg";

/** Distinct lectern_ statement names prepared on any pooled connection. */
const preparedOnServer = async (): Promise<number> => {
  // pg_prepared_statements is per connection: ask on every pooled client at once (they are all idle).
  const clients = await Promise.all(Array.from({ length: pool().totalCount }, () => pool().connect()));
  try {
    const rows = await Promise.all(clients.map((c) => c.query<{ name: string }>(`SELECT name FROM pg_prepared_statements WHERE name LIKE 'lectern_%'`)));
    return new Set(rows.flatMap((r) => r.rows.map((x) => x.name))).size;
  } finally {
    clients.forEach((c) => c.release());
  }
};

describe("qPrepared", () => {
  it("answers as q does, with the statement prepared on the connection, and stops naming new texts past its bound", async () => {
    const text = `SELECT $1::int + 1 AS n, 'prepared-test' AS tag`;
    expect(await qPrepared<{ n: number }>(text, [41])).toEqual(await q<{ n: number }>(text, [41]));
    expect(await qPrepared<{ n: number }>(text, [1])).toEqual([{ n: 2, tag: "prepared-test" }]);
    const before = await preparedOnServer();
    expect(before).toBeGreaterThan(0);
    // Far more distinct texts than the bound: all still answer, and at most the bound are ever named.
    for (let i = 0; i < 150; i++) expect(await qPrepared<{ n: number }>(`SELECT ${i}::int AS n`)).toEqual([{ n: i }]);
    expect(await preparedOnServer()).toBe(100);
  });
});
