// The conventions of a translated classic's e-text and of a scanned pamphlet's first page, on
// INVENTED text: the printed edition's page numbers in parentheses inside the sentences, note
// numbers set after the word they annotate (their notes elsewhere), capital Roman section numbers
// opening paragraphs, a numeral closed by a full stop over the title, and opening capitals after a
// drop capital written in the chapter's own case.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import type { Block } from "@/lib/chapters/blocks";
import { dropParenPageNumbers } from "@/lib/chapters/paren-pages";

const body = (text: string): Block => ({ kind: "body", lines: text.split("\n"), text });
const filler = (k: number) =>
  `The merchants of the harbour town kept their accounts in a book of their own, and each year the
clerk of the guild read them over before the assembly, which approved them or sent them back with
its questions written in the margin, so that nothing was paid out twice or left unpaid. Number ${k}.`;

// A paragraph per page, the page mark inside a sentence.
const pagedParagraphs = (from: number, count: number) =>
  Array.from({ length: count }, (_, k) => `${filler(k)}\n${filler(k + 10)} He built the
granary near the (${from + k}) river, and the guild paid for its roof.`);

describe("a printed edition's page numbers in parentheses", () => {
  it("are removed from the sentences when they count up through the text a page apart", () => {
    const doc = cleanDocument(pagedParagraphs(212, 6).join("\n\n") + "\n");
    const text = doc.chapters.map((c) => c.text).join("\n");
    expect(text).not.toMatch(/\(\d+\)/);
    expect(text).toContain("He built the granary near the river, and the guild paid for its roof.");
  });

  it("a paragraph may open on one: it goes with the space after it", () => {
    const blocks = [0, 1, 2, 3, 4].map((k) => body(k % 2 ? `(${40 + k}) ${filler(k)} ${filler(k)}` : `${filler(k)} ${filler(k)}`.replace("kept their", `kept (${40 + k}) their`)));
    const out = dropParenPageNumbers(blocks);
    expect(out.count).toBe(5);
    expect(out.blocks[1].text.startsWith("The merchants")).toBe(true);
    expect(out.blocks[0].text.startsWith("The merchants of the harbour town kept their accounts")).toBe(true);
  });

  it("an enumeration (1) (2) (3)… inside a paragraph is no run of pages: its items are too close", () => {
    const list = body("The law required (1) a written deed, (2) two witnesses, (3) a seal, (4) a fee paid to the clerk, and (5) a copy kept in the registry of the town.");
    expect(dropParenPageNumbers([list]).count).toBe(0);
  });

  it("numbers that do not count up (years, amounts) stay", () => {
    const blocks = [1840, 1795, 1802, 1766, 1811].map((y, k) => body(`${filler(k)} The fund paid (${y}) pounds.`));
    expect(dropParenPageNumbers(blocks).count).toBe(0);
  });
});

describe("bracketed note numbers after the word they annotate, their notes elsewhere", () => {
  const paragraphs = Array.from({ length: 6 }, (_, k) =>
    `The council met in the old hall of the guild [${311 + 2 * k}], and heard the complaints of the
tenants, who had paid their rent in grain since the great flood; the steward answered for the
lord [${312 + 2 * k}] and promised that the mill would be repaired before the harvest came in.`);
  const doc = cleanDocument(paragraphs.join("\n\n") + "\n");
  const sentences = doc.chapters.flatMap((c) => c.sentences);

  it("are lifted out of the sentences when they run in sequence (as note references)", () => {
    expect(doc.chapters.map((c) => c.text).join("\n")).not.toMatch(/\[\d+\]/);
    expect(sentences[0].text).toMatch(/^The council met in the old hall of the guild, and heard/);
  });

  it("a list of bracketed references a few characters apart stays", () => {
    const doc = cleanDocument(`${filler(1)} See the charters [4], [5], [6], [7] and [8] of the town, which the clerk copied in the year of the flood for the council.\n`);
    expect(doc.chapters[0].text).toContain("[4], [5], [6], [7] and [8]");
  });
});

describe("capital Roman section numbers opening the paragraphs of a classical text", () => {
  const sections = ["XIV", "XV", "XVI", "XVII"].map((n, k) => `${n}.  ${filler(k)}`);
  it("are taken off when they count up through the chapter", () => {
    const doc = cleanDocument(sections.join("\n\n") + "\n");
    const text = doc.chapters.map((c) => c.text).join("\n");
    expect(text).not.toMatch(/\bX[IV]+\./);
    expect(doc.chapters[0].sentences[0].text.startsWith("The merchants")).toBe(true);
  });

  it("stay when they do not count up (a heading's numeral, a quoted list)", () => {
    const doc = cleanDocument(["XIV", "IX", "XXII"].map((n, k) => `${n}.  ${filler(k)}`).join("\n\n") + "\n");
    expect(doc.chapters.map((c) => c.text).join("\n")).toMatch(/XIV\. The merchants/);
  });
});

// The title under the numeral is the section's running head, printed again at the next page's top.
describe("a numeral with a full stop over the title of a one-chapter text, the title its running head", () => {
  const text = `                    IV.
             MASTERS AND APPRENTICES

THE GUILD of every town kept a register of its apprentices.
   ${filler(1)}

                           — 41 —
             MASTERS AND APPRENTICES

   ${filler(2)} The guild and its register outlived the town walls.
`;
  const doc = cleanDocument(text, { filename: "some-file-name.txt" });
  it("is the chapter's number; the title is the line under it, not the file's name", () => {
    expect(doc.chapters).toHaveLength(1);
    expect(doc.chapters[0].number).toBe("4");
    expect(doc.chapters[0].title).toBe("Masters and Apprentices");
    expect(doc.chapters[0].text).not.toMatch(/^\s*IV\./);
  });

  it("its opening capitals are written as the chapter writes those words elsewhere", () => {
    // "guild" is written in lower case further on: "The guild", not "The Guild".
    expect(doc.chapters[0].sentences[0].text).toBe("The guild of every town kept a register of its apprentices.");
  });

  it("a name in the opening capitals, never written in lower case, keeps its capital", () => {
    const named = cleanDocument(text.replace("THE GUILD of every town kept a register of its", "THOMAS GRESHAM kept a register of his"));
    expect(named.chapters[0].sentences[0].text).toBe("Thomas Gresham kept a register of his apprentices.");
  });
});
