// The instructor CLI: JSON on stdout and nothing else; clear errors with exit code 2.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

function cards(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/cards.ts", ...args], { encoding: "utf8", cwd: process.cwd() });
}

describe("npm run cards", () => {
  it("prints only a JSON array of cards with --json", () => {
    const r = cards("tests/fixtures/chapters/pandoc-cell-biology.md", "--json", "--max", "5");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { kind: string; front: string; back: string; source: { chapter: unknown; page: unknown; sentence: number }; flags: string[] }[];
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThanOrEqual(5);
    for (const c of out) {
      expect(["qa", "cloze"]).toContain(c.kind);
      expect(c).toMatchObject({ front: expect.any(String), back: expect.any(String), flags: expect.any(Array) });
      expect(c.source).toHaveProperty("chapter");
      expect(c.source).toHaveProperty("page");
      expect(typeof c.source.sentence).toBe("number");
    }
    // The source sentence is printed with the card, so scripts need not re-clean the file to find it.
    const clozes = out.filter((c) => c.kind === "cloze") as unknown as { back: string; source: { text: string } }[];
    expect(clozes.length).toBeGreaterThan(0);
    for (const c of clozes) expect(c.source.text.toLowerCase()).toContain(c.back.toLowerCase());
  }, 30_000);

  it("prints every gated pipeline candidate with --candidates: type, source sentence, no score", () => {
    const r = cards("tests/fixtures/chapters/pandoc-cell-biology.md", "--json", "--candidates");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { kind: string; type: string; front: string; back: string; sentence: string; source: { page: unknown; sentence: number }; score?: number }[];
    const top = JSON.parse(cards("tests/fixtures/chapters/pandoc-cell-biology.md", "--json", "--pipeline").stdout) as unknown[];
    expect(out.length).toBeGreaterThan(top.length);
    expect(new Set(out.map((c) => c.type)).size).toBeGreaterThan(3);
    for (const c of out) {
      expect(c.sentence.length).toBeGreaterThan(0);
      expect(c).not.toHaveProperty("score");
      expect(typeof c.source.sentence).toBe("number");
    }
    // Unranked: in source order.
    expect(out.map((c) => c.source.sentence)).toEqual([...out.map((c) => c.source.sentence)].sort((a, b) => a - b));
  }, 60_000);

  it("prints the outline and cards without --json", () => {
    const r = cards("tests/fixtures/chapters/carr-ch11.md", "--max", "3");
    expect(r.stdout).toContain("Chapter 11: Lessons of October (pp. 3–8");
    expect(r.stdout).toMatch(/\[(qa|cloze)\]/);
  }, 30_000);

  it("refuses a missing or binary file with exit code 2", () => {
    expect(cards("no/such/file.md").status).toBe(2);
    const dir = mkdtempSync(path.join(os.tmpdir(), "cards-"));
    writeFileSync(path.join(dir, "x.pdf"), "%PDF-1.4 binary");
    const r = cards(path.join(dir, "x.pdf"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("PDF");
    expect(r.stdout).toBe("");
  }, 30_000);

  it("says the retired rule-based generator is gone when asked for --legacy, with exit code 2", () => {
    const r = cards("tests/fixtures/chapters/carr-ch11.md", "--json", "--legacy");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--legacy: the rule-based generator was retired");
    expect(r.stdout).toBe("");
  }, 30_000);
});
