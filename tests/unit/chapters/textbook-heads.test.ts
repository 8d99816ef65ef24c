// Textbook heads and paragraph numbers (lib/chapters/textbook-heads.ts): the rules on INVENTED text,
// then a check that the three books rotated into training this session (a chemistry textbook, a
// law book, an essay) now clean right.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";

const chapter = (text: string) => cleanDocument(text).chapters[0];
const headings = (text: string) => { const ch = chapter(text); return ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end).replace(/\.$/, "")); };
const sentences = (text: string) => chapter(text).sentences.map((s) => s.text);

const TEXTBOOK = `CHAPTER IV

THE METALS

12. Properties of Copper.

Trial 7.—Heat a strip of copper in the flame of a lamp and note the black coating that forms on it. Scrape the coating off with a knife.

Copper is a red metal which conducts heat and electricity better than any other common metal. It is found native in many places.

Common Ores.—The ores of copper are mostly sulphides and oxides, and they are smelted in furnaces of brick.

13. Uses of Copper.—Copper is drawn into wire for carrying electric currents over long distances.

QUESTIONS.

Why is copper used for wire? What coating forms on heated copper?
`;

describe("textbook heads: what they must not take (review findings)", () => {
  it("leaves a lone unnumbered run-in 'Sir.—' or 'Yes.—' of a letter or a reply in its sentence", () => {
    const letter = "LETTER IV\n\nSir.—I have the honour to acknowledge your letter of the fifth, which reached me at the mill.\n\nThe weather has been fair since you left, and the barley is nearly in.";
    expect(headings(letter)).toEqual([]);
    expect(sentences(letter)[0]).toMatch(/^Sir\.—I have the honour/);
  });

  it("does not cut a decimal's number off at a run-in head after it", () => {
    const text = "CHAPTER II\n\nOIL OF VITRIOL\n\n70. Properties.—The acid is heavy and oily. Its specific gravity is 1.84. Uses.—It is used in making other acids and in refining oils.";
    expect(sentences(text).some((s) => s.includes("1.84"))).toBe(true);
    expect(headings(text)).not.toContain("84. Uses");
  });
});

describe("run-in heads and head lines of a textbook (invented text)", () => {
  it("sets a run-in head closed by a stop and a dash apart from its paragraph", () => {
    const hs = headings(TEXTBOOK);
    expect(hs).toEqual(expect.arrayContaining(["Trial 7", "Common Ores", "13. Uses of Copper"]));
    const ss = sentences(TEXTBOOK);
    expect(ss).toContain("The ores of copper are mostly sulphides and oxides, and they are smelted in furnaces of brick.");
    expect(ss).toContain("Copper is drawn into wire for carrying electric currents over long distances.");
    expect(ss.some((s) => /—/.test(s) && /Ores|Uses of|Trial/.test(s))).toBe(false);
  });

  it("splits a paragraph where a numbered run-in head opens a new section inside it", () => {
    const text = `CHAPTER VI

IRON

Iron rusts in moist air, and the rust is an oxide of the metal.14. Uses.--Iron is made into rails and
bridges. The test for it is shown by the following trial:-- Trial 9.--Drop a nail into blue vitriol and
watch the copper form on it.
`;
    const hs = headings(text);
    expect(hs).toEqual(expect.arrayContaining(["14. Uses", "Trial 9"]));
    const ss = sentences(text);
    expect(ss).toContain("Iron rusts in moist air, and the rust is an oxide of the metal.");
    expect(ss).toContain("Iron is made into rails and bridges.");
    expect(ss).toContain("Drop a nail into blue vitriol and watch the copper form on it.");
  });

  it("reads a numbered title on a line of its own, and a title line in capitals, as headings", () => {
    const hs = headings(TEXTBOOK);
    expect(hs).toEqual(expect.arrayContaining(["12. Properties of Copper", "QUESTIONS"]));
    expect(sentences(TEXTBOOK).some((s) => /Properties of Copper|QUESTIONS/.test(s))).toBe(false);
  });

  it("keeps the counted points of an argument (\"First.—\", \"Secondly.—\") in their sentences", () => {
    const text = `CHAPTER III

OF TAXES

The tax on land is defended on two grounds, which we shall take in turn.

First.—That land cannot be hidden from the collector, as goods and money can.

Secondly.—That the owner of land gains from every road and bridge the public builds.
`;
    expect(headings(text)).toEqual([]);
    expect(sentences(text).some((s) => s.startsWith("First.—That land cannot be hidden"))).toBe(true);
  });

  it("keeps a sentence with a dash, and a short sentence of prose, as text", () => {
    const prose = `CHAPTER II

THE VISIT

The old man sat by the door in the evening.—He had waited all day for the letter from his son.

He said nothing.

The letter came at last on the Friday, and he read it twice before he spoke to anyone about it.
`;
    expect(headings(prose)).toEqual([]);
    expect(sentences(prose)).toContain("He said nothing.");
    expect(sentences(prose).join(" ")).toContain("The old man sat by the door in the evening.");
  });
});

const LAW = `BOOK II.

     TITLES
     I. Of contracts
     II. Of contracts made by the delivery of a thing
     III. Of verbal contracts
     IV. Of contracts in writing
     V. Of sales and hire

TITLE I. OF CONTRACTS

A contract is an agreement which the law will enforce between the parties to it.

1 Contracts are made either by words, or by writing, or by the delivery of a thing, or by consent alone.

2 A contract made by words requires a question and an answer which agree with each other in every point.

3 Contracts by writing were of old entered in the household books of the creditor and his debtor.

TITLE II. OF CONTRACTS MADE BY THE DELIVERY OF A THING, AND OF LOANS FOR
CONSUMPTION

A loan for consumption is made by the delivery of things which are weighed, counted or measured.

1 The borrower becomes owner of the things lent to him, and he must return things of the same kind:

2 wine for wine, corn for corn, and money for money, in the same quantity and quality.
`;

describe("labelled heads and paragraph numbers of a law book (invented text)", () => {
  it("reads TITLE headings, one line or wrapped, as headings", () => {
    const hs = headings(LAW);
    expect(hs).toContain("TITLE I. OF CONTRACTS");
    expect(hs.some((h) => h.startsWith("TITLE II. OF CONTRACTS MADE BY THE DELIVERY"))).toBe(true);
  });

  it("keeps the list of the book's titles out of the text", () => {
    expect(chapter(LAW).text).not.toMatch(/Of verbal contracts|TITLES/);
    // A paragraph of prose with numbered points is no list of contents.
    const prose = "CHAPTER I\n\nTHE POINTS\n\nHe made five points. I. The land is poor. II. The roads are bad. III. The tax is high. IV. The people leave. V. The towns decay.\n";
    expect(chapter(prose).text).toContain("III. The tax is high.");
  });

  it("takes the paragraph numbers off and joins the sentence a number was set inside", () => {
    const ss = sentences(LAW);
    expect(ss).toContain("Contracts are made either by words, or by writing, or by the delivery of a thing, or by consent alone.");
    expect(ss.some((s) => /^\d+ /.test(s))).toBe(false);
    expect(ss).toContain("The borrower becomes owner of the things lent to him, and he must return things of the same kind: wine for wine, corn for corn, and money for money, in the same quantity and quality.");
  });

  it("keeps a figure that opens a paragraph when no numbers count up", () => {
    const text = `CHAPTER I

THE FARM

12 men worked on the farm through the whole of the harvest that year, and most of them came from the village.

The harvest was the largest the farm had known, and the barns could not hold all of it.

40 carts were needed to take the grain to the mill, which stood three miles down the river.
`;
    const ss = sentences(text);
    expect(ss.some((s) => s.startsWith("12 men worked"))).toBe(true);
    expect(ss.some((s) => s.startsWith("40 carts"))).toBe(true);
  });
});

describe("the books rotated into training this session", () => {
  it("Justinian: every TITLE a heading, no paragraph number at a sentence start", () => {
    const name = "pd-justinian-institutes-book1-titles1-10.txt";
    const ch = cleanDocument(fixture(name), { filename: name }).chapters[0];
    const hs = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));
    expect(hs.filter((h) => /^TITLE [IVX]+\./.test(h))).toHaveLength(10);
    expect(ch.sentences.filter((s) => /^\d{1,2} \p{L}/u.test(s.text)).map((s) => s.text)).toEqual([]);
    expect(ch.sentences.some((s) => /^slavery is/.test(s.text))).toBe(false);
  });

  it("Williams: run-in heads and head lines are headings, not sentence text", () => {
    const name = "pd-williams-chemical-science-ch13-17.txt";
    const doc = cleanDocument(fixture(name), { filename: name });
    const sentences = doc.chapters.flatMap((c) => c.sentences.map((s) => s.text));
    expect(sentences.filter((s) => /(?:Naming Salts|Naming Acids|Experiment \d+|\d+\. [A-Z][\w' ]+)\.\s?—/.test(s))).toEqual([]);
    expect(sentences.filter((s) => /constituents\.\s*81/.test(s))).toEqual([]);
    expect(sentences.filter((s) => /^(?:Neutralization|PROBLEMS|FLUORHYDRIC ACID|63\. Decomposition of Water)\.?$/.test(s))).toEqual([]);
  });
});
