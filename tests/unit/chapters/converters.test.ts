// Markup particular converters leave behind (Pandoc/Calibre EPUB conversions, MinerU and other
// LaTeX-flavoured OCR), and the layouts of the layout-* fixtures written in those styles.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { mathToText } from "@/lib/chapters/converters";
import { fixture } from "./fixtures";

const body = (paragraph: string) => cleanDocument(`# Chapter 1. Test\n\n${paragraph}\n`).chapters[0].text;

describe("Pandoc / Calibre EPUB markup", () => {
  it.each([
    ["bracketed spans and a drop cap", "[T]{.dropcap}[he first message]{.smallcaps} was short.", "The first message was short."],
    ["empty anchors", "[]{#calibre_link-7}The cable failed.", "The cable failed."],
    ["attributes after a link", "See [the report](http://x.org/r){.ext target=\"_blank\"} now.", "See the report now."],
    ["attributes after an image", "![ship](images/00021.jpeg){.calibre8}\n\nThe ship sailed.", "The ship sailed."],
  ])("%s", (_label, input, expected) => {
    expect(body(input)).toBe(expected);
  });

  it("drops fenced div lines without merging the paragraphs they wrap", () => {
    const ch = cleanDocument("# Chapter 2. Divs\n\n::: {.calibre6}\nThomson was right.\n:::\n\n::: {.note}\nThe cable died.\n:::\n").chapters[0];
    expect(ch.text).toBe("Thomson was right.\n\nThe cable died.");
  });

  it("reads numbers linked to anchors as note markers, and lines opening with one as the notes", () => {
    const raw = "# Chapter 4. Cables\n\nThe cable was laid in 1858.[1](#calibre_link-40){#calibre_link-30 .calibre5} It failed.[^2^](#fn2){#ref2}\n\n## Notes\n\n[1](#calibre_link-30){#calibre_link-40}. Printed in the Times.\n\n[2](#ref2){#fn2}. Thomson became Lord Kelvin.\n";
    const ch = cleanDocument(raw).chapters[0];
    expect(ch.text).toBe("The cable was laid in 1858. It failed.");
    expect(ch.footnotes.map((f) => [f.number, f.text, f.citedAt?.sentence])).toEqual([["1", "Printed in the Times.", 0], ["2", "Thomson became Lord Kelvin.", 1]]);
  });
});

describe("MinerU-style inline math", () => {
  it.each([
    ["1 2 0 0 ^ { \\circ } \\mathrm { C }", "1200 °C"],
    ["1 2 \\mathrm { m m }", "12 mm"],
    ["\\mathrm { SiO } _ { 2 }", "SiO2"],
    ["10^{6}", "10⁶"],
    ["5 \\%", "5%"],
  ])("%s -> %s", (tex, text) => {
    expect(mathToText(tex)).toBe(text);
  });

  it("leaves real mathematics alone", () => {
    expect(mathToText("\\frac{a}{b}")).toBeNull();
    expect(mathToText("x^{n}")).toBeNull();
  });

  it("turns spaced superscript markers into note markers and simple formulas into text, but not prices", () => {
    expect(body("Basalt melts at about $1 2 0 0 ^ { \\circ } \\mathrm { C }$ , as noted (field of view $1 2 \\mathrm { m m }$ ). It cost $5 and $6.")).toBe(
      "Basalt melts at about 1200 °C, as noted (field of view 12 mm). It cost $5 and $6.",
    );
    const ch = cleanDocument("# Chapter 1. T\n\nThe rock is dark. ${ } ^ { 2 }$ It is old.$^{3}$\n\n<sup>2</sup> Mafic rocks.\n\n<sup>3</sup> Very old.\n").chapters[0];
    expect(ch.text).toBe("The rock is dark. It is old.");
    expect(ch.sentences.map((s) => s.footnoteRefs.length)).toEqual([1, 1]);
    expect(ch.pages).toEqual([]); // "{2}" is not an inline page marker
  });
});

describe("symbol footnotes in OCR'd plain text", () => {
  it("does not crash on dagger and double-dagger notes, and links each to its marker", () => {
    const ch = cleanDocument("CHAPTER 3\n\nTHE STAPLE\n\nThe garrison was paid from the customs.† The town was English.‡\n\n† Some eight hundred men.\n‡ Until 1558.\n").chapters[0];
    expect(ch.text).toBe("The garrison was paid from the customs. The town was English.");
    expect(ch.footnotes.map((f) => [f.number, f.text, f.citedAt?.sentence])).toEqual([["†", "Some eight hundred men.", 0], ["‡", "Until 1558.", 1]]);
  });
});

describe("Pandoc inline notes", () => {
  it("turns ^[...] into a footnote cited where it stood", () => {
    const ch = cleanDocument("# Chapter 1. T\n\nThe cable failed in 1858.^[It had been damaged by [high voltages](#v).] A new one was laid.\n\nIt worked.^[Until 1870.]\n").chapters[0];
    expect(ch.text).toBe("The cable failed in 1858. A new one was laid.\n\nIt worked.");
    expect(ch.footnotes.map((f) => [f.number, f.text, f.citedAt?.sentence])).toEqual([["1", "It had been damaged by high voltages.", 0], ["2", "Until 1870.", 2]]);
  });
});

describe("Nougat-style scientific Markdown", () => {
  const raw = String.raw`## 2 Related Work

Sparse patterns have been proposed [1, 2]. Blocks of size \(b\) were used [3-4]. The cost is \(O(n\log n)\).

\begin{table}
\begin{tabular}{l c} Model & Score \\ Ours & 70.9 \\ \end{tabular}
\end{table}
Table 1: Results on the benchmark.

## References

* [1] A. Vaswani et al. Attention is all you need. 2017.
* [2] I. Beltagy et al. Longformer. 2020.
* [3] M. Zaheer et al. Big Bird. 2020.
* [4] R. Child et al. Sparse transformers. 2019.
`;
  const ch = cleanDocument(raw).chapters[0];

  it("reads \\( \\) math as text, drops LaTeX environments, and turns a bulleted reference list into notes", () => {
    expect(ch.text).toBe("Sparse patterns have been proposed. Blocks of size b were used. The cost is O(n log n).");
    expect(ch.footnotes.map((f) => f.number)).toEqual(["1", "2", "3", "4"]);
  });

  it("cites every number of a bracketed list or range", () => {
    expect(ch.sentences.map((s) => s.footnoteRefs)).toEqual([["n1", "n2"], ["n3", "n4"], []]);
  });
});

describe("EPUB endnotes gathered at the end of the book", () => {
  it("hands each chapter's group of linked notes to that chapter", () => {
    const raw = "# Chapter 1: The Wire {#c1}\n\nThe cable was laid in 1858.[1](#n1-1){#r1-1} It failed.[2](#n1-2){#r1-2}\n\n# Chapter 2: The Ship {#c2}\n\nThe Great Eastern sailed in 1865.[1](#n2-1){#r2-1}\n\n# Notes {#notes}\n\n## Chapter 1 {#nc1}\n\n[1](#r1-1){#n1-1}. Printed in the Times.\n\n[2](#r1-2){#n1-2}. Thomson said so.\n\n## Chapter 2 {#nc2}\n\n[1](#r2-1){#n2-1}. Brunel's ship.\n";
    const doc = cleanDocument(raw);
    expect(doc.chapters.map((c) => [c.number, c.text, c.footnotes.map((f) => [f.text, f.citedAt?.sentence])])).toEqual([
      ["1", "The cable was laid in 1858. It failed.", [["Printed in the Times.", 0], ["Thomson said so.", 1]]],
      ["2", "The Great Eastern sailed in 1865.", [["Brunel's ship.", 0]]],
    ]);
  });
});

describe("one reference list at the end, numbered across the text", () => {
  it("gives each earlier section the entries it cites", () => {
    const raw = "## 1 Introduction\n\nTransformers [1] are standard. Their cost grows fast [2-3].\n\n## 2 Related Work\n\nSparse patterns exist [3, 4].\n\n## References\n\n* [1] A. Vaswani. Attention. 2017.\n* [2] I. Beltagy. Longformer.\n  arXiv, 2020.\n* [3] M. Zaheer. Big Bird. 2020.\n* [4] R. Child. Sparse transformers. 2019.\n";
    const doc = cleanDocument(raw);
    const [intro, related] = doc.chapters;
    expect(intro.text).toBe("Transformers are standard. Their cost grows fast.");
    expect(intro.footnotes.map((f) => [f.number, f.text])).toEqual([["1", "A. Vaswani. Attention. 2017."], ["2", "I. Beltagy. Longformer. arXiv, 2020."], ["3", "M. Zaheer. Big Bird. 2020."]]);
    expect(intro.sentences.map((s) => s.footnoteRefs)).toEqual([["n1"], ["n2", "n3"]]);
    expect(related.sentences[0].footnoteRefs).toEqual(["n3", "n4"]);
  });

  it("leaves chapters that have notes of their own alone", () => {
    const raw = "## Chapter 1. A\n\nText.<sup>1</sup>\n\n<sup>1</sup> Own note.\n\n## Chapter 2. B\n\nMore.<sup>1</sup> Again.<sup>2</sup>\n\n## Notes\n\n1. Final one.\n\n2. Final two.\n";
    const [a] = cleanDocument(raw).chapters;
    expect(a.footnotes.map((f) => f.text)).toEqual(["Own note."]);
  });
});

describe("EPUB page-break anchors", () => {
  it("reads printed page numbers from []{#page_23} and pagebreak spans, and ignores other anchors", () => {
    const ch = cleanDocument('# Chapter 1 {#c1}\n\nThe cable was laid in 1858 across the whole width of the[]{#page_23}\nAtlantic Ocean. It failed.\n\n[]{#p24 epub:type="pagebreak" role="doc-pagebreak" title="24"}The second cable worked.\n\n[]{#p3}Paragraph three.\n').chapters[0];
    expect(ch.text).toBe("The cable was laid in 1858 across the whole width of the Atlantic Ocean. It failed.\n\nThe second cable worked.\n\nParagraph three.");
    expect(ch.sentences.map((s) => s.page)).toEqual(["22", "23", "24", "24"]);
  });
});
