// Where OCR puts a page's footnotes: after the next page's running head or page number (the
// notes block follows the page break instead of preceding it), or in the middle of the page
// (a notes block followed by more of the same page's text). Either way the notes keep the page
// they were printed on, their markers are removed from the body, and the pages after are not
// shifted.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { normalizeDocument, toBlocks } from "@/lib/chapters/blocks";
import { fixture } from "./fixtures";

const pageOf = (ch: { sentences: { text: string; page: string | null }[] }, start: string) => ch.sentences.find((s) => s.text.startsWith(start))?.page;

describe("notes printed after the next page's head or page number", () => {
  const raw = `CHAPTER V.

THE FOUNDING OF THE HOUSE.


The great revival of monastic discipline reached the north
of England in 1132, and stirred the consciences of certain
of the monks of the city.1 The abbot was an old man who had
no wish to see the customs of his monastery disturbed.

The Archbishop came on the 17th of October to hold a
visitation; but the abbot barred the doors against him,
and a tumult followed in which the reformers were
roughly handled.2 Thurstan took the thirteen monks under
his protection. They passed their first winter under an
elm tree and then beneath the

                                  84        THE WHITE MONKS IN YORKSHIRE

1 Serlo, Narratio de Fundatione, p. 5. The Narratio was
written down by Hugh of Kirkstall about 1207.
2 Letter of Thurstan to William of Corbeil, Archbishop of
Canterbury, ibid., p. 11.

shelter of the rocks, and they were often near to starving.

Richard was chosen the first abbot. Finding that no order
would receive them on their own terms, he wrote to Bernard,
and in 1133 the little community was admitted to the order.3
Bernard sent them a monk to instruct them in the customs.

                                  85

3 Fountains Chartulary, vol. ii, p. 417.

The Cistercians differed from the older Benedictines in
their way of living as much as in their buildings.

                                  86        THE WHITE MONKS IN YORKSHIRE

The fourteenth century brought worse.
`;
  const ch = cleanDocument(raw).chapters[0];

  it("recognises the notes after a bare page number and after a running head, with the page they were printed on", () => {
    expect(ch.footnotes.map((f) => [f.id, f.number, f.page, f.text])).toEqual([
      ["p83-n1", "1", "83", "Serlo, Narratio de Fundatione, p. 5. The Narratio was written down by Hugh of Kirkstall about 1207."],
      ["p83-n2", "2", "83", "Letter of Thurstan to William of Corbeil, Archbishop of Canterbury, ibid., p. 11."],
      ["p84-n3", "3", "84", "Fountains Chartulary, vol. ii, p. 417."],
    ]);
    expect(ch.footnotes.every((f) => f.citedAt !== null)).toBe(true);
  });

  it("keeps note text out of the body and splits the sentences the markers joined", () => {
    expect(ch.text).not.toMatch(/Serlo|Chartulary|\d[A-Z]|handled\.2|order\.3/);
    expect(ch.sentences.map((s) => s.text)).toContain("Thurstan took the thirteen monks under his protection.");
    expect(ch.sentences.find((s) => s.text.startsWith("Bernard sent"))).toBeDefined();
    expect(ch.sentences.find((s) => s.text.startsWith("Finding"))?.footnoteRefs).toEqual(["p84-n3"]);
  });

  it("does not let the notes turn over another page", () => {
    expect(pageOf(ch, "They passed their first winter")).toBe("83");
    expect(pageOf(ch, "Richard was chosen")).toBe("84");
    expect(pageOf(ch, "The Cistercians differed")).toBe("85");
    expect(pageOf(ch, "The fourteenth century")).toBe("86");
    expect(ch.pages.map((p) => p.page)).toEqual(["83", "84", "85", "86"]);
    expect(ch.text).toContain("then beneath the shelter of the rocks"); // the paragraph the page break cut, rejoined
  });
});

describe("a notes block in the middle of a page", () => {
  it("with page numbers at the top: the text after the block stays on its page, later pages are not shifted", () => {
    const raw = `CHAPTER 2

THE GRANGES

                                  20        THE WHITE MONKS

The chapter-house took its name from the chapter of the
Rule which was read there every morning.1

1 Ecclesiastical Documents, ed. Walbran, No. 42.

The wealth of the abbey came above all from sheep, and the
wool was sold many years in advance.2 Its very success was
its undoing.

2 Serlo, op. cit., p. 101.

                                  21        THE WHITE MONKS

The murrain swept through the northern flocks in the 1280s.

                                  22        THE WHITE MONKS

In 1291 the king took the abbey into his custody.
`;
    const ch = cleanDocument(raw).chapters[0];
    expect(ch.footnotes.map((f) => [f.id, f.page])).toEqual([["p20-n1", "20"], ["p20-n2", "20"]]);
    expect(pageOf(ch, "The wealth of the abbey")).toBe("20");
    expect(pageOf(ch, "The murrain")).toBe("21");
    expect(pageOf(ch, "In 1291")).toBe("22");
    expect(ch.pages.map((p) => p.page)).toEqual(["20", "21", "22"]);
  });

  it("with page numbers at the foot: the footer dates the text after the block, and the pages after it", () => {
    const ch = cleanDocument(fixture("layout2-ocr-midpage-notes-footers.txt")).chapters[0];
    expect(ch.footnotes.map((f) => [f.id, f.page, f.citedAt !== null])).toEqual([
      ["p57-n1", "57", true],
      ["p58-n2", "58", true],
      ["p58-n3", "58", true],
      ["p59-n4", "59", true],
    ]);
    expect(pageOf(ch, "John Smeaton, who was given")).toBe("58");
    expect(pageOf(ch, "Smeaton's tower was lit")).toBe("59");
    expect(pageOf(ch, "The present tower")).toBe("60");
    expect(ch.pages.map((p) => p.page)).toEqual(["57", "58", "59", "60"]);
  });
});

describe("several notes blocks in the middle of one page", () => {
  it("with page numbers at the top: all of them stay on the page the next head follows", () => {
    const raw = `CHAPTER 2

THE GRANGES

                                  20        THE WHITE MONKS

The chapter-house took its name from the chapter of the
Rule which was read there every morning.1

1 Ecclesiastical Documents, ed. Walbran, No. 42.

The wealth of the abbey came above all from sheep, and the
wool was sold many years in advance.2

2 Serlo, op. cit., p. 101.

Its very success was its undoing, as the chronicler says.3

3 Chronicle of Melsa, vol. ii, p. 12.

                                  21        THE WHITE MONKS

The murrain swept through the northern flocks in the 1280s.

                                  22        THE WHITE MONKS

In 1291 the king took the abbey into his custody.
`;
    const ch = cleanDocument(raw).chapters[0];
    expect(ch.footnotes.map((f) => [f.id, f.citedAt !== null])).toEqual([["p20-n1", true], ["p20-n2", true], ["p20-n3", true]]);
    expect(ch.sentences.map((s) => s.page)).toEqual(["20", "20", "20", "21", "22"]);
    expect(cleanDocument(raw).layout.notes.join("\n")).toContain("2 page break(s)"); // 20 -> 21 -> 22, the notes blocks turned no page
  });

  it("with page numbers at the foot: the footer after them dates them all", () => {
    const ch = cleanDocument(`CHAPTER 4

THE LIGHTHOUSE BUILDERS

The rock lies some fourteen miles south of Plymouth.1

1 Majendie, Account of the Eddystone Lighthouse, p. 3.

                                  57

John Rudyerd's tower of 1709 was also of timber.2

2 Smeaton, Narrative of the Building, p. 22.

John Smeaton resolved to make the third tower of stone.3

3 Smeaton, op. cit., p. 47.

He dovetailed every block of granite into its neighbours.4

4 Ibid., p. 50.

                                  58

Smeaton's tower was lit in October 1759.

                                  59

The present tower was first lit in 1882.
`).chapters[0];
    expect(ch.footnotes.map((f) => [f.id, f.citedAt !== null])).toEqual([["p57-n1", true], ["p58-n2", true], ["p58-n3", true], ["p58-n4", true]]);
    expect(ch.sentences.map((s) => s.page)).toEqual(["57", "58", "58", "58", "59", "60"]);
  });
});

describe("layout2-ocr-notes-after-head.txt: running heads, notes after the next head, a mid-page block", () => {
  const ch = cleanDocument(fixture("layout2-ocr-notes-after-head.txt")).chapters[0];

  it("files every note under the page it annotates, cited where its marker stood", () => {
    expect(ch.footnotes.map((f) => [f.id, f.citedAt === null ? null : ch.sentences[f.citedAt.sentence].page])).toEqual([
      ["p111-n1", "111"],
      ["p111-n2", "111"],
      ["p112-n3", "112"],
      ["p112-n4", "112"],
      ["p113-n5", "113"],
    ]);
    expect(ch.footnotes[0].text).toBe("Smiles, Lives of the Engineers, vol. i, p. 402. The price fell from sevenpence to threepence halfpenny.");
  });

  it("rejoins the word and the paragraph that the page break and its notes cut", () => {
    expect(ch.text).toContain("its cutting employed six hundred men");
    expect(ch.text).toContain("drew a crowd of buyers to Ellesmere so large");
    expect(ch.text).not.toMatch(/THE INLAND WATERWAYS|THE CANAL MANIA|Smiles|Hadfield|\b11[234]\b/);
  });

  it("gives each page its printed number", () => {
    expect(ch.pages.map((p) => p.page)).toEqual(["111", "112", "113", "114"]);
    expect(pageOf(ch, "At the meetings of the promoters")).toBe("112");
    expect(pageOf(ch, "The fall came")).toBe("113");
    expect(pageOf(ch, "The boatmen")).toBe("114");
  });
});

describe("notes after a running head without a number", () => {
  it("looks for their markers in the text above the head, the head not counting as a paragraph", () => {
    const raw = `CHAPTER 9

THE HARBOUR

The harbour was dredged in 1820 and the new quay was
opened two years later.1 Ships could now lie alongside.

The trade of the port doubled within the decade.

Warehouses were built along the waterfront.

The town spread up the hill behind them.

THE TOWN AND THE SEA

1 Harbour Board Minutes, 1822, p. 4.

The railway arrived in 1847.2

THE TOWN AND THE SEA

2 Railway Times, 1847.

The fishing fleet grew instead.

THE TOWN AND THE SEA

The fish market was rebuilt in 1870.
`;
    const ch = cleanDocument(raw).chapters[0];
    expect(ch.footnotes.map((f) => [f.number, f.text])).toEqual([["1", "Harbour Board Minutes, 1822, p. 4."], ["2", "Railway Times, 1847."]]);
    expect(ch.sentences.find((s) => s.text.startsWith("The harbour was dredged"))?.footnoteRefs).toEqual(["n1"]);
    expect(ch.text).not.toMatch(/THE TOWN AND THE SEA|later\.1|Harbour Board/);
  });
});

describe("a page number printed against its running head, with no blank line between", () => {
  const raw = `CHAPTER 3

THE WOOL TRADE

The wool of the northern abbeys was sold to the merchants
of Flanders many years in advance.1 The contracts named
the price and the number of sacks to be delivered, and
the buyers came every summer to the

41
THE WOOL TRADE

1 Pegolotti, Pratica della Mercatura, p. 258.

abbey gates to see the fleeces weighed and packed.

When the murrain came the monks could not deliver the
wool that they had promised.2 Their debts grew.

42
THE WOOL TRADE

2 Close Rolls, 1291, p. 14.

The king took several houses into his custody.

43
THE WOOL TRADE

The Scots came in 1314.
`;

  it("drops both as page furniture, in either order, and reads them as the top of a page", () => {
    for (const text of [raw, raw.replace(/^(\d+)\n(THE WOOL TRADE)$/gm, "$2\n$1")]) {
      const ch = cleanDocument(text).chapters[0];
      expect(ch.text).not.toMatch(/WOOL TRADE|\b4[123]\b/);
      expect(ch.pages.map((p) => p.page)).toEqual(["40", "41", "42", "43"]);
      expect(ch.footnotes.map((f) => [f.id, f.citedAt !== null])).toEqual([["p40-n1", true], ["p41-n2", true]]);
      expect(ch.text).toContain("the buyers came every summer to the abbey gates");
    }
  });
});

describe("two-line blocks of a number and a line", () => {
  const kinds = (text: string) => toBlocks(normalizeDocument(text)).map((b) => [b.kind, b.lines.length]);

  it("splits a page number from a running head in capitals", () => {
    expect(kinds("Text of the page.\n\n41\nTHE WOOL TRADE\n\nMore text.")).toEqual([["body", 1], ["pagenum", 1], ["body", 1], ["body", 1]]);
  });

  it("leaves a number beside an unrepeated line in lower case, or beside a section word, whole", () => {
    expect(kinds("Text.\n\n1914\nThe War Begins\n\nText.")).toEqual([["body", 1], ["body", 2], ["body", 1]]);
    expect(kinds("Text.\n\n12\nPART\n\nText.")).toEqual([["body", 1], ["body", 2], ["body", 1]]);
  });
});
