// Right-margin side-notes and margin numbers as a layout-keeping reader (pdftotext -layout) gives
// them: the note's words after a wide gap at the ends of the lines they stand beside. The rules of
// lib/chapters/tail-notes.ts on invented pages, and what must not be taken for such a tail.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { liftTailNotes } from "@/lib/chapters/tail-notes";
import { paragraphs, wrap } from "../../support/prose";

const WIDTH = 60;
const COLUMN = 64;
const paras = paragraphs(23, 8, [4, 6]).map((p) => wrap(p.join(" "), WIDTH, "   "));
/** Sets each note's lines at the margin column after the paragraph's lines from `at` on (below the text when it runs out). */
function page(notes: { para: number; at: number; lines: string[] }[]): string {
  const ps = paras.map((p) => p.map((l) => l));
  for (const n of notes) {
    const p = ps[n.para];
    n.lines.forEach((t, k) => {
      const i = n.at + k;
      if (i < p.length) p[i] = p[i].padEnd(COLUMN) + t;
      else p.push(" ".repeat(COLUMN) + t);
    });
  }
  return ps.map((p) => p.join("\n")).join("\n");
}
const text = (doc: string) => cleanDocument(doc).chapters.map((c) => c.text).join(" ");

describe("liftTailNotes", () => {
  const notes = [
    { para: 0, at: 0, lines: ["The river", "trade."] },
    { para: 2, at: 1, lines: ["Tolls raised."] },
    { para: 4, at: 2, lines: ["The new", "bridge and", "the toll."] },
    { para: 7, at: 3, lines: ["A long note", "running on below", "the text."] },
  ];
  it("lifts each note, joined over its lines, and leaves the lines they ended", () => {
    const doc = page(notes);
    const r = liftTailNotes(doc);
    expect(r.notes).toEqual(["The river trade.", "Tolls raised.", "The new bridge and the toll.", "A long note running on below the text."]);
    expect(r.text).toBe(page([]));
  });

  it("keeps the notes' words out of the cleaned sentences", () => {
    const cleaned = text(page(notes));
    for (const w of ["Tolls raised", "bridge and", "running on below"]) expect(cleaned).not.toContain(w);
    expect(cleaned).toContain(paras[4].slice(1, 4).join(" "));
  });

  it("removes section numbers set in the margin, right-aligned", () => {
    const ps = paras.map((p) => [...p]);
    ps[1][0] = ps[1][0].padEnd(COLUMN) + "5";
    ps[3][2] = ps[3][2].padEnd(COLUMN - 1) + "10";
    ps[5][1] = ps[5][1].padEnd(COLUMN - 1) + "15";
    const r = liftTailNotes(ps.map((p) => p.join("\n")).join("\n\n"));
    expect(r.numbers).toBe(3);
    expect(r.text).not.toMatch(/\s(?:5|10|15)$/m);
  });

  it("leaves running heads with the page number at the outer corner (they end at the body's edge)", () => {
    const heads = paras.map((p, i) => [i % 2 ? "Elements of the Trade.".padEnd(WIDTH - 2) + String(20 + i) : String(20 + i).padEnd(24) + "A History of Towns.", ...p].join("\n")).join("\n\n");
    expect(liftTailNotes(heads).text).toBe(heads);
  });

  it("leaves a table's columns and a text set in two columns", () => {
    const table = ["Year      Tons        Price", ...Array.from({ length: 8 }, (_, i) => `${1850 + i}      ${100 + i * 7}         ${(3 + i / 10).toFixed(1)}`)].join("\n");
    const doc = `${paras.slice(0, 3).map((p) => p.join("\n")).join("\n\n")}\n\n${table}\n\n${paras.slice(3).map((p) => p.join("\n")).join("\n\n")}`;
    expect(liftTailNotes(doc).text).toBe(doc);
    const twoColumns = paras.flatMap((p) => p.map((l) => l.slice(0, 28).padEnd(34) + l.slice(28, 56))).join("\n");
    expect(liftTailNotes(twoColumns).text).toBe(twoColumns);
  });

  it("needs three tails at one column: a stray gap or two is nothing", () => {
    const ps = paras.map((p) => [...p]);
    ps[2][1] = ps[2][1].padEnd(COLUMN) + "Salt.";
    ps[6][0] = ps[6][0].padEnd(COLUMN + 9) + "Wool.";
    const doc = ps.map((p) => p.join("\n")).join("\n\n");
    expect(liftTailNotes(doc).notes).toEqual([]);
  });
});
