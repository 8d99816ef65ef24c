// `prisma generate` reads the datasource URL from the environment even though it never connects;
// without one it falls back to downloading a native query engine, which fails offline.
// A placeholder URL keeps it on the WASM query compiler configured in prisma/schema.prisma.
import { spawnSync } from "node:child_process";
const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL || "postgresql://placeholder@127.0.0.1:1/placeholder" };
const r = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(r.status ?? 1);
