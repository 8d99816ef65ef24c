// Splitting documents into chapters: headings of several conventions, front and back matter,
// endnotes gathered at the end of a book, and documents with no structure at all.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const outline = (raw: string) => cleanDocument(raw).chapters.map((c) => [c.number, c.title]);

describe("chapter headings", () => {
  it.each([
    ["CHAPTER IV. with the title on the next line", "CHAPTER IV.\n\nTHE ISLANDS.\n\nThe ship anchored.\n\nCHAPTER V.\n\nHOME.\n\nIt came home.", [["4", "The Islands"], ["5", "Home"]]],
    ["Chapter 3: Title in Markdown", "# Chapter 3: Energy in the Cell\n\nCells need energy.", [["3", "Energy in the Cell"]]],
    ["spelled-out numbers", "CHAPTER TWELVE\n\nThe Last Days\n\nIt ended.", [["12", "The Last Days"]]],
    ["a bold number with a bold title", "**7**\n\n**THE LEAGUE**\n\nTowns joined.\n\n**8**\n\n**DECLINE**\n\nTowns left.", [["7", "The League"], ["8", "Decline"]]],
    ["numbered sections of a converted paper", "# 1 Introduction\n\nWe study rivers.\n\n# 2 Methods\n\nWe measured them.", [["1", "Introduction"], ["2", "Methods"]]],
    ["Introduction and Epilogue beside numbered chapters", "## Introduction\n\nAbout rivers.\n\n## Chapter 1. Springs\n\nSprings feed rivers.\n\n## Epilogue\n\nThe sea.", [[null, "Introduction"], ["1", "Springs"], [null, "Epilogue"]]],
  ])("%s", (_label, raw, expected) => {
    expect(outline(raw)).toEqual(expected);
  });

  it("keeps sub-headings inside their chapter as heading paragraphs", () => {
    const ch = cleanDocument("# Chapter 1. Springs\n\nSprings feed rivers.\n\n## Introduction\n\nA sub-section.\n").chapters;
    expect(ch).toHaveLength(1);
    expect(ch[0].paragraphs.map((p) => p.kind)).toEqual(["body", "heading", "body"]);
  });

  it("numbers chapters 0, 1, 2... in document order after dropping empty ones", () => {
    const doc = cleanDocument("# Chapter 1. A\n\nText one.\n\n# Chapter 2. B\n\n# Chapter 3. C\n\nText three.");
    expect(doc.chapters.map((c) => [c.index, c.number])).toEqual([[0, "1"], [1, "3"]]);
  });
});

describe("front and back matter", () => {
  it("drops the title page, contents and preface, and stops at the index", () => {
    const raw = "# A Book\n\n## Contents\n\n1. Springs 1\n\n## Preface\n\nThanks to all.\n\n## Chapter 1. Springs\n\nSprings feed rivers.\n\n## Index\n\nrivers, 1, 4";
    const doc = cleanDocument(raw);
    expect(doc.title).toBe("A Book");
    expect(doc.chapters.map((c) => c.text)).toEqual(["Springs feed rivers."]);
  });

  it("keeps front matter when it is the only content", () => {
    const doc = cleanDocument("# Preface\n\nOnly a preface here. Nothing else.");
    expect(doc.chapters).toHaveLength(1);
    expect(doc.chapters[0].sentences.map((s) => s.text)).toEqual(["Only a preface here.", "Nothing else."]);
  });

  it("treats unstructured text, even one line, as a single chapter", () => {
    expect(cleanDocument("Paris is the capital of France.").chapters[0].sentences.map((s) => s.text)).toEqual(["Paris is the capital of France."]);
    expect(cleanDocument("A line without a full stop").chapters[0].text).toBe("A line without a full stop");
    expect(cleanDocument("   \n\n  ").chapters).toEqual([]);
  });
});

describe("endnotes gathered at the end of the book", () => {
  const raw = `# Chapter 1. The Beginning

The war began in 1914.¹ It ended in 1918.²

# Chapter 2. The Middle

Peace came in 1919.¹ It did not last.

# Notes

## Chapter 1

1. On the outbreak see Clark, *Sleepwalkers*, p. 3.

2. The armistice was signed at Compiègne.

## Chapter 2

1. The treaty was signed at Versailles.
`;
  const doc = cleanDocument(raw);

  it("gives each chapter its own notes and leaves no Notes section in the body", () => {
    expect(doc.chapters.map((c) => c.footnotes.map((f) => f.text))).toEqual([
      ["On the outbreak see Clark, Sleepwalkers, p. 3.", "The armistice was signed at Compiègne."],
      ["The treaty was signed at Versailles."],
    ]);
    expect(doc.chapters[1].text).toBe("Peace came in 1919. It did not last.");
    expect(doc.chapters[1].sentences[0].footnoteRefs).toEqual(["n1"]);
    expect(doc.layout.hasEndnotes).toBe(true);
  });

  it("resolves a paper's [n] citations against its numbered References", () => {
    const paper = "# 1 Introduction\n\nPrior work [1] used features. Later work [2] did not.\n\n# References\n\n[1] D. Lowe. Distinctive image features. IJCV, 2004.\n\n[2] Y. LeCun et al. Gradient-based learning. Proc. IEEE, 1998.";
    const ch = cleanDocument(paper).chapters[0];
    expect(ch.text).toBe("Prior work used features. Later work did not.");
    expect(ch.footnotes.map((f) => f.text)).toEqual(["D. Lowe. Distinctive image features. IJCV, 2004.", "Y. LeCun et al. Gradient-based learning. Proc. IEEE, 1998."]);
  });
});

describe("chapter numbers misread by OCR", () => {
  it("reads roman numerals with OCR confusions (T, 1, l for I; Y for V), and lets the contents correct them", () => {
    const doc = cleanDocument("CONTENTS\n\nV. THE FLEECE ..... 71\nVI. THE STAPLE AT CALAIS ..... 87\nVII. THE DECLINE ..... 109\n\nCHAPTER V\n\nTHE FLEECE\n\nWool was graded.\n\nCHAPTER VT\n\nTHE STAPLE AT CALAIS\n\nThe town stood on the coast.\n\nCHAPTER V1I\n\nTHE DECLINE\n\nExports fell.\n\nCHAPTER X1\n\nAN UNLISTED CHAPTER\n\nMore text here.\n");
    expect(doc.chapters.map((c) => [c.number, c.title, c.text])).toEqual([
      ["5", "The Fleece", "Wool was graded."],
      ["6", "The Staple at Calais", "The town stood on the coast."],
      ["7", "The Decline", "Exports fell."],
      ["11", "An Unlisted Chapter", "More text here."],
    ]);
    expect(doc.chapters[1].pages[0]?.page).toBe("87");
  });
});
