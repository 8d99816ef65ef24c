// Applies pending migrations with Prisma's CLI (WASM schema engine, see prisma.config.ts).
import { spawn } from "node:child_process";

export function runPrisma(args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/prisma/build/index.js", ...args], {
      stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code: code ?? 1, out }));
  });
}

export async function migrateDeploy(url) {
  const { code, out } = await runPrisma(["migrate", "deploy"], { DATABASE_URL: url });
  if (code !== 0) throw new Error(`Database migration failed:\n${out}`);
}
