// The `anki` command (see scripts/anki.mjs for usage): imports an .apkg/.colpkg for an existing
// account, or exports one of its decks as a package Anki opens. Errors: one line on stderr, exit 2.
import { readFileSync, writeFileSync } from "node:fs";
import { db } from "@/lib/db";
import { IMPORT_STEPS, importAnkiPackage, type ConflictPolicy } from "@/lib/data/anki-import";
import { exportAnkiDeck } from "@/lib/data/anki-export";
import { AnkiPackageError } from "@/lib/anki/types";
import { isValidTimeZone } from "@/lib/srs/study-day";

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (value === undefined || value.startsWith("--")) throw new UsageError(`${name} needs a value`);
  return value;
}

async function userId(email: string | undefined): Promise<string> {
  if (!email) throw new UsageError("--user EMAIL is required");
  const user = await db().user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  if (!user) throw new UsageError(`no account with the email ${email}`);
  return user.id;
}

function output(text: string) {
  const file = process.env.ANKI_RESULT_FILE;
  if (file) writeFileSync(file, text);
  else process.stdout.write(text);
}

async function runImport(args: string[]) {
  const withValue = new Set(["--user", "--timezone", "--rollover", "--deck-into", "--policy"]);
  const file = args.find((a, i) => i > 0 && !a.startsWith("--") && !withValue.has(args[i - 1]));
  if (!file) throw new UsageError("usage: anki import FILE --user EMAIL --timezone ZONE [--rollover H] [--deck-into NAME] [--policy keep-newer|keep-mine] [--json]");
  const id = await userId(option(args, "--user"));
  const account = await db().user.findUniqueOrThrow({ where: { id }, select: { timeZone: true } });
  const timeZone = option(args, "--timezone") ?? account.timeZone;
  if (!isValidTimeZone(timeZone)) throw new UsageError(`unknown time zone ${timeZone}`);
  const rolloverText = option(args, "--rollover");
  const rollover = rolloverText === undefined ? undefined : Number(rolloverText);
  if (rollover !== undefined && !(Number.isInteger(rollover) && rollover >= 0 && rollover <= 23)) throw new UsageError("--rollover takes an hour 0-23");
  const policy = (option(args, "--policy") ?? "keep-newer") as ConflictPolicy;
  if (policy !== "keep-newer" && policy !== "keep-mine") throw new UsageError("--policy is keep-newer or keep-mine");
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  // A progress bar on a terminal (stderr, so --json output stays one object on stdout).
  const steps: string[] = [...IMPORT_STEPS];
  const onProgress = process.stderr.isTTY ? (step: string) => {
    const done = steps.indexOf(step), total = steps.length - 1;
    process.stderr.write(`\r${`importing: ${step}`.padEnd(20)} [${"#".repeat(done * 3)}${".".repeat((total - done) * 3)}]${done === total ? "\n" : ""}`);
  } : undefined;
  const summary = await importAnkiPackage(id, bytes, { timeZone, rollover, deckInto: option(args, "--deck-into"), policy, onProgress });
  if (args.includes("--json")) output(JSON.stringify(summary) + "\n");
  else {
    output(`Imported ${summary.notes} notes (${summary.notesAdded} new, ${summary.notesUpdated} updated), ${summary.cards} cards, ${summary.decks} decks, ` +
      `${summary.notetypes} note types, ${summary.media} media files, ${summary.reviewsAdded} of ${summary.reviews} reviews.\n` +
      summary.skipped.map((s) => `  skipped: ${s}\n`).join(""));
  }
}

async function runExport(args: string[]) {
  const id = await userId(option(args, "--user"));
  const deck = option(args, "--deck");
  const out = option(args, "--out");
  if (!deck || !out) throw new UsageError("usage: anki export --user EMAIL --deck NAME --out FILE [--history] [--media] [--legacy]");
  const result = await exportAnkiDeck(id, deck, { history: args.includes("--history"), media: args.includes("--media"), legacy: args.includes("--legacy") });
  writeFileSync(out, result.bytes);
  output(JSON.stringify({ out, ...result.counts }) + "\n");
}

try {
  const [command, ...rest] = process.argv.slice(2);
  if (command === "import") await runImport([command, ...rest]);
  else if (command === "export") await runExport([command, ...rest]);
  else throw new UsageError("usage: anki <import|export> …");
  await db().$disconnect();
} catch (err) {
  const message = err instanceof UsageError || err instanceof AnkiPackageError ? err.message : (err as Error).message.split("\n")[0];
  process.stderr.write(`anki: ${message}\n`);
  process.exit(2);
}
