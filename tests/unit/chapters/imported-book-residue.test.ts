// Residue found on books imported in session 8, as their general classes: numbered editors' notes
// whose markers look like printed-edition page marks, the printer's signature on a book's last
// page, an essay's byline and bracketed dating line. Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { normalizeDocument, toBlocks } from "@/lib/chapters/blocks";
import { dropSignatures } from "@/lib/chapters/signatures";

describe("bracketed numbers whose [Footnote N: …] notes follow their paragraphs", () => {
  const paragraph = (n: number) => `The ferry at the ${["north", "south", "east", "west", "old", "new"][n - 1]} crossing paid a toll to the
abbey, [${n}] and the abbey kept the landing in repair for the carriers.
The carriers in turn kept the road to the market open all the year.`;
  const note = (n: number) => `[Footnote ${n}: The rolls of the manor record the toll in year ${n}.]`;
  const text = ["CHAPTER 1.", ...[1, 2, 3, 4, 5, 6].flatMap((n) => [paragraph(n), note(n)]), "The last carrier gave up the road in the end. [7]"].join("\n\n");
  const ch = cleanDocument(text).chapters[0];

  it("are the notes' markers, not page marks: every note is linked to the sentence citing it", () => {
    expect(ch.footnotes.map((f) => f.number)).toEqual(["1", "2", "3", "4", "5", "6"]);
    for (const f of ch.footnotes) {
      expect(f.citedAt).not.toBeNull();
      expect(ch.sentences[f.citedAt!.sentence].text).toMatch(/^The ferry at the .* toll to the abbey, and the abbey kept/);
    }
  });

  it("leave no number in the text, an orphan marker without its note included", () => {
    expect(ch.text).not.toMatch(/\[\d+\]/);
    expect(ch.sentences.at(-1)?.text).toBe("The last carrier gave up the road in the end.");
  });

  it("still count as page marks when no note of theirs is in the file", () => {
    const bare = cleanDocument(["CHAPTER 1.", ...[1, 2, 3, 4, 5, 6].map(paragraph)].join("\n\n"));
    expect(bare.chapters[0].footnotes).toEqual([]);
    expect(bare.layout.notes).toContain("6 printed-edition page mark(s) (\"[12]\" between words) removed from the text");
  });
});

describe("a printer's signature at the foot of the last page", () => {
  const page = `It rained for nine days and the river rose over the meadows below
the mill, so that the carts could not reach the bridge before June.`;

  it("is dropped although no page follows it", () => {
    const blocks = toBlocks(normalizeDocument(`${page}\n\n                              F\n`));
    expect(dropSignatures(blocks).count).toBe(1);
    const ch = cleanDocument(`${page}\n\n                              F\n`).chapters[0];
    expect(ch.paragraphs.map((p) => ch.text.slice(p.start, p.end))).toEqual([page.replace(/\n/g, " ")]);
  });

  it("is kept when it stands at the margin, as text does", () => {
    expect(dropSignatures(toBlocks(normalizeDocument(`${page}\n\nF\n`))).count).toBe(0);
  });
});

describe("an essay's byline and bracketed dating line under its title", () => {
  const essay = (head: string) => `\nOn the Keeping of Bees\n\n\n${head}\n\n\nA hive is a small state, and like a state it prospers when its
members know their work. The keeper who understands this will not
disturb the comb in the cold months, nor take more honey than the
colony can spare before the spring flowers open.\n`;

  it("are kept out of the text: neither is a sentence or a paragraph", () => {
    const ch = cleanDocument(essay("by Margaret Ellen Harwood\n\n\n[1872, first printed as:  Notes on the Apiary]")).chapters[0];
    expect(ch.title).toBe("On the Keeping of Bees");
    expect(ch.text).toMatch(/^A hive is a small state/);
    expect(ch.text).not.toMatch(/Harwood|1872|Apiary/);
  });

  it("drop a byline standing alone too", () => {
    const ch = cleanDocument(essay("By M. E. Harwood")).chapters[0];
    expect(ch.text).toMatch(/^A hive is a small state/);
  });

  it("keep a short opening line that only starts with 'By'", () => {
    const ch = cleanDocument(essay("By the river stood a mill.")).chapters[0];
    expect(ch.sentences[0].text).toBe("By the river stood a mill.");
  });
});

describe("the title of a document without a book title", () => {
  const body = "The canal was cut in four years. It carried coal to the town until the railway came.\n";

  it("is its only chapter's title rather than the file name", () => {
    const doc = cleanDocument(`CHAPTER 4\n\nTHE CANAL YEARS\n\n${body}`, { filename: "notes/scan-canal_ch4.txt" });
    expect(doc.title).toBe("The Canal Years");
  });

  // (Session 26, clean26: was the file name, "scan canal ch4"; a file name is a machine's slug.)
  it("is the first chapter's title when the document has several chapters and no title of its own", () => {
    const doc = cleanDocument(`CHAPTER 4\n\nTHE CANAL YEARS\n\n${body}\nCHAPTER 5\n\nTHE RAILWAY\n\n${body}`, { filename: "notes/scan-canal_ch4.txt" });
    expect(doc.title).toBe("The Canal Years");
  });

  it("is a heading in capitals wrapped over three lines, which does not become a sentence", () => {
    const doc = cleanDocument(`THE SLOW DECLINE OF THE\nCANAL TRADE AFTER THE COMING\nOF THE RAILWAYS\n\n\n${body}`, { filename: "canal.txt" });
    expect(doc.title).toBe("The Slow Decline of the Canal Trade After the Coming of the Railways");
    expect(doc.chapters[0].sentences[0].text).toBe("The canal was cut in four years.");
  });
});
