// The scan with a LEFT-margin gloss column and topical running heads (Southey's Life of Nelson,
// ch. II), rotated into training in session 14: the clean-up defects listed on it stay fixed. The
// rules are tested on invented pages (left-gloss-column.test.ts); this checks the real book.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";
import { measureScan } from "./scan-measure";

const name = "pd-southey-nelson-ch2-scanned";

describe("the scan with a left-margin gloss column (Southey)", () => {
  const doc = cleanDocument(fixture(`${name}.txt`), { filename: `${name}.txt` });
  const ch = doc.chapters[0];
  const body = ch.paragraphs.filter((p) => p.kind === "body");

  it("is chapter II, not titled by its dates line, every page found", () => {
    expect(doc.chapters).toHaveLength(1);
    expect(ch.number).toBe("2");
    expect(ch.title).not.toMatch(/^\d/);
    expect(ch.pages.map((p) => p.page)).toEqual(Array.from({ length: 14 }, (_, i) => String(29 + i)));
  });

  it("keeps the glosses and the topical heads out of the sentences, the hyphenated words whole", () => {
    expect(doc.layout.notes.some((n) => /^1[89] left-margin gloss/.test(n))).toBe(true);
    for (const s of ["Goes to St.", "Appointed to Accordingly", "American trade tion", "NAVIGATION ACT", "HIS MARRIAGE", "FRAUDS OF THE"]) expect(ch.text).not.toContain(s);
    expect(ch.text).toContain("he went to France, in company");
  });

  it("has the paragraphs of the page, none opening in the middle of a sentence", () => {
    const source = readFileSync(path.join(__dirname, "..", "..", "fixtures", "scan-sources", "southey-nelson-ch2.txt"), "utf8").split(/\n\s*\n/).filter((p) => p.trim() && !p.startsWith("#"));
    expect(body.map((p) => ch.text.slice(p.start, p.start + 40))).toEqual(source.map((p) => p.trim().slice(0, 40)));
  });

  it("repairs the misread short words", () => {
    expect(ch.text).not.toMatch(/\b(?:aud|tlie|bo)\b|\barid the\b/);
  });

  it("finds the original's sentences whole, each on its page", () => {
    const pages = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "fixtures", "chapters", `${name}.pages.json`), "utf8")) as [string, string, string][];
    const r = measureScan("southey-nelson-ch2", { text: fixture(`${name}.txt`), pages });
    expect(r.missing).toEqual([]);
    expect(r.extra).toEqual([]);
    expect(r.wrongPages).toEqual([]);
  });
});
