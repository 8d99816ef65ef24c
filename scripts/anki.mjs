// npm run --silent anki -- import FILE --user EMAIL --timezone ZONE [--rollover H] [--deck-into NAME] [--policy keep-newer|keep-mine] [--json]
// npm run --silent anki -- export --user EMAIL --deck NAME --out FILE [--history] [--media] [--legacy]
// Runs scripts/anki.ts on the embedded default database (or DATABASE_URL) through with-db.mjs.
// with-db and the seed print status lines on stdout, so they are sent to stderr here and only the
// command's own result (written to a temporary file) reaches stdout.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(os.tmpdir(), "lectern-anki-"));
const resultFile = path.join(dir, "result");
const child = spawn(process.execPath, ["scripts/with-db.mjs", process.execPath, "--conditions=react-server", "--import", "tsx", "scripts/anki.ts", ...process.argv.slice(2)], {
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, ANKI_RESULT_FILE: resultFile },
});
child.stdout.pipe(process.stderr);
child.on("exit", (code) => {
  if (existsSync(resultFile)) process.stdout.write(readFileSync(resultFile));
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 1);
});
