// One Prisma client per process (kept on globalThis so dev hot-reload doesn't open new pools).
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { markDatabaseDown } from "@/lib/ops/db-health";

function createClient() {
  // Lost connections are logged, never thrown as uncaught exceptions (see lib/data/pg.ts).
  const log = (err: Error) => {
    markDatabaseDown();
    console.error(`[lectern] database connection lost (${err.message}); it is reopened on the next query`);
  };
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 }, { onPoolError: log, onConnectionError: log });
  // Password hashes never leave the data layer unless a query asks for them explicitly.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

type Client = ReturnType<typeof createClient>;
const globalForPrisma = globalThis as unknown as { lecternPrisma?: Client };

export function db(): Client {
  globalForPrisma.lecternPrisma ??= createClient();
  return globalForPrisma.lecternPrisma;
}

export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];
