import { inject } from "vitest";

// lib/env.ts reads DATABASE_URL lazily, so setting it before any test imports the client is enough.
process.env.DATABASE_URL = inject("databaseUrl");
