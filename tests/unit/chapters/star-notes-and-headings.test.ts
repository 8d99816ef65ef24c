// An e-text's notes set as paragraphs opened by "*" right after the paragraph citing them with a
// lone "*" (lib/chapters/star-notes.ts), and a heading printed on two lines
// (lib/chapters/two-line-headings.ts). All on INVENTED texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { joinTwoLineHeadings } from "@/lib/chapters/two-line-headings";
import type { RawParagraph } from "@/lib/chapters/assemble";

const MILL = `The keepers of the old mill were a careful people, and they kept the wheel
turning in every season of the year. What we know of them comes from the
accounts of the town.`;
const TOLL = `The town took a toll * that every cart paid at the bridge, and the money
went to the upkeep of the road.`;
const NOTE = `* A toll is a charge for the use of a road or a bridge. The town farmed
it to a merchant for a fixed sum each year.`;
const END = `The merchants of the north sent salt along the road, and the road grew
busy in the summer months. *`;
const NOTE2 = `* The winter roads were closed by snow from the first month.`;

const sentencesOf = (doc: ReturnType<typeof cleanDocument>) => doc.chapters.flatMap((c) => c.sentences.map((s) => s.text));

describe("notes opened by '*' after the paragraph with the lone '*'", () => {
  const doc = cleanDocument(`THE BRIDGE\n\n\n${MILL}\n\n${TOLL}\n\n\n${NOTE}\n\n\n${END}\n\n\n${NOTE2}\n\n\n${MILL}\n`);
  const ch = doc.chapters[0];

  it("are filed as the chapter's footnotes, linked to the sentences citing them", () => {
    expect(ch.footnotes.map((f) => f.text)).toEqual([
      "A toll is a charge for the use of a road or a bridge. The town farmed it to a merchant for a fixed sum each year.",
      "The winter roads were closed by snow from the first month.",
    ]);
    const cites = ch.footnotes.map((f) => ch.sentences.find((s) => s.id === f.citedAt?.sentence)?.text);
    expect(cites).toEqual([
      "The town took a toll that every cart paid at the bridge, and the money went to the upkeep of the road.",
      "The merchants of the north sent salt along the road, and the road grew busy in the summer months.",
    ]);
  });

  it("leave no '*' and no note sentence in the text", () => {
    expect(sentencesOf(doc).some((s) => s.includes("*") || /^A toll is a charge|winter roads/.test(s))).toBe(false);
  });

  it("stay text when nothing just above cites them", () => {
    const uncited = cleanDocument(`THE BRIDGE\n\n${MILL}\n\n${NOTE}\n\n${MILL}\n`);
    expect(uncited.chapters[0].footnotes).toHaveLength(0);
    expect(sentencesOf(uncited)).toContain("* A toll is a charge for the use of a road or a bridge.");
    // The lone "*" three paragraphs up: a note follows the paragraph that cites it.
    const far = cleanDocument(`THE BRIDGE\n\n${TOLL}\n\n${MILL}\n\n${MILL}\n\n${NOTE}\n\n${MILL}\n`);
    expect(far.chapters[0].footnotes).toHaveLength(0);
  });
});

const heading = (text: string): RawParagraph => ({ kind: "heading", text, page: null, breaks: [] });
const body = (text: string): RawParagraph => ({ kind: "body", text, page: null, breaks: [] });

describe("a heading printed on two lines", () => {
  it("is one heading when the second line opens with a joining word, or the first ends on one", () => {
    const a = [heading("THE SALT ROADS OF THE NORTHERN HILLS"), heading("AND THE TOLLS OF THEIR BRIDGES"), body("The roads were old.")];
    expect(joinTwoLineHeadings(a)).toBe(1);
    expect(a.map((p) => p.text)).toEqual(["THE SALT ROADS OF THE NORTHERN HILLS AND THE TOLLS OF THEIR BRIDGES", "The roads were old."]);
    const b = [heading("A Short Account of the"), heading("Salt Trade"), body("The roads were old.")];
    expect(joinTwoLineHeadings(b)).toBe(1);
    expect(b[0].text).toBe("A Short Account of the Salt Trade");
  });

  it("stays two when the first is closed, a label, or the lines are set differently or join by no word", () => {
    const cases = [
      [heading("THE SALT ROADS."), heading("OF THE NORTH")],
      [heading("CHAPTER IV"), heading("OF THE SALT ROADS")],
      [heading("THE SALT ROADS"), heading("THE TOLLS OF THE BRIDGES")],
      [heading("THE SALT ROADS OF THE"), heading("Northern hills")],
      [heading("Roads"), heading("of the North")],
    ];
    for (const c of cases) expect(joinTwoLineHeadings(c)).toBe(0);
  });

  it("reaches the chapter as one heading, from an e-text's centred title block", () => {
    const doc = cleanDocument(`                 FIRST PART\n\n\n\n     THE SALT ROADS OF THE NORTHERN HILLS\n\n          AND THE TOLLS OF THEIR BRIDGES\n\n\n\n${MILL}\n\n${MILL}\n`);
    const ch = doc.chapters[0];
    expect(ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end))).toEqual(["THE SALT ROADS OF THE NORTHERN HILLS AND THE TOLLS OF THEIR BRIDGES"]);
  });
});
