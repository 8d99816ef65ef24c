// A centred "TABLE 5" is a table's label, not a running head with page 5 (lib/chapters/furniture.ts);
// glued "[2]", "[2]", "[3]" that repeat are note markers, not page marks (lib/chapters/note-number-runs.ts).
// The rules on INVENTED text, then a check on the handbook in training that prints both.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { repeatingNoteNumbers } from "@/lib/chapters/note-number-runs";
import { fixture } from "./fixtures";

const para = (s: string) => `${s} ${"The figures were taken over many years by careful observers in several places. ".repeat(3)}`;

describe("table labels and repeating note numbers in a plain e-text", () => {
  it("does not read centred table labels as page numbers", () => {
    const text = `CHAPTER I. RAINFALL\n\n${para("Rain falls most in the hills.")}\n\n               TABLE 3\n\nRAINFALL IN INCHES\n\n${para("Snow is rain frozen in the cloud.")}\n\n               TABLE 4\n\nSNOWFALL IN INCHES\n\n${para("Hail falls in summer storms.")}\n`;
    const ch = cleanDocument(text).chapters[0];
    expect(ch.pages.map((p) => p.page)).not.toContain("4");
    expect(ch.paragraphs.every((p) => p.page === null || p.page === undefined)).toBe(true);
  });

  it("takes glued bracket numbers that repeat or step back for note markers, and a strict count for pages", () => {
    expect(repeatingNoteNumbers("Heat[2] and cold[2] and wind.[3] Rain[2] falls.[4] Snow.[5]")).toBe(true);
    expect(repeatingNoteNumbers("Heat.[2] Cold.[3] Wind.[4] Rain.[5]")).toBe(false);
    expect(repeatingNoteNumbers("Heat.[12] Cold.[12] Wind.[13]")).toBe(false);
    expect(repeatingNoteNumbers("Heat.[1] Cold.[1] Wind.[9]")).toBe(false);
  });

  it("finds no pages in the handbook in training and drops its orphan note markers", () => {
    const d = cleanDocument(fixture("pd-babcock-steam-ch-heat.txt"), { filename: "pd-babcock-steam-ch-heat.txt" });
    const ch = d.chapters[0];
    expect(ch.pages).toEqual([]);
    expect(ch.text).not.toMatch(/\[\d\]/);
  });
});
