// Session 19 (clean19a): a classic's translation as a layout-keeping reader gives its scan, on INVENTED
// pages: section numbers in the outer margin (margin-numbers.ts), note figures read as digits glued
// to words (glued-superiors.ts) and a drop capital set two spaces from its word (drop-capitals.ts).
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { liftMarginNumbers } from "@/lib/chapters/margin-numbers";
import { raiseGluedSuperiors } from "@/lib/chapters/glued-superiors";
import { joinDropCapitals } from "@/lib/chapters/drop-capitals";

const MARGIN = 74; // the outer margin's column on a right-hand page
const SET_IN = 5; // a left-hand page's text column, right of its margin

/** A right-hand page: running head, lines with their section numbers at the tails. */
function rightPage(folio: number, lines: string[], numbers: Map<number, number>, notes: string[] = []): string {
  const head = "[I. 1-3]".padEnd(28) + "THE VOYAGE".padEnd(28) + folio;
  return [head, ...lines.map((l, i) => (numbers.has(i) ? l.padEnd(MARGIN) + numbers.get(i) : l)), ...(notes.length ? ["", ...notes] : [])].join("\n");
}

/** A left-hand page: the whole column set in, the section numbers at the lines' heads. */
function leftPage(folio: number, lines: string[], numbers: Map<number, number>, notes: string[] = []): string {
  const head = `${folio}`.padEnd(28) + "THE CHRONICLE".padEnd(28) + "[I. 3-5]";
  const body = lines.map((l, i) => (numbers.has(i) ? `  ${numbers.get(i)}`.padEnd(SET_IN) + l : " ".repeat(SET_IN) + l));
  return [head, ...body, ...(notes.length ? ["", ...notes.map((n) => " ".repeat(SET_IN) + n)] : [])].join("\n");
}

const PAGE_A = [
  "   The merchants of the coast kept a market by the harbour, and",
  "they weighed their silver on scales of bronze before the temple.",
  "   When the traders had sold their cargo they sailed to the south",
  "with the wind behind them, carrying grain and oil to the islands.",
  "The islanders paid them in wool and in cheese made from goats.",
];
const PAGE_B = [
  "   The harbour master counted the ships as they came in at dawn.",
  "He wrote down the names of their owners in a book kept for it,",
  "and he charged each owner a tax of one coin for every mast.",
  "   After the storm of that winter the market was moved inland.",
  "The new site stood on a hill above the river, safe from floods.",
];

describe("section numbers in the outer margin", () => {
  const doc = [
    rightPage(11, PAGE_A, new Map([[0, 1], [2, 2]])),
    leftPage(12, PAGE_B, new Map([[0, 3], [3, 4]])),
    rightPage(13, PAGE_A, new Map([[2, 5]])),
    leftPage(14, PAGE_B, new Map([[3, 6]])),
  ].join("\n\f");

  it("blanks the numbers, which count upward, and moves a set-in page back to the edge", () => {
    const lifted = liftMarginNumbers(doc);
    expect(lifted.numbers).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lifted.shifted).toBe(2);
    expect(lifted.text).not.toMatch(/ {3,}\d\n/);
    expect(lifted.text).toContain("\n   The harbour master counted");
    expect(lifted.text).toContain("\nHe wrote down the names");
    // The running heads keep their folios and no line moves.
    expect(lifted.text.split("\n").length).toBe(doc.split("\n").length);
    expect(lifted.text).toContain("THE VOYAGE".padEnd(28) + "13");
  });

  it("reads each indented line as a paragraph's start and no number inside a sentence", () => {
    const ch = cleanDocument(doc, { filename: "voyage.txt" }).chapters[0];
    const text = ch.sentences.map((s) => s.text).join(" ");
    expect(text).not.toMatch(/\b[1-6]\b/);
    expect(ch.paragraphs.filter((p) => p.kind === "body").length).toBeGreaterThanOrEqual(5);
    const master = ch.sentences.find((s) => s.text.startsWith("The harbour master"));
    expect(master?.page).toBe("12");
  });

  it("leaves numbers that do not count upward (a table's figures, folios) alone", () => {
    const table = [rightPage(11, PAGE_A, new Map([[0, 40], [2, 7]])), rightPage(13, PAGE_A, new Map([[0, 3], [2, 90]]))].join("\n\f");
    expect(liftMarginNumbers(table).text).toBe(table);
    expect(liftMarginNumbers(PAGE_A.join("\n")).numbers).toEqual([]);
  });

  // Session 19 (fixw2): the second-wave review's findings.
  it("leaves a two-page table of contents alone (its page numbers count up too)", () => {
    const titles = ["The harbour and its market", "The traders sail south", "The islanders and their wool", "The harbour master's tax", "The storm of that winter", "The market moved inland"];
    const page = (folio: number, first: number) => [`CONTENTS`.padEnd(56) + folio, ...titles.map((t, i) => t.padEnd(MARGIN) + (first + 4 * i))].join("\n");
    const toc = [page(5, 3), page(6, 27)].join("\n\f");
    expect(liftMarginNumbers(toc).text).toBe(toc);
  });

  it("takes no figures stepping by ten for sections (a smaller MAX_STEP)", () => {
    const tens = [rightPage(11, PAGE_A, new Map([[0, 10], [2, 20]])), rightPage(13, PAGE_A, new Map([[0, 30], [2, 40]]))].join("\n\f");
    expect(liftMarginNumbers(tens).text).toBe(tens);
  });

  it("one stray early number does not veto the layout", () => {
    const stray = rightPage(9, PAGE_A, new Map([[2, 90]]));
    const lifted = liftMarginNumbers([stray, doc].join("\n\f"));
    expect(lifted.numbers).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("moves back only a page where a head-side number was kept (an indented verse page keeps its indent)", () => {
    const verse = leftPage(16, PAGE_B, new Map());
    const lifted = liftMarginNumbers([doc, verse].join("\n\f"));
    expect(lifted.shifted).toBe(2);
    expect(lifted.text.split("\f").at(-1)).toContain("\n" + " ".repeat(SET_IN) + "He wrote down the names");
  });
});

describe("note figures read as digits glued to words", () => {
  const page = [
    "   The merchants of the coast kept a market by the harbour;2 they",
    "weighed their silver on scales of bronze before the temple1 and",
    "paid the tax of 12 coins in the year 1650 for the lamp oil CO2.",
    "",
    "¹ The temple of the sea god, says one copy.",
    "² Some copies read \"river\".",
  ].join("\n");

  it("gives back the raised figure where the page's notes open with it", () => {
    const raised = raiseGluedSuperiors(`${page}\n\f${page}`);
    expect(raised.count).toBe(4);
    expect(raised.text).toContain("harbour;² they");
    expect(raised.text).toContain("temple¹ and");
    expect(raised.text).toContain("12 coins in the year 1650");
    expect(raised.text).toContain("oil CO2.");
  });

  it("fixw2: leaves an abbreviation's figure and a unit's square alone, still raises a figure after a sentence's stop", () => {
    const p = [
      "   The stall is drawn in Fig.2 and measures 40 cm2 in all, as the",
      "weighers of the market said.1 The tax was low, in a way.",
      "",
      "¹ The temple of the sea god, says one copy.",
      "² Some copies read \"river\".",
    ].join("\n");
    const raised = raiseGluedSuperiors(`${p}\n\f${p}`);
    expect(raised.text).toContain("Fig.2 and");
    expect(raised.text).toContain("40 cm2 in");
    expect(raised.text).toContain("said.¹ The");
  });

  it("changes nothing without notes keyed by raised figures or without pages", () => {
    expect(raiseGluedSuperiors(page).text).toBe(page);
    const plain = page.replace("¹", "1").replace("²", "2");
    expect(raiseGluedSuperiors(`${plain}\n\f${plain}`).count).toBe(0);
  });

  it("ties the note to the sentence that cites it", () => {
    const ch = cleanDocument(`${page}\n\f${page}`, { filename: "market.txt" }).chapters[0];
    expect(ch.sentences.map((s) => s.text).join(" ")).not.toMatch(/temple1|harbour;2/);
    expect(ch.footnotes.filter((n) => n.citedAt).length).toBeGreaterThanOrEqual(2);
  });
});

describe("a drop capital set two spaces from the rest of its word", () => {
  it("joins it", () => {
    expect(joinDropCapitals("T  HE river rose early that year.\n   and the fields were wet.").text).toBe("THE river rose early that year.\n   and the fields were wet.");
    expect(joinDropCapitals("A  MAN came to the gate.").count).toBe(0);
  });
});
