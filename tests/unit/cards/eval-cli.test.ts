// The evaluation and labelling CLIs: JSON output, and clear refusals with exit code 2.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const run = (script: string, ...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8", cwd: process.cwd() });

describe("npm run eval:cards", () => {
  it("prints per-book figures of the held-out books as JSON with --subset ci --json", () => {
    const r = run("scripts/eval-cards.ts", "--subset", "ci", "--json");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { books: { split: string; pooled: { cards: number; labelled: number } }[]; heldOut: { chapters: number } };
    expect(out.books.length).toBeGreaterThanOrEqual(3);
    expect(out.books.every((b) => b.split === "heldout")).toBe(true);
    expect(out.heldOut.chapters).toBe(out.books.reduce((n, b) => n + (b as unknown as { chapters: unknown[] }).chapters.length, 0));
  }, 60_000);

  it("keeps a held-out chapter's reasons, missed facts and unlabelled cards out of the text report unless --show-held-out", () => {
    const plain = run("scripts/eval-cards.ts", "--subset", "ci");
    expect(plain.status).toBe(0);
    const chapterLines = plain.stdout.split("\n").filter((l) => /^\S+\.(?:txt|md): \d+\/\d+ labelled/.test(l));
    expect(chapterLines.length).toBeGreaterThanOrEqual(3);
    expect(chapterLines.every((l) => /labelled$/.test(l))).toBe(true);
    expect(plain.stdout).not.toMatch(/ · missed: | · reasons: |^\s+unlabelled \[/m);
    expect(plain.stdout).toMatch(/held-out chapters: reasons, missed gold facts and unlabelled cards not shown/);
    // The held-out chapters miss some of their must-know facts, so the detail has something to show.
    const shown = run("scripts/eval-cards.ts", "--subset", "ci", "--show-held-out");
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/ · missed: /);
  }, 120_000);

  it("prints Cohen's kappa between the two raters with --kappa --json, per split and overall", () => {
    const r = run("scripts/eval-cards.ts", "--kappa", "--json");
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { set: string; n: number; observed: number; kappa: number; usableKappa: number }[];
    // rater-b's blind sample was drawn from books held out then and rotated into training since.
    expect(rows.map((x) => x.set)).toEqual(["training books", "all"]);
    const [train, all] = rows;
    expect(all.n).toBe(train.n);
    expect(train.n).toBeGreaterThanOrEqual(150);
    for (const x of rows) {
      expect(x.kappa).toBeGreaterThan(0);
      expect(x.kappa).toBeLessThan(x.observed); // chance agreement is taken out
    }
  }, 60_000);

  it("takes the two raters to compare with --raters, and refuses a pair that is not two names", () => {
    const r = run("scripts/eval-cards.ts", "--kappa", "--json", "--raters", "rater-b,rater-a");
    expect(r.status).toBe(0);
    const swapped = JSON.parse(r.stdout) as { set: string; n: number; kappa: number }[];
    const straight = JSON.parse(run("scripts/eval-cards.ts", "--kappa", "--json").stdout) as { set: string; n: number; kappa: number }[];
    // The same shared cards either way round, give or take a card one rater labelled twice.
    expect(Math.abs(swapped.at(-1)!.n - straight.at(-1)!.n)).toBeLessThanOrEqual(5);
    expect(swapped.at(-1)!.kappa).toBeCloseTo(straight.at(-1)!.kappa, 1);
    expect(run("scripts/eval-cards.ts", "--kappa", "--raters", "rater-a").status).toBe(2);
    expect(run("scripts/eval-cards.ts", "--kappa", "--raters", "rater-a,rater-a").stderr).toContain("two different rater names");
  }, 60_000);

  it("refuses an unknown option or a bad value with exit code 2", () => {
    expect(run("scripts/eval-cards.ts", "--frobnicate").status).toBe(2);
    const r = run("scripts/eval-cards.ts", "--subset", "most");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--subset takes ci, all or train");
  }, 30_000);
});

describe("npm run label-queue", () => {
  it("refuses a fixture that is not in books.json and an unknown command", () => {
    const r = run("scripts/label-queue.ts", "show", "no-such-chapter.md");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("not in tests/fixtures/labels/books.json");
    expect(run("scripts/label-queue.ts", "frobnicate").status).toBe(2);
  }, 30_000);
});
