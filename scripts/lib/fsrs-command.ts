// The `fsrs` command line (scripts/fsrs.ts): argument checking and the replay / fit commands, on
// the same code as the app (lib/srs/replay for a real review's path, lib/optimizer for the fit).
import { default_w } from "ts-fsrs";
import { replayCards } from "@/lib/srs/replay";
import { checkClock, type StudyClock } from "@/lib/srs/study-clock";
import { isValidTimeZone } from "@/lib/srs/study-day";
import { schedulingWeights } from "@/lib/srs/weights";
import type { ParsedRevlog } from "@/lib/srs/revlog-csv";
import type { DeckOptions } from "@/lib/srs/types";
import { compareAndChoose, evaluateParameters, fitParameters } from "@/lib/optimizer/fit";
import { trainingItemsFromRevlog } from "@/lib/optimizer/revlog-items";

export class UsageError extends Error {}

export const USAGE = "usage: npm run --silent fsrs -- <replay|fit> FILE --timezone ZONE [--rollover H] [--weights w0,…,w20] [--learning-steps 1m,10m] [--relearning-steps 10m] [--desired-retention 0.9] [--json]";

const VALUE_FLAGS = ["--timezone", "--rollover", "--weights", "--learning-steps", "--relearning-steps", "--desired-retention"];
const STEP = /^\d+(\.\d+)?[mhd]$/;
const STATE_NAMES = ["New", "Learning", "Review", "Relearning"];

type Parsed = { command: "replay" | "fit"; file: string; json: boolean; clock: StudyClock; deck: DeckOptions; weightsGiven: boolean };

function steps(flag: string, value: string | undefined, fallback: string[]): string[] {
  if (value === undefined) return fallback;
  const list = value.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = list.find((s) => !STEP.test(s));
  if (bad) throw new UsageError(`${flag}: "${bad}" is not a step like 10m, 1h or 1d`);
  return list;
}

export function parseArgs(argv: readonly string[]): Parsed {
  const [command, ...rest] = argv;
  if (command !== "replay" && command !== "fit") throw new UsageError(command ? `unknown command "${command}"; ${USAGE}` : USAGE);
  const values = new Map<string, string>();
  let json = false;
  let file: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "--json") json = true;
    else if (VALUE_FLAGS.includes(a)) {
      if (i + 1 >= rest.length) throw new UsageError(`${a} needs a value`);
      values.set(a, rest[++i]);
    } else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new UsageError(`unexpected argument "${a}"`);
  }
  if (!file) throw new UsageError(`no FILE given; ${USAGE}`);
  const timeZone = values.get("--timezone");
  if (!timeZone) throw new UsageError("--timezone ZONE is required (an IANA zone such as Europe/Berlin)");
  if (!isValidTimeZone(timeZone)) throw new UsageError(`unknown time zone "${timeZone}"`);
  const rolloverText = values.get("--rollover") ?? "4";
  const rollover = Number(rolloverText);
  if (!/^\d+$/.test(rolloverText) || rollover > 23) throw new UsageError(`--rollover must be an hour 0-23, got "${rolloverText}"`);
  let weights: number[] | undefined;
  const weightsText = values.get("--weights");
  if (weightsText !== undefined) {
    weights = weightsText.split(",").map((w) => Number(w.trim()));
    if (weights.length !== 21) throw new UsageError(`--weights needs 21 FSRS-6 weights (w0..w20), got ${weights.length}`);
    if (weights.some((w) => !Number.isFinite(w))) throw new UsageError("--weights: every weight must be a number");
  }
  const retentionText = values.get("--desired-retention") ?? "0.9";
  const desiredRetention = Number(retentionText);
  if (!(desiredRetention > 0 && desiredRetention < 1)) throw new UsageError(`--desired-retention must be between 0 and 1, got "${retentionText}"`);
  const deck: DeckOptions = {
    desiredRetention, maximumInterval: 36500,
    learningSteps: steps("--learning-steps", values.get("--learning-steps"), ["1m", "10m"]),
    relearningSteps: steps("--relearning-steps", values.get("--relearning-steps"), ["10m"]),
    newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND",
    ...(weights ? { weights } : {}),
  };
  return { command, file, json, clock: checkClock({ timeZone, dayStartHour: rollover }), deck, weightsGiven: weights !== undefined };
}

const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : "-");

function replay(p: Parsed, revlog: Extract<ParsedRevlog, { ok: true }>): string {
  const { cards, skipped } = replayCards(revlog.rows, { deck: p.deck, clock: p.clock });
  if (p.json) {
    return cards.map((c) => JSON.stringify({ card: c.cardId, stability: c.memory.stability, difficulty: c.memory.difficulty, state: STATE_NAMES[c.memory.state], due: c.memory.due.toISOString() }) + "\n").join("");
  }
  const rows = cards.map((c) => [c.cardId, String(c.answers), fixed(c.memory.stability, 4), fixed(c.memory.difficulty, 4), STATE_NAMES[c.memory.state] + (c.seededFromSm2 ? " (SM-2 start)" : ""), c.memory.due.toISOString()]);
  const header = ["card", "answers", "stability", "difficulty", "state", "due"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((v, i) => (i >= 1 && i <= 3 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join("  ").trimEnd();
  return [`${cards.length} cards replayed from ${revlog.rows.length} rows (${revlog.format}), study days in ${p.clock.timeZone} from ${p.clock.dayStartHour}:00` + (skipped.length ? `; ${skipped.length} without a usable answer` : ""),
    line(header), ...rows.map(line)].join("\n") + "\n";
}

async function fit(p: Parsed, revlog: Extract<ParsedRevlog, { ok: true }>): Promise<string> {
  const { items, reviews } = trainingItemsFromRevlog(revlog.rows, p.clock);
  const relearning = p.deck.relearningSteps.length;
  const current = schedulingWeights(p.deck.weights ?? default_w, relearning);
  const before = evaluateParameters(items, current);
  const fitted = schedulingWeights(await fitParameters(items, { numRelearningSteps: relearning, progressIntervalMs: 1000 }), relearning);
  const after = evaluateParameters(items, fitted);
  const choice = compareAndChoose({ weights: current, metrics: before }, { weights: fitted, metrics: after });
  const result = {
    format: revlog.format, reviews, items: items.length, relearningSteps: relearning,
    metrics: "Anki's Evaluate (fsrs-rs evaluate: every item, recency-weighted, no outlier filter)",
    weights: fitted, before: { weights: p.weightsGiven ? "given" : "default", ...before }, after, applied: choice.apply, reason: choice.reason,
  };
  if (p.json) return JSON.stringify(result) + "\n";
  return [`${items.length} training items from ${reviews} answers (${revlog.format}); relearning steps: ${relearning}`,
    `before (${result.before.weights} weights): log loss ${fixed(before.logLoss, 4)}, RMSE(bins) ${fixed(before.rmseBins * 100, 2)}%`,
    `after  (fitted):          log loss ${fixed(after.logLoss, 4)}, RMSE(bins) ${fixed(after.rmseBins * 100, 2)}%`,
    `${choice.apply ? "the app would apply them" : "the app would keep the current weights"}: ${choice.reason}`,
    `weights: ${fitted.map((w) => w.toFixed(4)).join(",")}`].join("\n") + "\n";
}

export async function runFsrsCommand(argv: readonly string[], read: (file: string) => Extract<ParsedRevlog, { ok: true }>): Promise<string> {
  const p = parseArgs(argv);
  const revlog = read(p.file);
  return p.command === "replay" ? replay(p, revlog) : fit(p, revlog);
}
