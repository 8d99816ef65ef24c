// Session 26 (clean26): set 25's clean-up defects as general rules, on INVENTED text: paragraph
// breaks at list marks and section signs in scans, side-notes as sub-heads, end-notes, titles.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

/** Invented prose wrapped to about 55 characters, its first line indented four spaces, as a scan sets a paragraph. */
function para(text: string, width = 55): string[] {
  const lines: string[] = [];
  let line = "";
  for (const w of text.split(/\s+/)) {
    if (line && line.length + 1 + w.length > width - (lines.length ? 0 : 4)) { lines.push(line); line = w; }
    else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i ? l : `    ${l}`));
}

const FILL = "The rivers of the plain carry the silt of the hills down to the sea, and the farmers who live along their banks have always known that a flood, for all the harm it does, leaves the fields richer than it found them.";
const SECOND = "Every village along the stream kept its own customs about the water, and the elders met each spring to settle how the channels should be shared among the fields.";

function scanChapter(body: string[][]): string {
  return ["", "", "                     CHAPTER IV.", "", "               THE WATERS OF THE PLAIN.", "", ...body.flat(), ""].join("\n");
}

const chapter = scanChapter([
  para(`§ 1. The lasting Supply of Silt.—${FILL} ${SECOND}`),
  para(`${SECOND} ${FILL}`),
  para(`$ 2. The Causes of the Floods.—${FILL}`),
  para(`a. The melting of the snow on the high ground swells every stream in the late spring. ${SECOND}`),
  para(`/3. The clearing of the forests lets the rain run off the slopes at once instead of slowly. ${FILL}`),
  para(`y. The silting of the channels raises the bed of the river above the fields around it. ${SECOND}`),
  para(`S. The building of dykes narrows the river, so that the same water must rise higher between them. ${FILL}`),
  para(`§ 3. The Advantages of "Low Fields."—${SECOND} ${FILL}`),
  para(`1. The soil of the low fields is renewed each year by the flood without any cost to the farmer. ${FILL}`),
  para(`2. The water left in the hollows serves the cattle through the dry months of the summer. ${SECOND}`),
  para(`3. The fish that come in with the flood are caught in the ditches when the water goes down. ${FILL}`),
]);

describe("paragraph breaks at list marks and section signs in a scan", () => {
  const doc = cleanDocument(chapter, { filename: "invented-scan.txt" });
  const ch = doc.chapters[0];
  const paras = ch.paragraphs.map((p) => ({ kind: p.kind, text: ch.text.slice(p.start, p.end) }));

  it("opens a paragraph at each indented item of a lettered or numbered list", () => {
    for (const opening of ["The melting of the snow", "The clearing of the forests", "The silting of the channels", "The building of dykes", "The soil of the low fields", "The water left in the hollows", "The fish that come"]) {
      expect(paras.some((p) => p.kind === "body" && new RegExp(`^(?:\\S{1,2}\\. )?${opening}`).test(p.text)), opening).toBe(true);
    }
  });

  it("reads a section sign OCR gave as a dollar sign as the sign, and opens its section there", () => {
    expect(paras.some((p) => p.kind === "heading" && p.text === "§ 2. The Causes of the Floods")).toBe(true);
    expect(ch.text).not.toContain("$ 2.");
  });

  it("sets a section's title run in behind its sign and a dash apart as a heading", () => {
    expect(paras.filter((p) => p.kind === "heading").map((p) => p.text)).toEqual(expect.arrayContaining(["§ 1. The lasting Supply of Silt", '§ 3. The Advantages of "Low Fields"']));
    expect(ch.sentences[0].text).toMatch(/^The rivers of the plain/);
    expect(ch.sentences.some((s) => s.text.includes(".—"))).toBe(false);
  });

  it("leaves no list mark at a sentence's end and no mark as a sentence of its own", () => {
    for (const s of ch.sentences) {
      expect(s.text, s.text).not.toMatch(/\s(?:\p{L}|\/\d|\d{1,2}|\$ ?\d)\.$/u);
      expect(s.text, s.text).not.toMatch(/^(?:\p{L}|\/\d|\d{1,2})\.(?:\s|$)/u);
    }
  });

  it("leaves the numbers of heads run in behind a dash with their heads", () => {
    const heads = scanChapter([para(`21. THE OPEN FIELDS.—${FILL}`), para(SECOND), para(`22. THE NEW DYKES.—${SECOND}`), para(FILL), para(`23. MILLS, WEIRS, AND SLUICES.—${FILL}`)]);
    const c = cleanDocument(heads, { filename: "invented-heads.txt" }).chapters[0];
    expect(c.paragraphs.filter((p) => p.kind === "heading").map((p) => c.text.slice(p.start, p.end))).toEqual(expect.arrayContaining([expect.stringMatching(/^21\. /), expect.stringMatching(/^23\. /)]));
  });

  it("keeps a speaker's initial over a speech where the chapter has no lettered list", () => {
    const play = scanChapter([para(FILL), ["    Q.", "What is it that you want of me now?"], para(SECOND), ["    Q.", "Why should the river rise so high this year?"], para(FILL)]);
    const c = cleanDocument(play, { filename: "invented-play.txt" }).chapters[0];
    expect(c.sentences.filter((s) => s.text === "Q.").length).toBe(2);
  });
});

describe("side-notes set between paragraphs", () => {
  const P1 = "The valley was settled late, for the river flooded every spring and the first farmers built their houses on the ridges above it.";
  const P2 = "The mills came with the second generation, and with them the quarrels over the water that filled the courts of the county for a century.";
  const P3 = "In the end the elders drew up a rule for the sluices, and the rule was kept, with small changes, until the railway made the mills idle.";
  const text = [
    "CHAPTER III", "", "THE MILLS OF THE VALLEY", "", "",
    "[Sidenote: The first farms.]", "", P1, "",
    "[Sidenote: The mills.]", "", P2.slice(0, 60), "[Sidenote: A.D. 1640.]", P2.slice(61), "",
    "[Sidenote: Why did they quarrel?]", "", "Every farmer wanted the water in the same week of the year.", "",
    "[Sidenote: The rule of the sluices.]", "", "[Sidenote: Its long life.]", "", P3, "",
  ].join("\n");
  const ch = cleanDocument(text, { filename: "invented-sidenotes.txt" }).chapters[0];
  const paras = ch.paragraphs.map((p) => ({ kind: p.kind, text: ch.text.slice(p.start, p.end) }));

  it("keeps each as a sub-heading of the paragraph after it", () => {
    const at = (t: string) => paras.findIndex((p) => p.text === t);
    for (const [head, para] of [["The first farms", P1], ["The mills", P2], ["Its long life", P3]]) {
      expect(paras[at(head)]?.kind, head).toBe("heading");
      expect(paras[at(head) + 1]?.text, head).toBe(para);
    }
    expect(paras.find((p) => p.text === "The rule of the sluices")?.kind).toBe("heading");
  });

  it("still lifts a side-note inside a paragraph, and one set as a question, out of the text", () => {
    expect(ch.text).not.toContain("1640");
    expect(ch.text).not.toContain("Why did they quarrel");
    expect(ch.sentences.map((s) => s.text)).toContain(P2);
  });
});

describe("end-notes under a notes heading", () => {
  const PARA = (n: number) => `The council of the town met in the hall on the first day of the month,\nand the clerk read the rules of the market aloud to the merchants.[${n}]\nThey listened to him and went home to their stalls in the square.`;
  const text = [
    "CHAPTER I", "", "THE MARKET", "",
    PARA(1), "", PARA(2), "", PARA(6), "",
    "The rule is set out in _The Charter of the Town_[3]:", "",
    "  No man shall sell his corn in the market before the bell has rung,", "  nor after the sun has set over the hill behind the church.", "",
    "The clerk sets out the other rules,—", "",
    "  The weights of the market are kept in the hall and tried each year", "  against the standard weights of the county, which the sheriff holds.[4]", "",
    PARA(5), "", PARA(7), "",
    "FOOTNOTES", "",
    "[1] The court so held in Hale _v._ Dunmore, 12 Reports,", "418 (1821), that the market was the town's own and none of the lord's.", "",
    "[2] See the rolls of the market, fol. 3.", "",
    "[3] The charter, fol. 9.", "",
    "[4] The rolls, fol. 12.", "",
    "[5] A long note on the rolls, which were kept in the vestry of the church.", "",
    "A second paragraph of the same note, which tells where the rolls went when the vestry burned.", "",
    "[6] The rolls, fol. 14.", "",
    "[7] The rolls, fol. 15.", "",

  ].join("\n");
  const ch = cleanDocument(text, { filename: "invented-notes.txt" }).chapters[0];
  const paras = ch.paragraphs.map((p) => ({ kind: p.kind, text: ch.text.slice(p.start, p.end) }));
  const note = (n: string) => ch.footnotes.find((f) => f.number === n);

  it("keeps a note whole when a wrapped line of it opens on a number (a law report's page)", () => {
    expect(ch.footnotes.map((f) => f.number)).toEqual(["1", "2", "6", "3", "4", "5", "7"].sort());
    expect(note("1")?.text).toMatch(/12 Reports, 418 \(1821\), that the market/);
  });

  it("files a note's second paragraph with the note, not in the chapter's text", () => {
    expect(note("5")?.text).toMatch(/vestry of the church\. A second paragraph/);
    expect(ch.text).not.toContain("A second paragraph");
  });

  it("reads a cue after an italic title's closing mark as the note's cue", () => {
    expect(paras.map((p) => p.text)).toContain("The rule is set out in The Charter of the Town:");
    expect(note("3")?.citedAt).not.toBeNull();
    expect(ch.sentences[note("3")!.citedAt!.sentence].text).toMatch(/^The rule is set out/);
  });

  it("keeps a quotation set in after a lead-in closed by a comma and a dash as a quotation", () => {
    expect(paras.find((p) => p.text.startsWith("The weights of the market"))?.kind).toBe("quote");
  });
});

describe("the document's title and the transcriber's credits", () => {
  const P = "The keepers of the lighthouse kept a log of every ship that passed the point, and the log was sent each year to the board in the city.";
  const Q = "In the winter the supply boat came only once a month, and the keepers lived on salted fish and the potatoes they grew behind the tower.";

  it("takes no title from a transcriber's bracketed banner, and drops the credit paragraph after the chapter", () => {
    const text = ["[An Archive of Letters]", "", "[Editor: A. N. Other]", "", "", "CHAPTER III", "", "LIFE AT THE POINT", "", P, "", Q, "", "[Editor: A. N. Other]", "",
      "This chapter has been put on-line as part of the archive. Initial text entry and proof-reading of this chapter were the work of volunteer A. Reader.", "", "[Editor: A. N. Other]", ""].join("\n");
    const doc = cleanDocument(text, { filename: "invented-letters.txt" });
    expect(doc.title).toBe("Life at the Point");
    const ch = doc.chapters[0];
    expect(ch.text).not.toContain("put on-line");
    expect(ch.sentences.at(-1)?.text).toBe(Q);
    expect(doc.layout.notes.some((n) => /credit paragraph/.test(n))).toBe(true);
  });

  it("keeps a last paragraph that uses one such word in the author's own sense", () => {
    const R = "Every summer a volunteer from the village rowed out to relieve the keepers for a week.";
    const doc = cleanDocument(["CHAPTER III", "", "LIFE AT THE POINT", "", P, "", Q, "", R, ""].join("\n"), { filename: "invented-point.txt" });
    expect(doc.chapters[0].sentences.at(-1)?.text).toBe(R);
  });

  it("names a document of several chapters by its first chapter's title, not by its file name", () => {
    const text = ["CHAPTER VIII", "", "THE TOWER", "", P, "", Q, "", "CHAPTER IX", "", "THE BOAT", "", Q, "", P, ""].join("\n");
    const doc = cleanDocument(text, { filename: "pd-keepers-book-ch8-9.txt" });
    expect(doc.chapters.map((c) => c.title)).toEqual(["The Tower", "The Boat"]);
    expect(doc.title).toBe("The Tower");
  });
});
