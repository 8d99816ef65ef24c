// The `fsrs` command line end to end: spawned as `npm run fsrs` runs it, on generated CSV files.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { default_w } from "ts-fsrs";
import { FORGETFUL_WEIGHTS, syntheticHistory } from "@/lib/optimizer/synthetic";
import { parseRevlogCsv } from "@/lib/srs/revlog-csv";
import { replayCards } from "@/lib/srs/replay";
import { ankiRevlogCsv, optimizerCsv } from "../../support/revlog-csv";

const dir = mkdtempSync(path.join(os.tmpdir(), "fsrs-cli-"));
const write = (name: string, text: string) => { const file = path.join(dir, name); writeFileSync(file, text); return file; };
const fsrs = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/fsrs.ts", ...args], { encoding: "utf8", cwd: process.cwd() });

const small = syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: 300, days: 90, seed: 7 });
const revlogFile = write("revlog.csv", ankiRevlogCsv(small));
const optimizerFile = write("optimizer.csv", optimizerCsv(small));

type Line = { card: string; stability: number; difficulty: number; state: string; due: string };
const lines = (stdout: string) => stdout.trim().split("\n").map((l) => JSON.parse(l) as Line);

describe("npm run fsrs -- replay", () => {
  it("prints one JSON object per card: the state the review path reaches on the student's study days", () => {
    const r = fsrs("replay", revlogFile, "--timezone", "America/New_York", "--rollover", "4", "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = lines(r.stdout);
    const parsed = parseRevlogCsv(ankiRevlogCsv(small));
    if (!parsed.ok) throw new Error(parsed.error);
    const expected = replayCards(parsed.rows, {
      deck: { desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"], relearningSteps: ["10m"], newPerDay: 20, reviewsPerDay: 200, leechThreshold: 8, leechAction: "SUSPEND" },
      clock: { timeZone: "America/New_York", dayStartHour: 4 },
    }).cards;
    expect(out).toHaveLength(new Set(small.map((s) => s.cardId)).size);
    expect(out).toEqual(expected.map((c) => ({ card: c.cardId, stability: c.memory.stability, difficulty: c.memory.difficulty, state: ["New", "Learning", "Review", "Relearning"][c.memory.state], due: c.memory.due.toISOString() })));
    for (const line of out) expect(Object.keys(line)).toEqual(["card", "stability", "difficulty", "state", "due"]);
  }, 30_000);

  it("reads the FSRS optimizer CSV to the same result, and a time zone changes it", () => {
    const a = fsrs("replay", revlogFile, "--timezone", "Asia/Tokyo", "--json");
    const b = fsrs("replay", optimizerFile, "--timezone", "Asia/Tokyo", "--json");
    expect(b.status).toBe(0);
    expect(lines(b.stdout).map((l) => [l.card, l.stability])).toEqual(lines(a.stdout).map((l) => [l.card, l.stability]));
    const utc = fsrs("replay", revlogFile, "--timezone", "UTC", "--json");
    expect(lines(utc.stdout).map((l) => l.stability)).not.toEqual(lines(a.stdout).map((l) => l.stability));
  }, 30_000);

  it("takes weights and steps, and prints a readable table without --json", () => {
    const weights = [...default_w].map((w, i) => (i === 2 ? 5 : w)).join(",");
    const r = fsrs("replay", revlogFile, "--timezone", "Europe/Berlin", "--weights", weights, "--relearning-steps", "10m,1h", "--learning-steps", "1m,10m");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+ cards replayed from 3\d\d rows \(anki-revlog\), study days in Europe\/Berlin from 4:00/);
    expect(r.stdout).toMatch(/\ncard\s+answers\s+stability\s+difficulty\s+state\s+due\n/);
    expect(r.stdout).toContain("c000000");
  }, 30_000);

  it.each([
    [["replay", "--timezone", "UTC"], /no FILE given/],
    [["replay", "REVLOG", "--timezone", "Mars/Olympus"], /unknown time zone "Mars\/Olympus"/],
    [["replay", "REVLOG"], /--timezone ZONE is required/],
    [["replay", "REVLOG", "--timezone", "UTC", "--weights", "1,2,3"], /needs 21 FSRS-6 weights .*got 3/],
    [["replay", "REVLOG", "--timezone", "UTC", "--rollover", "25"], /--rollover must be an hour 0-23/],
    [["replay", "REVLOG", "--timezone", "UTC", "--relearning-steps", "10x"], /"10x" is not a step/],
    [["replay", "BAD", "--timezone", "UTC"], /unrecognised header "a,b,c"/],
    [["replay", "/nonexistent/revlog.csv", "--timezone", "UTC"], /cannot read \/nonexistent\/revlog.csv: ENOENT/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["fit", "REVLOG", "--timezone", "UTC"], /Only \d+ usable reviews were found/],
  ])("exits with code 2 and one line on stderr: %j", (args, message) => {
    const bad = write("bad.csv", "a,b,c\n1,2,3\n");
    const r = fsrs(...args.map((a) => (a === "REVLOG" ? revlogFile : a === "BAD" ? bad : a)));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  }, 30_000);
});

describe("npm run fsrs -- fit", () => {
  it("prints the fitted weights and the before/after metrics as the app shows them", () => {
    const big = write("big.csv", ankiRevlogCsv(syntheticHistory({ trueWeights: FORGETFUL_WEIGHTS, reviews: 3000, seed: 2 })));
    const r = fsrs("fit", big, "--timezone", "Europe/Berlin", "--relearning-steps", "10m,1h", "--json");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { weights: number[]; before: { logLoss: number; rmseBins: number }; after: { logLoss: number; rmseBins: number }; items: number; relearningSteps: number; applied: boolean };
    expect(out.weights).toHaveLength(21);
    expect(out.relearningSteps).toBe(2);
    expect(out.items).toBeGreaterThanOrEqual(400);
    expect(out.after.logLoss).toBeLessThan(out.before.logLoss);
    expect(out.applied).toBe(true);
  }, 60_000);
});
