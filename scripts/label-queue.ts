// Blind labelling queue for the card evaluation (rubric: docs/card-rubric.md).
//   npm run label-queue -- write <fixture> [--worktree DIR [--candidates] [--pipeline]] [--max N] [--rater NAME]
//       adds the generator's cards that NAME has not labelled to tests/fixtures/labels/queue/<fixture>.jsonl,
//       shuffled deterministically, with kind/context line/front/back/sentence only (no score, rule or flags).
//       Default generator: this checkout (top N, default 60); --worktree runs DIR's `npm run cards`.
//       --prune first drops unlabelled queue items the generator no longer produces.
//       --unless-counted-by CHAIN also leaves out cards the evaluation already counts under that rater chain
//       (e.g. the strict-first chain): only the cards no figure has yet, such as training cards a change brought in.
//   npm run label-queue -- show <fixture>            numbered unlabelled items, as a rater sees them
//   npm run label-queue -- apply <fixture> <file>     sets labels from lines "N accept" / "N edit REASON [note]" / "N reject REASON [note]"
//   npm run label-queue -- merge <fixture> [--rater NAME]
//       moves labelled queue items into tests/fixtures/labels/<fixture>.jsonl (all or nothing).
//   npm run label-queue -- sample <fixture> --rater NAME [--from rater-a] [--n 20]
//       a second rater's blind queue: N cards the first rater labelled (deterministic sample), without their labels
//   npm run label-queue -- agreement [--raters rater-a,rater-b]   Cohen's kappa of two raters on the cards both labelled
//   npm run label-queue -- status                   labels and queued items per fixture
// Every command but status and agreement works on the queue of --rater (default rater-a).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirs, inRepoCards, labelsFile, loadBooks, readLabels, readQueueFile, worktreeCards, writeQueueFile } from "./lib/cards-eval";
import { cardKey, cohenKappa, extendQueue, formatLabels, LABELS, LabelIndex, mergeLabels, pairLabels, REASONS, shuffle, takeLabelled, type LabelValue, type QueueItem, type ReasonCode } from "@/lib/cards/eval";

function fail(message: string): never {
  process.stderr.write(`label-queue: ${message}\n`);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
const value = (flag: string) => {
  const i = rest.indexOf(flag);
  if (i < 0) return undefined;
  const v = rest[i + 1];
  if (!v || v.startsWith("--")) fail(`${flag} needs a value`);
  return v;
};
const positional = rest.filter((a, i) => !a.startsWith("--") && !["--worktree", "--max", "--rater", "--from", "--n", "--raters", "--unless-counted-by"].includes(rest[i - 1]));
const rater = value("--rater") ?? "rater-a";

function fixtureArg(): string {
  const fixture = positional[0];
  if (!fixture) fail(`usage: npm run label-queue -- ${command} <fixture>`);
  if (!loadBooks().fixtures[fixture]) fail(`${fixture} is not in tests/fixtures/labels/books.json`);
  return fixture;
}

function readQueue(fixture: string): QueueItem[] {
  try {
    return readQueueFile(fixture, rater);
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}

const writeQueue = (fixture: string, queue: QueueItem[]) => writeQueueFile(fixture, queue, rater);

switch (command) {
  case "write": {
    const fixture = fixtureArg();
    const max = Number(value("--max") ?? 60);
    if (!Number.isInteger(max) || max < 1) fail("--max takes a positive whole number");
    const worktree = value("--worktree");
    const { cards } = worktree ? worktreeCards(worktree, fixture, { max, candidates: rest.includes("--candidates"), extra: rest.includes("--pipeline") ? ["--pipeline"] : [] }) : inRepoCards(fixture, max);
    const current = new Set(cards.map(cardKey));
    const before = readQueue(fixture);
    const kept = rest.includes("--prune") ? before.filter((q) => q.label != null || current.has(cardKey(q))) : before;
    const { queue, added } = extendQueue(fixture, kept, cards, readLabels(fixture), rater, value("--unless-counted-by"));
    writeQueue(fixture, queue);
    console.log(`${fixture}: ${cards.length} cards, ${added} new in the queue, ${before.length - kept.length} pruned, ${queue.filter((q) => q.label == null).length} waiting`);
    break;
  }
  case "show": {
    const fixture = fixtureArg();
    readQueue(fixture).forEach((q, i) => {
      // The context line is shown above the question, as the student will see it.
      if (q.label == null) console.log(`${i + 1}. [${q.kind}] ${q.context ? `(context: ${q.context}) ` : ""}${q.front}\n   → ${q.back}\n   sentence: ${q.sentence}\n`);
    });
    break;
  }
  case "apply": {
    const fixture = fixtureArg();
    const file = positional[1];
    if (!file) fail("usage: npm run label-queue -- apply <fixture> <file>");
    const queue = readQueue(fixture);
    const errors: string[] = [];
    for (const [n, line] of readFileSync(file, "utf8").split("\n").entries()) {
      const m = line.trim().match(/^(\d+)\s+(\S+)(?:\s+(\S+))?(?:\s+(.+))?$/);
      if (!line.trim() || line.trim().startsWith("#")) continue;
      if (!m) {
        errors.push(`line ${n + 1}: expected "N label [reason] [note]"`);
        continue;
      }
      const [, num, label, reason, note] = m;
      const item = queue[Number(num) - 1];
      if (!item) errors.push(`line ${n + 1}: no queue item ${num}`);
      else if (!LABELS.includes(label as LabelValue)) errors.push(`line ${n + 1}: label must be ${LABELS.join("/")}`);
      else if (label !== "accept" && !REASONS.includes(reason as ReasonCode)) errors.push(`line ${n + 1}: ${label} needs a reason (${REASONS.join(", ")})`);
      else Object.assign(item, { label, reason: label === "accept" ? null : reason, ...(label === "accept" && reason ? { note: [reason, note].filter(Boolean).join(" ") } : note ? { note } : {}) });
    }
    if (errors.length) fail(errors.join("\n"));
    writeQueue(fixture, queue);
    console.log(`${fixture}: ${queue.filter((q) => q.label != null).length} labelled, ${queue.filter((q) => q.label == null).length} waiting`);
    break;
  }
  case "merge": {
    const fixture = fixtureArg();
    let taken;
    try {
      taken = takeLabelled(readQueue(fixture), rater);
    } catch (err) {
      fail(`${fixture}: nothing merged:\n${(err as Error).message}`);
    }
    const merged = mergeLabels(readLabels(fixture), taken.labels);
    writeFileSync(labelsFile(fixture), formatLabels(merged));
    writeQueue(fixture, taken.rest);
    console.log(`${fixture}: merged ${taken.labels.length}; ${merged.length} labels in total; ${taken.rest.length} still queued`);
    break;
  }
  case "sample": {
    const fixture = fixtureArg();
    const from = value("--from") ?? "rater-a";
    const n = Number(value("--n") ?? 20);
    if (rater === from) fail("--rater must name the second rater, not the one sampled from");
    if (!Number.isInteger(n) || n < 1) fail("--n takes a positive whole number");
    const labels = readLabels(fixture);
    const theirs = new LabelIndex(labels, rater);
    const pool = shuffle(labels.filter((l) => l.rater === from && !theirs.has(l)), `${fixture}:${from}`).slice(0, n);
    const { queue, added } = extendQueue(fixture, readQueue(fixture), pool, labels, rater);
    writeQueue(fixture, queue);
    console.log(`${fixture}: ${added} cards labelled by ${from} queued for ${rater} (${queue.filter((q) => q.label == null).length} waiting)`);
    break;
  }
  case "agreement": {
    const [a, b] = (value("--raters") ?? "rater-a,rater-b").split(",");
    if (!a || !b) fail("--raters takes two names, e.g. rater-a,rater-b");
    const pairs = Object.keys(loadBooks().fixtures).flatMap((fixture) => {
      const labels = readLabels(fixture);
      const p = pairLabels(labels.filter((l) => l.rater === a), new LabelIndex(labels, b));
      if (p.length) console.log(`${fixture}: ${p.length} cards labelled by both`);
      return p;
    });
    if (!pairs.length) fail(`no card is labelled by both ${a} and ${b}`);
    const k = cohenKappa(pairs);
    const accept = (r: 0 | 1) => pairs.filter((p) => p[r] === "accept").length / pairs.length;
    console.log(`${a} vs ${b}: n = ${k.n}, observed agreement ${(k.observed * 100).toFixed(0)}%, Cohen's kappa ${k.kappa.toFixed(2)} (accept share ${(accept(0) * 100).toFixed(0)}% vs ${(accept(1) * 100).toFixed(0)}%)`);
    break;
  }
  case "status": {
    const { fixtures, books } = loadBooks();
    const queued = existsSync(dirs.queue) ? readdirSync(dirs.queue) : [];
    let total = 0;
    for (const [fixture, entry] of Object.entries(fixtures)) {
      const labels = readLabels(fixture);
      total += labels.length;
      const byRater = Object.entries(labels.reduce<Record<string, number>>((m, l) => ((m[l.rater] = (m[l.rater] ?? 0) + 1), m), {})).map(([r, n]) => `${r} ${n}`).join(", ");
      const q = queued.includes(`${fixture}.jsonl`) ? readQueue(fixture).filter((x) => x.label == null).length : 0; // rater-a's queue
      console.log(`${fixture} (${books[entry.book].split}): ${labels.length} labels${byRater ? ` (${byRater})` : ""}, ${q} queued`);
    }
    console.log(`total: ${total} labels`);
    break;
  }
  default:
    fail("usage: npm run label-queue -- write|show|apply|merge|sample|agreement|status ... (see the header of scripts/label-queue.ts)");
}
