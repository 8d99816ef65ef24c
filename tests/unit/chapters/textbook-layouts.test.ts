// Textbook and converter layouts: numbered section headings, figure and table captions, HTML
// tables, image placeholders, notes gathered at the end without a heading, marginal glosses and
// boxed text. Small composed inputs first, then the layout-* fixtures written in those styles.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";

const paragraphs = (raw: string) => {
  const ch = cleanDocument(raw).chapters[0];
  return ch.paragraphs.map((p) => [p.kind, ch.text.slice(p.start, p.end)]);
};

describe("numbered headings", () => {
  it("keeps '3.1'-style sections inside the chapter their number belongs to, at any heading level", () => {
    const doc = cleanDocument("# 3 The Rock Cycle\n\n# 3.1 How rocks change\n\nRocks change.\n\n# 3.2 Igneous rocks\n\nMagma cools.\n");
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["3", "The Rock Cycle"]]);
    expect(doc.chapters[0].paragraphs.map((p) => p.kind)).toEqual(["heading", "body", "heading", "body"]);
  });

  it("reads one numbered top heading over its sub-headings as one chapter, not a chapter per section", () => {
    const doc = cleanDocument("# 3. Making a Contract\n\nIntro text.\n\n## Offer\n\nAn offer is made.\n\n## Acceptance\n\nIt is accepted.\n");
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["3", "Making a Contract"]]);
  });

  it("still splits a book whose chapters are numbered headings", () => {
    const doc = cleanDocument("# 1 Rocks\n\n# 1.1 Kinds\n\nRocks differ.\n\n# 2 Minerals\n\n# 2.1 Crystals\n\nCrystals grow.\n");
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["1", "Rocks"], ["2", "Minerals"]]);
  });
});

describe("figures, tables and captions", () => {
  it("keeps captions, HTML tables and image placeholders out of the text, and a sentence cut by a figure whole", () => {
    const raw = [
      "# Chapter 2. Cells", "Cells divide in two ways, and the second of",
      "![](images/3f9a2c.jpg)  \nFigure 2.1 Mitosis in an onion root tip.", "<!-- image -->", "Figure 2.2: A cell in metaphase, stained.",
      "them is called meiosis.", "<table><tr><td>Phase</td><td>Length</td></tr></table>", "Table 2.1 Phases of mitosis", "Figure 2.3 shows the phases in order.",
    ].join("\n\n");
    expect(paragraphs(raw)).toEqual([
      ["body", "Cells divide in two ways, and the second of them is called meiosis."],
      ["body", "Figure 2.3 shows the phases in order."], // a sentence about a figure is text
    ]);
  });
});

describe("notes at the end without a heading", () => {
  it("reads a closing run of numbered paragraphs as the notes the body's markers cite", () => {
    const raw = "# 3 Rocks\n\nGranite is pale.<sup>1</sup> Basalt is dark.<sup>2</sup>\n\n1 Felsic rocks.\n\n2 Mafic rocks.\n";
    const ch = cleanDocument(raw).chapters[0];
    expect(ch.text).toBe("Granite is pale. Basalt is dark.");
    expect(ch.footnotes.map((f) => [f.number, f.text, f.citedAt?.sentence])).toEqual([["1", "Felsic rocks.", 0], ["2", "Mafic rocks.", 1]]);
  });

  it("leaves a closing numbered list alone when nothing cites it", () => {
    const ch = cleanDocument("# 3 Rocks\n\nGranite is pale.\n\n1 Name two rocks.\n\n2 Say which is darker.\n").chapters[0];
    expect(ch.footnotes).toEqual([]);
    expect(ch.text).toContain("Name two rocks.");
  });
});

describe("marginal glosses and boxes", () => {
  const raw = [
    "## Chapter 6", "## Memory", "Encoding gets information into memory. Retrieval gets it back out.",
    "encoding The process of getting information into memory.", "retrieval The process of getting information out of memory.",
    "Yet each time he practised the difficult mirror-drawing task that the researchers set", "procedural memory Memory for skills and actions.", "day after day, his procedural memory improved.",
    "Box 6.1 Critical Thinking: Can You Trust an Eyewitness?", "Memory is reconstructive.",
  ].join("\n\n");

  it("keeps glosses out of the text, rejoining the sentence one cut, and heads a box with its label", () => {
    expect(paragraphs(raw)).toEqual([
      ["body", "Encoding gets information into memory. Retrieval gets it back out."],
      ["body", "Yet each time he practised the difficult mirror-drawing task that the researchers set day after day, his procedural memory improved."],
      ["heading", "Box 6.1 Critical Thinking: Can You Trust an Eyewitness?"],
      ["body", "Memory is reconstructive."],
    ]);
  });

  it("does not take the rest of a sentence broken by a page for a gloss, even when shaped like one", () => {
    const raw = [
      "# Chapter 1. Rivers", "The charter was sealed in a meadow that lies", "beside the river Thames near Windsor.",
      "The barons camped in fields beside the river, and the King lodged in a castle", "upstream from the meadow Staines was the nearest town.",
      "Later kings came back upstream from the meadow to the castle.",
    ].join("\n\n");
    expect(paragraphs(raw).map((p) => p[1])).toEqual([
      "The charter was sealed in a meadow that lies beside the river Thames near Windsor.",
      "The barons camped in fields beside the river, and the King lodged in a castle upstream from the meadow Staines was the nearest town.",
      "Later kings came back upstream from the meadow to the castle.",
    ]);
  });
});

describe("layout fixtures", () => {
  it("MinerU: one chapter with its sections, math markers linked to the closing notes, no math or captions left", () => {
    const doc = cleanDocument(fixture("layout-mineru-geology.md"));
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["3", "The Rock Cycle"]]);
    const ch = doc.chapters[0];
    expect(ch.text).not.toMatch(/\$|\\mathrm|Figure 3\.\d|Table 3\.1|<t[dr]>|images\//);
    expect(ch.text).toContain("runny at temperatures of about 1200 °C, lets its gas escape quietly");
    expect(ch.footnotes.map((f) => f.number)).toEqual(["1", "2", "3", "4", "5"]);
    expect(ch.footnotes.every((f) => f.citedAt !== null)).toBe(true);
    expect(ch.sentences[ch.footnotes[3].citedAt!.sentence].text).toMatch(/^The principle of superposition/);
  });

  it("ABBYY plain text: form-feed pages, alternating running heads, symbol notes per page, hyphens across pages", () => {
    const ch = cleanDocument(fixture("layout-abbyy-wool-trade.txt")).chapters[0];
    expect([ch.number, ch.title]).toEqual(["6", "The Staple at Calais"]);
    expect(ch.pages.map((p) => p.page)).toEqual(["87", "88", "89", "90", "91"]);
    expect(ch.text).not.toMatch(/THE ENGLISH WOOL TRADE|THE STAPLE AT CALAIS|[*†‡]/);
    expect(ch.text).toContain("To the merchants the advantages were less obvious, and their attitude");
    expect(ch.text).toContain("from Leominster at the top to the wools of the far north at the bottom. A merchant's skill");
    expect(ch.footnotes.map((f) => f.id)).toEqual(["p87-n*", "p88-n†", "p89-n*", "p89-n†", "p90-n‡", "p91-n*"]);
    expect(ch.footnotes.every((f) => f.citedAt !== null)).toBe(true);
  });

  it("Calibre EPUB Markdown: chapter from a span heading, note links resolved to the Notes section, no attributes", () => {
    const doc = cleanDocument(fixture("layout-calibre-telegraph.md"));
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["4", "The Wire Across the Water"]]);
    const ch = doc.chapters[0];
    expect(ch.text).not.toMatch(/calibre|\{|\}|:::|\]\(#|Figure 4\.2/);
    expect(ch.sentences[0].text).toBe("The first message sent by electric telegraph across the Atlantic Ocean took sixteen hours to arrive.");
    expect(ch.footnotes).toHaveLength(6);
    expect(ch.footnotes.every((f) => f.citedAt !== null)).toBe(true);
  });

  it("Docling textbook: captions and glosses out, boxes headed, objectives kept as a list", () => {
    const ch = cleanDocument(fixture("layout-docling-psychology.md")).chapters[0];
    expect([ch.number, ch.title]).toEqual(["6", "Memory"]);
    expect(ch.text).not.toMatch(/^(?:encoding|retrieval|chunking|interference|procedural memory) \p{Lu}/mu);
    expect(ch.text).not.toMatch(/^(?:Figure|Table) 6\.\d/m);
    expect(ch.text).toContain("Yet when he practised a difficult drawing task day after day, his performance improved");
    const headings = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));
    expect(headings).toContain("Box 6.1 Critical Thinking: Can You Trust an Eyewitness?");
  });
});

describe("display mathematics and document titles", () => {
  it("keeps a display formula out of the text and the sentence around it whole", () => {
    const raw = "## 2 Methods\n\nThe rate of the reaction is given by\n\n$$v=\\frac{V_{max}[S]}{K_m+[S]}$$\n\nwhere $V_{max}$ is the maximum rate.\n\n\\begin{equation}\nE = mc^2\n\\end{equation}\n\n## 3 Results\n\nThe rate rose.\n";
    const doc = cleanDocument(raw);
    expect(doc.chapters.map((c) => c.text)).toEqual(["The rate of the reaction is given by where Vmax is the maximum rate.", "The rate rose."]);
  });

  it("does not take a chapter's first sentence or a 'CHAPTER 3' line for the document's title", () => {
    expect(cleanDocument("## 2 Methods\n\nShort opening line\n\nThe body text.\n\n## 3 Results\n\nMore text.\n").title).toBeNull();
    // (Session 8: a document whose only chapter is titled takes that title, not its "CHAPTER 3" line.)
    expect(cleanDocument("CHAPTER 3\n\nTHE HARBOUR\n\nThe harbour was dredged in 1870.\n").title).toBe("The Harbour");
  });
});

describe("older books in Tesseract plain text", () => {
  it("takes a capitals synopsis under the chapter number as the title", () => {
    const doc = cleanDocument("CHAPTER III.\n\nDEPARTURE FROM BERGEN—THE COASTAL STEAMER—A NIGHT\nAMONG THE ISLANDS.\n\nWe left Bergen in June.\n");
    expect(doc.chapters.map((c) => [c.number, c.title, c.text])).toEqual([["3", "Departure from Bergen—The Coastal Steamer—A Night Among the Islands", "We left Bergen in June."]]);
  });

  it("spells out typographic ligatures", () => {
    expect(cleanDocument("# Chapter 1. A\n\nThe ﬁshermen took oﬀ the scaﬀolding.\n").chapters[0].text).toBe("The fishermen took off the scaffolding.");
  });

  it("hands a footnote printed under the next chapter's opening back to the chapter that cites it, keeping the page break", () => {
    const raw = "CHAPTER 3.\n\nTHE RIVER.\n\nThe timber went down to the sawmills.2\n\nCHAPTER 4.\n\nTHE ISLANDS.\n\nFrom there the steamer held northward.\n\n2 The timber trade was second only to Christiania.\n\fThe islands rise from the sea.\n\n37\n";
    const doc = cleanDocument(raw);
    const [c3, c4] = doc.chapters;
    expect(c3.footnotes.map((f) => [f.id, f.text, f.citedAt?.sentence])).toEqual([["n2", "The timber trade was second only to Christiania.", 0]]); // chapter 3 has no page evidence of its own
    expect(c4.footnotes).toEqual([]);
    expect(c4.sentences.map((s) => [s.page, s.text])).toEqual([["36", "From there the steamer held northward."], ["37", "The islands rise from the sea."]]);
  });

  it("the layout-tesseract fixture: synopsis titles, ligatures, bare notes, a side-note, pages across two chapters", () => {
    const doc = cleanDocument(fixture("layout-tesseract-norway.txt"));
    expect(doc.title).toBe("A Journey to the North");
    expect(doc.chapters.map((c) => [c.number, c.pages.map((p) => p.page)])).toEqual([["3", ["34", "35", "36"]], ["4", ["36", "37", "38"]]]);
    const text = doc.chapters.map((c) => c.text).join("\n");
    expect(text).not.toMatch(/[\ufb00-\ufb06]|A JOURNEY TO THE NORTH|Winter navigation|^\d+$/m);
    expect(text).toContain("in winter he steered these same channels in a darkness that lasted all but three or four hours");
    expect(text).toContain("are very handsome, and a great quantity of timber");
    expect(doc.chapters[0].footnotes.map((f) => f.id)).toEqual(["p34-n1", "p36-n2"]);
    expect(doc.chapters[1].footnotes.map((f) => f.id)).toEqual(["p37-n3"]);
    expect(doc.chapters.flatMap((c) => c.footnotes).every((f) => f.citedAt !== null)).toBe(true);
  });
});

describe("captions a converter made headings", () => {
  it("are captions, not chapters or sections", () => {
    const doc = cleanDocument("# 3 The Rock Cycle\n\n# 3.1 How rocks change\n\nRocks change.\n\n# Figure 3.1 The rock cycle\n\n# Table 3.1 Igneous rocks\n\nMagma cools.\n");
    expect(doc.chapters.map((c) => [c.number, c.title, c.text])).toEqual([["3", "The Rock Cycle", "3.1 How rocks change\n\nRocks change.\n\nMagma cools."]]);
  });
});

describe("a boxed insert in the middle of a sentence", () => {
  it("rejoins the sentence the box cut, and keeps the box's own paragraphs under its label", () => {
    const raw = ["## Chapter 6", "## Memory", "Afterwards he could hold a conversation, but when he practised a difficult drawing task over several", "Box 6.1 Critical Thinking: Can You Trust an Eyewitness?", "Memory is reconstructive.", "Courts have been slow to accept this.", "weeks, his performance improved like anyone else's."].join("\n\n");
    const ch = cleanDocument(raw).chapters[0];
    expect(ch.paragraphs.map((p) => [p.kind, ch.text.slice(p.start, p.end)])).toEqual([
      ["body", "Afterwards he could hold a conversation, but when he practised a difficult drawing task over several weeks, his performance improved like anyone else's."],
      ["heading", "Box 6.1 Critical Thinking: Can You Trust an Eyewitness?"],
      ["body", "Memory is reconstructive."],
      ["body", "Courts have been slow to accept this."],
    ]);
  });
});
