// Lines that are or are not headings: a roman numeral in capitals alone on its line ("LIX", "II")
// numbers a chapter or a section, no page (the sentences after it do not take it for their page);
// a short line ending in ":—" introduces a quotation. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const para = (subject: string) => `The ${subject} of the valley was old before the towns were built, and the
people who worked it kept no records that have come down to us. What we know
of it comes from the fields themselves and from the tools left in them.`;

describe("a roman numeral alone on its line", () => {
  it("over the title is the chapter's number, and the page marker before it still numbers the page", () => {
    const doc = cleanDocument(`{212}\n\nXLI\n\nTHE FARMS OF THE VALLEY\n\n${para("farming")}\n\n${para("milling")}\n`);
    const ch = doc.chapters[0];
    expect([ch.number, ch.title]).toEqual(["41", "The Farms of the Valley"]);
    expect(ch.sentences.map((s) => s.page)).toEqual(Array(4).fill("212"));
    expect(ch.sentences[0].text).toMatch(/^The farming of the valley/);
  });

  it("between sections is the section's label, not a page: the sentences keep no page", () => {
    const doc = cleanDocument(`THE VALLEY\n\n${para("farming")}\n\n\nII\n\n${para("milling")}\n\n\nIII\n\n${para("weaving")}\n`);
    const ch = doc.chapters[0];
    expect(ch.sentences.map((s) => s.page)).toEqual(Array(6).fill(null));
    expect(ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end))).toEqual(["II", "III"]);
    expect(ch.sentences.some((s) => /^I{2,3}$/.test(s.text))).toBe(false);
    expect(doc.title).toBe("The Valley");
  });

  it("does not turn a page number in lower-case roman into a label", () => {
    const ch = cleanDocument(`THE VALLEY\n\n${para("farming")}\n\nxii\n\n${para("milling")}\n`).chapters[0];
    expect(ch.sentences.map((s) => s.page)).toEqual(["xii", "xii", "xiii", "xiii"]);
  });
});

describe("a short line introducing a quotation", () => {
  it("is a sentence, not a heading, when it ends in a colon and a dash", () => {
    const ch = cleanDocument(`THE VALLEY\n\n${para("farming")}\n\nThe old charter of the mill goes on as follows:--\n\n"If any man fall into the race and be drowned, the mill shall not be forfeit."\n`).chapters[0];
    expect(ch.paragraphs.filter((p) => p.kind === "heading")).toEqual([]);
    expect(ch.sentences.map((s) => s.text)).toContain('The old charter of the mill goes on as follows:— "If any man fall into the race and be drowned, the mill shall not be forfeit."');
  });
});

describe("opening capitals of a section", () => {
  it("are written in ordinary case under a section label, a name after a title of address too", () => {
    const ch = cleanDocument(`THE VALLEY\n\nTHE farming of the valley was old.\n\n\nII\n\nMiss ASHDOWN kept the mill for forty years, and her son after her.\n`).chapters[0];
    expect(ch.sentences.map((s) => s.text)).toEqual(["The farming of the valley was old.", "Miss Ashdown kept the mill for forty years, and her son after her."]);
  });

  it("stay under an ordinary heading, where they may be an acronym written once", () => {
    const ch = cleanDocument(`# Chapter 1. Methods\n\nThe samples came from three farms.\n\n## Extraction\n\nDNA was taken from each sample twice.\n`).chapters[0];
    expect(ch.sentences.at(-1)?.text).toBe("DNA was taken from each sample twice.");
  });
});

describe("opening capitals naming something in common words", () => {
  it("keep the capitals of a word the chapter also capitalises inside a sentence", () => {
    // INVENTED: "states" and "united" stand in lower case, but "The United States grew" capitalises both inside a sentence.
    const ch = cleanDocument(`THE REPUBLIC\n\nTHE UNITED STATES government is old. The states keep their own laws. They were united in 1787. The United States grew.\n`).chapters[0];
    expect(ch.sentences[0].text).toBe("The United States government is old.");
  });
});
