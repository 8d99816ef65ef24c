// Session 15 (cleantext): how textbooks set out what is not their text, as general rules tested on
// INVENTED text (the real books are checked in session15-textbook-apparatus.test.ts):
// - the end-of-chapter apparatus (questions, exercises, problems, topics, references under a head
//   of their own) marked "apparatus": it stays in the text but makes no sentences;
// - a section head in capitals or title case set straight over a run-in head;
// - an illustration note whose bracket spans blank lines, and a figure's lettered key.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { isApparatusHead, isApparatusItem, isReference } from "@/lib/chapters/apparatus";
import { opensWithInstruction } from "@/lib/chapters/instructions";
import { headLine, stackedHeads } from "@/lib/chapters/stacked-heads";
import { isFigureKey } from "@/lib/chapters/illustrations";

const clean = (text: string) => cleanDocument(text, { filename: "invented-textbook.txt" });
const sentences = (doc: ReturnType<typeof clean>) => doc.chapters.flatMap((c) => c.sentences.map((s) => s.text));
const paragraphs = (doc: ReturnType<typeof clean>) => doc.chapters.flatMap((c) => c.paragraphs.map((p) => ({ kind: p.kind, text: c.text.slice(p.start, p.end) })));

const OPENING = [
  "CHAPTER IV",
  "",
  "THE CANALS OF THE NORTH",
  "",
  "",
  "=The First Cuts.=--The first canals of the northern counties were cut by",
  "the millers, who wanted water for their wheels more than a road for",
  "their boats. The Tarrow cut was dug in 1761 and carried coal to the",
  "mills at Fenby. Within ten years a dozen others had been opened.",
  "",
  "=The Companies.=--The later canals were the work of companies, which",
  "raised their capital by shares and paid the landowners for the ground.",
  "The greatest of them, the Orlen Company, owned ninety miles of water.",
];

describe("an apparatus section at the end of a chapter", () => {
  const doc = clean([
    ...OPENING,
    "",
    "",
    "=Questions=",
    "",
    "1. Why did the millers cut the first canals?",
    "",
    "2. Explain the rise of the canal companies.",
    "",
    "3. Trace the growth of the Orlen Company. Show how it raised its capital.",
    "",
    "4. Name three of the early cuts.",
    "",
    "",
    "=Suggested Readings=",
    "",
    "H.T. Marlow, _The Northern Waterways_.",
    "",
    "Agnes Wray, _Mills and Millers of Fenby_ (2 vols.).",
    "",
    "Marlow, pp. 40-62.",
  ].join("\n"));

  it("makes no sentence of the questions or the readings", () => {
    const all = sentences(doc);
    expect(all.some((s) => /Explain|Trace|Name three|Why did|Marlow|Wray|Show how/.test(s))).toBe(false);
    expect(all).toContain("The Tarrow cut was dug in 1761 and carried coal to the mills at Fenby.");
  });

  it("keeps them in the text, marked apparatus under their heads", () => {
    const ps = paragraphs(doc);
    expect(ps.filter((p) => p.kind === "apparatus").map((p) => p.text)).toEqual([
      "1. Why did the millers cut the first canals?",
      "2. Explain the rise of the canal companies.",
      "3. Trace the growth of the Orlen Company. Show how it raised its capital.",
      "4. Name three of the early cuts.",
      "H.T. Marlow, The Northern Waterways.",
      "Agnes Wray, Mills and Millers of Fenby (2 vols.).",
      "Marlow, pp. 40-62.",
    ]);
    expect(ps.filter((p) => p.kind === "heading").map((p) => p.text)).toEqual(expect.arrayContaining(["Questions", "Suggested Readings"]));
  });
});

describe("an apparatus section that the text goes on after", () => {
  const doc = clean([
    ...OPENING,
    "",
    "PROBLEMS.",
    "",
    "(1) How many boats of ten tons will carry a cargo of ninety tons?",
    "",
    "(2) A barge moves two miles an hour. How far will it go in a day of",
    "eleven hours? Find the cost of the voyage at a shilling a mile.",
    "",
    "What load will a horse draw on still water?",
    "",
    "A horse that draws one ton on a road will draw fifty on a canal. This",
    "was the whole argument of the canal companies.",
  ].join("\n"));

  it("ends the apparatus at the first paragraph that states something", () => {
    const all = sentences(doc);
    expect(all.some((s) => /How many boats|Find the cost|What load/.test(s))).toBe(false);
    expect(all).toContain("A horse that draws one ton on a road will draw fifty on a canal.");
    expect(paragraphs(doc).filter((p) => p.kind === "apparatus")).toHaveLength(3);
  });
});

describe("heads that name no apparatus, or items that are not its", () => {
  it("leaves a section on problems, and a review in statements, as text", () => {
    const doc = clean([
      ...OPENING,
      "",
      "=Problems of the Companies.=--The companies soon found that water was",
      "scarce in dry summers. Several of them built reservoirs on the moors.",
      "",
      "",
      "=Review=",
      "",
      "1. The first canals were cut by the millers.",
      "",
      "2. The later canals were the work of companies.",
    ].join("\n"));
    const all = sentences(doc);
    expect(all).toContain("Several of them built reservoirs on the moors.");
    expect(all).toContain("The first canals were cut by the millers.");
    expect(paragraphs(doc).some((p) => p.kind === "apparatus")).toBe(false);
  });

  it("reads the heads, items and references", () => {
    for (const h of ["Questions", "QUESTIONS.", "Research Topics", "General References", "Questions and Exercises", "Exercises for Review", "Topics for Further Study", "Bibliography", "Problems"]) expect(isApparatusHead(h)).toBe(true);
    for (const h of ["The Problem of the Poor", "Questions of Trade", "Review of the Fleet", "The Canal Companies", "Problems of the Companies"]) expect(isApparatusHead(h)).toBe(false);
    expect(isApparatusItem("7. Why was the canal never finished?")).toBe(true);
    expect(isApparatusItem("Describe the locks of a canal. What is a pound lock?")).toBe(true);
    expect(isApparatusItem("7. The canal was never finished.")).toBe(false);
    expect(isApparatusItem("The canal was never finished. Why?")).toBe(false);
    expect(isReference("J.R. Tolland and M. Vere, History of the Fen Drainage.")).toBe(true);
    expect(isReference("Vere, Vol. II, pp. 3-9.")).toBe(true);
    expect(isReference("Hale, T. R., & Orme, A. (1998). Water and trade in the northern counties. Fenby: Tarrow Press.")).toBe(true);
    expect(isReference("Tolland, who drained the fen, was a miller.")).toBe(false);
    expect(isReference("Tolland, J. R. drained the fen in 1761.")).toBe(false);
  });
});

describe("instructions to the reader in plain text", () => {
  it("reads a bare verb of study opening on its object", () => {
    for (const s of ["Explain the rise of the canal companies.", "5. Trace the growth of the trade.", "Show how the locks worked.", "State the causes of the strike.", "Name three early cuts.", "Briefly describe a pound lock.", "Account for the fall in freights.", "Compare Fenby with Tarrow."]) expect(opensWithInstruction(s)).toBe(true);
  });

  it("does not read a subject that looks like a verb, nor a verb that is not bare or not first", () => {
    for (const s of ["State laws differ from one county to the next.", "Name changes were common among the companies.", "Trace elements are found in the water.", "List prices rose after the war.", "Explained in this way, the rule is simple.", "The clerk will explain the rule.", "Point Lookout stands over the bay.", "Showing the way was the pilot's task."]) expect(opensWithInstruction(s)).toBe(false);
  });
});

describe("a section head over a run-in head", () => {
  const doc = clean([
    ...OPENING,
    "",
    "",
    "THE AGE OF THE RAILWAYS",
    "",
    "=The First Lines.=--The first railways were built to carry coal to the",
    "canals, and for twenty years the two worked together.",
  ].join("\n"));

  it("makes the head a heading, not a sentence", () => {
    expect(sentences(doc).some((s) => /AGE OF THE RAILWAYS/.test(s))).toBe(false);
    expect(paragraphs(doc).find((p) => p.text === "THE AGE OF THE RAILWAYS")?.kind).toBe("heading");
  });

  it("reads head lines", () => {
    expect(headLine("THE AGE OF THE RAILWAYS")).toBe(true);
    expect(headLine("Topics for Study")).toBe(true);
    expect(headLine("The railways were built.")).toBe(false);
    expect(headLine("The railways were built by the")).toBe(false);
  });

  it("leaves names under heads alone", () => {
    const para = (kind: "body" | "heading", text: string) => ({ kind, text, page: null, breaks: [] });
    const names = [para("body", "The roll was signed by the delegates of the towns."), para("body", "John Hale Thomas Orme"), para("heading", "Fenby"), para("body", "Walter Bede Mark Lowe."), para("heading", "Tarrow"), para("body", "Amos Lane.")];
    expect(stackedHeads(names)).toBe(0);
    expect(names[1].kind).toBe("body");
  });
});

describe("an illustration over several blocks, and a figure's key", () => {
  const doc = clean([
    ...OPENING.slice(0, 9),
    "",
    "[Illustration: _From a print in the Fenby library._",
    "",
    "THE TARROW CUT IN",
    "1790]",
    "",
    "[Illustration: =A pound lock.=",
    "",
    "  _a_ upper gate.",
    "  _b_ lower gate.",
    "  _c_ sluice for letting out the water.]",
    "",
    ...OPENING.slice(10),
    "",
    "Fig. 4. The lift at Orme.",
    "",
    "  a, the upper basin.",
    "  b, the caisson.",
    "  c, the counterweight.",
    "",
    "The lift raised a boat forty feet in five minutes.",
  ].join("\n"));

  it("keeps the caption and the key out of the text", () => {
    const text = doc.chapters.map((c) => c.text).join("\n");
    expect(text).not.toMatch(/TARROW CUT|1790\]|upper gate|sluice|caisson|counterweight|upper basin/);
    expect(sentences(doc)).toContain("The lift raised a boat forty feet in five minutes.");
    expect(sentences(doc)).toContain("The greatest of them, the Orlen Company, owned ninety miles of water.");
  });

  it("reads a key only as labels in order, each a short phrase", () => {
    const block = (lines: string[]) => ({ kind: "body" as const, lines, text: lines.join("\n") });
    expect(isFigureKey(block(["  _a_ upper gate.", "  _b_ lower gate."]))).toBe(true);
    expect(isFigureKey(block(["(1) cortex", "(2) medulla", "(3) nerve"]))).toBe(true);
    expect(isFigureKey(block(["  _a_ upper gate.", "  _c_ lower gate."]))).toBe(false);
    expect(isFigureKey(block(["a. Who built the upper gate?", "b. Who built the lower gate?"]))).toBe(false);
    expect(isFigureKey(block(["The upper gate.", "The lower gate."]))).toBe(false);
  });

  it("leaves a bracket that never closes near by as it was", () => {
    const open = clean([...OPENING, "", "[Illustration: a view of the cut", "", "The cut was dug in 1761 by the millers of Fenby, who paid for it themselves."].join("\n"));
    expect(sentences(open)).toContain("The cut was dug in 1761 by the millers of Fenby, who paid for it themselves.");
  });
});
