// Runs every benchmark in bench/ one after another (each prints its own figures beside its
// reference). Usage: npm run bench [-- --quick]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const quick = process.argv.includes("--quick") ? ["--quick"] : [];
const BENCHES = ["srs", "review", "stats", "chapters", "cards", "optimizer", "replay", "simulator", "import", "assignments", "anki-import"];
let failed = 0;
for (const name of BENCHES) {
  const file = `bench/${name}.ts`;
  if (!existsSync(file)) continue;
  console.log(`\n=== ${file} ===`);
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", file, ...quick], { stdio: "inherit", env: process.env });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
