// `fsrs replay` speed: 100k answers (a synthetic student, America/New_York study days) replayed
// through the CLI's own code path (CSV parse, Anki's row rules, the review screen's scheduler for
// every answer, JSON lines out), beside a reference measured in the same run on the same answers:
// fsrs-rs's memory-state computation (the binding's nextStates, chained per card on study days).
// Run: npx tsx bench/replay.ts [--answers 100000]
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BindingMemoryState, FSRSBinding } from "@open-spaced-repetition/binding";
import { default_w } from "ts-fsrs";
import { FORGETFUL_WEIGHTS, syntheticHistory } from "@/lib/optimizer/synthetic";
import { parseRevlogCsv } from "@/lib/srs/revlog-csv";
import { zonedDayKey } from "@/lib/optimizer/training-items";
import { runFsrsCommand, UsageError } from "../scripts/lib/fsrs-command";
import { ankiRevlogCsv } from "../tests/support/revlog-csv";

const at = process.argv.indexOf("--answers");
const answers = at > 0 ? Number(process.argv[at + 1]) : 100_000;
const zone = "America/New_York";
const history = syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: answers, seed: 11 });
const file = path.join(mkdtempSync(path.join(os.tmpdir(), "bench-replay-")), "revlog.csv");
writeFileSync(file, ankiRevlogCsv(history));
const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString("en-US")} answers/s`;

console.log(`fsrs replay bench (Node ${process.version}): ${history.length.toLocaleString("en-US")} answers, ${new Set(history.map((h) => h.cardId)).size.toLocaleString("en-US")} cards, study days in ${zone}`);

let t = performance.now();
const out = await runFsrsCommand(["replay", file, "--timezone", zone, "--json"], (f) => {
  const parsed = parseRevlogCsv(readFileSync(f, "utf8"));
  if (!parsed.ok) throw new UsageError(parsed.error);
  return parsed;
});
const tCli = performance.now() - t;
const lines = out.trim().split("\n").length;

// Reference: the same answers' memory states from fsrs-rs, study-day deltas computed the same way.
t = performance.now();
const fsrs = new FSRSBinding([...default_w]);
const day = zonedDayKey(zone, 4); // the optimizer's study-day index (cached per quarter hour)
let memory: BindingMemoryState | null = null;
let prevCard = "", prevDay = 0;
for (const h of history) {
  const d = day(h.review);
  if (h.cardId !== prevCard) memory = null;
  const next = fsrs.nextStates(memory, 0.9, memory ? d - prevDay : 0);
  memory = [next.again, next.hard, next.good, next.easy][h.rating - 1].memory;
  prevCard = h.cardId;
  prevDay = d;
}
const tRef = performance.now() - t;

console.log(`  fsrs replay (CLI path, ${lines.toLocaleString("en-US")} cards out)   ${(tCli / 1000).toFixed(2)} s  ${rate(history.length, tCli)}`);
console.log(`  reference: fsrs-rs memory states          ${(tRef / 1000).toFixed(2)} s  ${rate(history.length, tRef)}  replay/ref = ${(tCli / tRef).toFixed(1)}x`);
