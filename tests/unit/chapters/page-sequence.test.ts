// A line holding only a number is a page number only when the book's other page numbers agree
// with it: a year under a chapter title, or a stray figure, must not renumber the pages after it.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const para = (i: number) =>
  `The ${["river", "ferry", "market", "harbour"][i % 4]} of the valley was rebuilt after the flood of that spring, and the town paid for it with a new toll on salt.`;

describe("page numbers out of sequence", () => {
  it("keeps a year under a chapter title as text, not as the first page", () => {
    const doc = cleanDocument(["CHAPTER V", "", "The Siege of the Harbour", "", "1642", "", para(0), "", para(1)].join("\n"));
    const [c] = doc.chapters;
    expect(c.pages).toEqual([]);
    expect(c.sentences.every((s) => s.page === null)).toBe(true);
    expect(c.text).toContain("1642");
    expect(c.sentences.map((s) => s.text)).not.toContain("1642");
  });

  it("drops a number that counts back against the page numbers around it, keeping those", () => {
    const doc = cleanDocument([para(0), "", "41", "", para(1), "", "1787", "", para(2), "", "42", "", para(3), "", "43"].join("\n"));
    const pages = doc.chapters[0].sentences.map((s) => s.page);
    expect(pages).toEqual(["41", "42", "42", "43"]);
  });

  it("keeps page numbers that skip pages left out of an excerpt", () => {
    const doc = cleanDocument([para(0), "", "43", "", para(1), "", "44", "", para(2), "", "62", "", para(3), "", "63"].join("\n"));
    const [c] = doc.chapters;
    expect(c.text).not.toMatch(/\b(?:43|44|62|63)\b/);
    expect(c.pages.map((p) => p.page)).toContain("62");
  });
});
