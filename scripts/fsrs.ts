// npm run --silent fsrs -- <replay|fit> FILE --timezone ZONE [--rollover H] [--weights w0,…,w20]
//   [--learning-steps 1m,10m] [--relearning-steps 10m] [--desired-retention 0.9] [--json]
// FILE: an Anki revlog CSV or an FSRS optimizer CSV (detected by header). Errors: one line on
// stderr, exit code 2.
import { readFileSync } from "node:fs";
import { parseRevlogCsv } from "@/lib/srs/revlog-csv";
import { runFsrsCommand, UsageError } from "./lib/fsrs-command";

function fail(message: string): never {
  process.stderr.write(`fsrs: ${message}\n`);
  process.exit(2);
}

try {
  const out = await runFsrsCommand(process.argv.slice(2), (file) => {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const parsed = parseRevlogCsv(text);
    if (!parsed.ok) throw new UsageError(`${file}: ${parsed.error}`);
    return parsed;
  });
  process.stdout.write(out);
} catch (err) {
  if (err instanceof UsageError) fail(err.message);
  fail((err as Error).message.split("\n")[0]);
}
