// npm run db -- backup FILE | restore FILE   (see lib/ops/backup.ts for the format)
import { createReadStream, createWriteStream } from "node:fs";
import { once } from "node:events";
import { createGunzip, createGzip } from "node:zlib";
import readline from "node:readline";
import pg from "pg";
import { backup, restore } from "@/lib/ops/backup";

const [mode, file] = process.argv.slice(2);
if ((mode !== "backup" && mode !== "restore") || !file) {
  console.error("usage: npm run db -- backup FILE | restore FILE");
  process.exit(2);
}
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
try {
  if (mode === "backup") {
    const gz = createGzip();
    const out = gz.pipe(createWriteStream(file));
    const counts = await backup(client, async (line) => {
      if (!gz.write(line + "\n")) await once(gz, "drain");
    }, new Date());
    gz.end();
    await once(out, "finish");
    console.log(`[lectern] backup written to ${file}: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} tables`);
  } else {
    const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    const counts = await restore(client, lines);
    console.log(`[lectern] restored ${file}: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows`);
  }
} catch (err) {
  console.error(`[lectern] ${mode} failed: ${err instanceof Error ? err.message : err}`);
  process.exitCode = 1;
} finally {
  await client.end();
}
