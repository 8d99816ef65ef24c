import "server-only";
// Long work (cleaning a 1 MB book, fitting FSRS weights) runs in a child Node process, so it never
// blocks the server's event loop. The child reads and writes its progress in the database; the
// page polls it. Jobs are plain scripts in scripts/jobs/, run with tsx (a runtime dependency).
import { spawn } from "node:child_process";
import path from "node:path";

export function spawnJob(script: "process-source" | "optimize" | "optimize-presets" | "reschedule", args: string[]): void {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join("scripts", "jobs", `${script}.ts`), ...args], {
    cwd: process.cwd(),
    env: process.env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  child.on("error", (err) => console.error(`[lectern] could not start job ${script}:`, err));
  child.unref();
}
