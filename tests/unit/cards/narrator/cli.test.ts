// `npm run cards -- <file> --author "Name"`: the author reaches the generator (a first-person narrator
// is named by default, as with LECTERN_NARRATOR=1), changes nothing with LECTERN_NARRATOR=0, and a missing value fails.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { MEMOIR } from "./texts";

const dir = mkdtempSync(path.join(os.tmpdir(), "narrator-cli-"));
const file = path.join(dir, "memoir.md");
writeFileSync(file, `# Chapter 1. The Mill\n\n${MEMOIR}\n`);

function cards(env: Record<string, string>, ...args: string[]) {
  const { LECTERN_NARRATOR: _, ...rest } = process.env;
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/cards.ts", ...args], { encoding: "utf8", cwd: process.cwd(), env: { ...rest, ...env } });
}

describe("cards --author", () => {
  it("names the narrator by default (the switch unset), and never in the answer", () => {
    const r = cards({}, file, "--json", "--author", "Tamsin Vell");
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { front: string }[]).some((c) => c.front.includes("Tamsin Vell"))).toBe(true);
  }, 60_000);

  it("names the narrator with the switch on, and never in the answer", () => {
    const r = cards({ LECTERN_NARRATOR: "1" }, file, "--json", "--author", "Tamsin Vell");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { front: string; back: string }[];
    expect(out.some((c) => c.front.includes("Tamsin Vell"))).toBe(true);
    expect(out.every((c) => !c.back.includes("Vell"))).toBe(true);
  }, 60_000);

  it("changes nothing with LECTERN_NARRATOR=0 (the option may come before the file)", () => {
    const plain = cards({ LECTERN_NARRATOR: "0" }, file, "--json");
    const withAuthor = cards({ LECTERN_NARRATOR: "0" }, "--author", "Tamsin Vell", file, "--json");
    expect(withAuthor.status).toBe(0);
    expect(withAuthor.stdout).toBe(plain.stdout);
  }, 60_000);

  it("fails with a message when --author has no value", () => {
    const r = cards({}, file, "--json", "--author");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--author takes/);
  }, 30_000);
});
