// Markup from different converters and typesetting conventions, one behaviour per row: what the
// body text of a one-paragraph chapter becomes.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const body = (paragraph: string) => cleanDocument(`# Chapter 1. Test\n\n${paragraph}\n`).chapters[0].text;

describe("inline markup is removed, text kept", () => {
  it.each([
    ["HTML emphasis and spans", 'The <i>Duma</i> met in <span class="x">St. Petersburg</span>.', "The Duma met in St. Petersburg."],
    ["line breaks", "The first line<br>and the second<br/>line.", "The first line and the second line."],
    ["links", "See [the charter](https://example.org/charter_(1215)) today.", "See the charter today."],
    ["Markdown bold and italics", "The **cristae** fold the *inner* membrane.", "The cristae fold the inner membrane."],
    ["Gutenberg underscores", "He read _The Origin of Species_ twice.", "He read The Origin of Species twice."],
    ["HTML entities", "Marx &amp; Engels wrote &ldquo;the Manifesto&rdquo; in 1848.", "Marx & Engels wrote “the Manifesto” in 1848."],
    ["ordinals in superscript", "In the 19<sup>th</sup> century it grew.", "In the 19th century it grew."],
    ["unknown tags", 'It was <abbr title="x">NEP</abbr> and <foo-bar data-x="1">more</foo-bar>.', "It was NEP and more."],
    ["Pandoc subscripts and dashes", "The F~2~ ratio --- about 3:1 --- held in 1900--1910.", "The F2 ratio — about 3:1 — held in 1900–1910."],
    ["space before OCR punctuation", "It was renamed ; in May it met : then left .", "It was renamed; in May it met: then left."],
    ["CommonMark backslash escapes (Google Docs)", "1924\\. The party met\\! It cost \\$5 \\+ tax.", "1924. The party met! It cost $5 + tax."],
    ["strikethrough and highlight keep their text", "Text with ~~struck~~ and ==marked== words.", "Text with struck and marked words."],
    ["zero-width and soft hyphens", "Lenin\u00adgrad was re\u200bnamed.", "Leningrad was renamed."],
  ])("%s", (_label, input, expected) => {
    expect(body(input)).toBe(expected);
  });
});

describe("footnote markers written as math (Nougat)", () => {
  it("reads \\({}^{1}\\) and $^{2}$ markers and note lines", () => {
    const raw = "# Chapter 2. Results\n\nThe effect was large.\\({}^{1}\\) It held in 1990.$^{2}$\n\n\\({}^{1}\\) See Smith (1990), p. 4.\n\n$^{2}$ Ibid., p. 5.\n\nThe next page begins.\n";
    const ch = cleanDocument(raw).chapters[0];
    expect(ch.text).toBe("The effect was large. It held in 1990.\n\nThe next page begins.");
    expect(ch.footnotes.map((f) => f.text)).toEqual(["See Smith (1990), p. 4.", "Ibid., p. 5."]);
    expect(ch.sentences.map((s) => s.footnoteRefs.length)).toEqual([1, 1, 0]);
  });
});

describe("hyphenation", () => {
  it.each([
    ["a line-end hyphen inside a word", "The word Lenin-\nism crept into use; Leninism spread.", "The word Leninism crept into use; Leninism spread."],
    ["a real compound at a line end", "It was a thirty-\nfive year old man.", "It was a thirty-five year old man."],
    ["a capitalised second part", "The treaty of Brest-\nLitovsk was signed.", "The treaty of Brest-Litovsk was signed."],
    ["year ranges", "The years 1924-\n1926 were decisive.", "The years 1924-1926 were decisive."],
    ["an OCR'd hyphen left inside a line", "The pro- gramme of the party was the programme of 1919.", "The programme of the party was the programme of 1919."],
    ["a suspended hyphen", "Pre- and post-war prices differed.", "Pre- and post-war prices differed."],
  ])("%s", (_label, input, expected) => {
    expect(body(input)).toBe(expected);
  });
});

describe("paragraphs", () => {
  it("starts a new paragraph at an indented first line when there are no blank lines", () => {
    const doc = cleanDocument("CHAPTER I.\n\n    It was a bright cold day in April. The clocks\nwere striking thirteen.\n    The hallway smelt of cabbage.\n");
    const ch = doc.chapters[0];
    expect(ch.paragraphs.map((p) => ch.text.slice(p.start, p.end))).toEqual(["It was a bright cold day in April. The clocks were striking thirteen.", "The hallway smelt of cabbage."]);
  });

  it("marks a short unpunctuated plain-text line before a paragraph as a heading, not a dangling half-sentence", () => {
    const ch = cleanDocument("CHAPTER 2.\n\nTHE RIVERS.\n\nThe Sources of the Nile\n\nThe Nile rises in the lakes.\n\nFrom there it runs along the\n\nCataracts\n\nbanks of the desert.\n").chapters[0];
    expect(ch.paragraphs.map((p) => [p.kind, ch.text.slice(p.start, p.end)])).toEqual([
      ["heading", "The Sources of the Nile"],
      ["body", "The Nile rises in the lakes."],
      ["body", "From there it runs along the banks of the desert."],
    ]);
  });

  it("reads an HTML heading as a chapter heading", () => {
    const doc = cleanDocument("<h1>Chapter 2: The Cell</h1>\n\nCells divide.\n\n<h1>Chapter 3: Tissues</h1>\n\nTissues form.\n");
    expect(doc.chapters.map((c) => [c.number, c.title, c.text])).toEqual([["2", "The Cell", "Cells divide."], ["3", "Tissues", "Tissues form."]]);
  });
});

describe("FineReader's soft-hyphen sign", () => {
  it("joins a word split with ¬ at a line end, and across a page break", () => {
    const ch = cleanDocument("CHAPTER 1.\n\nTHE TRADE.\n\nThe merchants of the Low Coun¬\ntries paid in bills, and the sta¬\n\n88\n\nplers waited.\n").chapters[0];
    expect(ch.text).toBe("The merchants of the Low Countries paid in bills, and the staplers waited.");
  });
});

describe("note markers of a chapter cut out of its book", () => {
  it("drops [1], [2], [3] … glued to words when numbered in order, though the notes are not in the file", () => {
    const text = "# Chapter 1. Test\n\nThe board approved the plan in 1890.[1] Orlen Vance built the lighthouse of granite. The keepers[2] measured the light. The tide rose.[3] Then it fell.\n";
    expect(cleanDocument(text, { filename: "x.md" }).chapters[0].sentences.map((s) => s.text)).toEqual([
      "The board approved the plan in 1890.", "Orlen Vance built the lighthouse of granite.", "The keepers measured the light.", "The tide rose.", "Then it fell.",
    ]);
  });
  it("leaves a bracketed number that is not such a run (a cited item, a spaced reference)", () => {
    const text = "# Chapter 1. Test\n\nSee item [4] of the list for the tides. The rule in [2] is older.\n";
    expect(cleanDocument(text, { filename: "x.md" }).chapters[0].sentences.map((s) => s.text).join(" ")).toContain("[4]");
  });
});
