// Session 23's clean-up of set 22's page designs, as general rules on INVENTED pages and text: a
// library export's machine page markers ("## p. 12 (#36) ####"), line-end hyphens an OCR lost,
// numbered note cues in parentheses (glued to their words, notes set in under the paragraph, or no
// notes in the file), "(*Footnote. …)" notes over two paragraphs, numbered section heads in capitals,
// a sentence set in capitals, italic words the OCR repair must leave alone, "Kings, xii. 14".
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";
import { readPageMarkers } from "@/lib/chapters/page-markers";
import { joinSplitWords } from "@/lib/chapters/split-words";
import { repairOcrWords } from "@/lib/chapters/ocr-words";
import { paragraphs, wrap } from "../../support/prose";

const sentencesOf = (text: string) => cleanDocument(text).chapters.flatMap((c) => c.sentences.map((s) => s.text));

describe("machine page markers of a library export", () => {
  const WIDTH = 60;
  const LINES = 18;
  const FIRST = 12;
  const paras = paragraphs(2323, 10, [3, 5]);
  const rule = (head: string) => `${head} ${"#".repeat(Math.max(3, 64 - head.length - 1))}`;
  const scan = (heads = true) => {
    const lines = paras.flatMap((p) => wrap(p.join(" "), WIDTH, "  "));
    const pages: string[] = [];
    for (let n = 0; n * LINES < lines.length; n++) {
      const folio = FIRST + n;
      const body = lines.slice(n * LINES, (n + 1) * LINES);
      const head = n === 0 ? ["", "", "                    CHAPTER VII", "", "                 THE HARBOUR DUES", ""] : [folio % 2 ? `VII             THE HARBOUR DUES              ${folio}` : `${folio}              A COASTAL HISTORY              CHAP.`, ""];
      pages.push([rule(`## p. ${folio} (#${folio + 20})`), "", ...(heads || n === 0 ? head : []), ...body, ""].join("\n"));
    }
    return pages.join("\n");
  };

  it("reads each marker as a page turn with its folio", () => {
    const r = readPageMarkers(`${rule("## p. 4 (#9)")}\n\nText.\n${rule("## p. (#10)")}\n\nPlate.\n${rule("## p. 5 (#11)")}\n\nMore.`);
    expect(r.count).toBe(3);
    expect(r.text).toBe("p. 4\n\n\nText.\n\f\n\nPlate.\n\fp. 5\n\n\nMore.");
  });

  it("takes the title from the chapter, not the first marker, and no marker becomes a heading", () => {
    const doc = cleanDocument(scan());
    expect(doc.title).toBe("The Harbour Dues");
    const ch = doc.chapters[0];
    expect(ch.paragraphs.filter((p) => p.kind === "heading")).toEqual([]);
    expect(ch.text).not.toMatch(/\(#\d+\)|##/);
  });

  it("joins the sentence running over each page turn and keeps the printed page numbers", () => {
    const ch = cleanDocument(scan()).chapters[0];
    const expected = paras.flat();
    expect(ch.sentences.map((s) => s.text)).toEqual(expected);
    expect(ch.paragraphs[0].page).toBe(String(FIRST));
    expect(ch.pages.map((p) => p.page)).toEqual(Array.from({ length: ch.pages.length }, (_, k) => String(FIRST + k)));
    expect(ch.pages.length).toBeGreaterThan(3);
  });

  it("dates every page from its marker where the pages carry no running head", () => {
    const ch = cleanDocument(scan(false)).chapters[0];
    expect(ch.sentences.map((s) => s.text)).toEqual(paras.flat());
    expect(ch.pages.map((p) => p.page)).toEqual(Array.from({ length: ch.pages.length }, (_, k) => String(FIRST + k)));
  });
});

describe("line-end hyphens the OCR lost", () => {
  // A scan whose printer cut words at line ends, the OCR keeping most of the hyphens.
  const cuts = "the obser-\nvation of the tides was impor-\ntant to the pilots long befo-\nre the charts";

  it("joins a piece ending a line and one opening the next when the join is a word and the pieces are not", () => {
    const r = joinSplitWords(`${cuts} and the old buil\nding on the quay stood open to every atten\ntion of the weather`);
    expect(r.text).toContain("\nbuilding on the quay");
    expect(r.text).toContain("\nattention of the weather");
    expect(r.lineEnds).toBe(2);
  });

  it("leaves two words apart, and a text that never cuts a word at a line end alone", () => {
    for (const text of [`${cuts} and the old\nbuilding on the quay`, "the merchant sold his cargo and the old buil\nding on the quay stood open"]) expect(joinSplitWords(text).text).toBe(text);
  });

  it("does not 'repair' the first half of such a word into another word", () => {
    const filler = "The quiet harbour lay under a grey sky and the boats rode at anchor while the men mended nets.\n";
    const r = repairOcrWords(`${filler.repeat(3)}and along the quay stood an old buil\nding with its door open.\n${filler}`);
    expect([...r.fixes.keys()]).not.toContain("buil");
  });
});

describe("words the transcriber set in italics", () => {
  const filler = "The quiet harbour lay under a grey sky and the boats rode at anchor while the men mended nets.\n";

  it("are never 'repaired' towards an English word", () => {
    const text = `${filler.repeat(3)}In the old tongue the ending _finc_ stands beside _rulc_ in every\nform of the word.\n${filler}`;
    expect(repairOcrWords(text).fixes.size).toBe(0);
    // The same misreadings set in roman are repaired as before.
    expect([...repairOcrWords(text.replace(/_/g, "")).fixes]).toEqual([["finc", "fine"], ["rulc", "rule"]]);
  });
});

describe("a reference by book, chapter and verse after a comma", () => {
  it("is no sentence end", () => {
    expect(splitSentences("In Kings, xii. 14, the steward keeps the keys. Then the gates open.").map((s) => s.text)).toEqual(["In Kings, xii. 14, the steward keeps the keys.", "Then the gates open."]);
  });
});

describe("numbered note cues in parentheses", () => {
  const text = [
    "CHAPTER 2.",
    "",
    'The first keeper of the light wrote in "The Lamp Book,"(4) that the oil',
    "came by boat. His successor kept a fuller record(4a)--a ledger of wicks",
    "and panes--and the tower stood for a century.",
    "",
    "     (4) London, the harbour board, 1840.",
    "",
    "     (4a) A second ledger is lost. It was kept in the",
    "     cellar of the board's office.",
    "",
    'The lamp burned whale oil until the price rose too high."(5) Then',
    "paraffin came, and the keepers learned its ways.(6)",
    "",
    "     (5) The board's minutes, vol. 2, p. 14.",
    "",
    "     (6) A keeper's diary, kept by the family.",
    "",
    "The light still stands.",
  ].join("\n");

  it("files the notes set in under their paragraph, lettered labels too, and cites them", () => {
    const ch = cleanDocument(text).chapters[0];
    expect(ch.footnotes.map((f) => f.number)).toEqual(["4", "4a", "5", "6"]);
    expect(ch.footnotes[1].text).toBe("A second ledger is lost. It was kept in the cellar of the board's office.");
    for (const f of ch.footnotes) expect(f.citedAt).not.toBeNull();
    const all = ch.sentences.map((s) => s.text).join(" ");
    expect(all).not.toMatch(/\(\d+a?\)/);
    expect(all).toContain('"The Lamp Book," that the oil');
    expect(all).toContain("fuller record—a ledger");
    expect(all).not.toContain("London, the harbour board");
  });

  it("lifts glued cues counting up without notes in the file out of the sentences", () => {
    const lecture = [
      "LECTURE 3.",
      "",
      "The root of the word is old:(41)--it means to bind. The same root(42) gives",
      "the word for a rope in three tongues, and the word for a knot.(43) In later",
      "speech it meant a promise,(44) a bond between two men.",
    ].join("\n");
    const sentences = sentencesOf(lecture);
    expect(sentences.join(" ")).not.toMatch(/\(\d+\)/);
    expect(sentences).toContain("In later speech it meant a promise, a bond between two men.");
    // Two glued numbers are no run: "(1)" and "(2)" may be a list's.
    expect(sentencesOf("CHAPTER 1.\n\nThe first rule,(1) and the second.(2) Both hold.").join(" ")).toContain("(1)");
  });
});

describe("notes opened '(*Footnote.' under their paragraph", () => {
  it("files a note of two paragraphs as one footnote cited at its sign", () => {
    const text = [
      "CHAPTER 3.",
      "",
      "The keeper's daughter learned to row before she could write, as her",
      "father tells it.*",
      "",
      "(*Footnote.  \"She took the oars at six,\" he wrote, \"and by ten she",
      "could cross the bay alone.",
      "",
      "\"Her brother never learned.\"--A Keeper's Diary, p. 40.)",
      "",
      "The bay is calm in summer.",
    ].join("\n");
    const ch = cleanDocument(text).chapters[0];
    expect(ch.footnotes).toHaveLength(1);
    expect(ch.footnotes[0].text).toBe("\"She took the oars at six,\" he wrote, \"and by ten she could cross the bay alone. \"Her brother never learned.\"—A Keeper's Diary, p. 40.");
    expect(ch.footnotes[0].citedAt).not.toBeNull();
    expect(ch.sentences.map((s) => s.text)).toEqual(["The keeper's daughter learned to row before she could write, as her father tells it.", "The bay is calm in summer."]);
  });
});

describe("numbered section heads in capitals", () => {
  const body = (k: number) => `The keepers met on the quay in the ${k}th week and spoke of the\nweather, the boats and the price of oil at length.`;
  const text = [
    "CHAPTER I. THE LIGHT.",
    "",
    "1. INTRODUCTION.",
    "",
    "WE shall first consider the tower, then the lamp, and last of all the keepers.",
    "",
    "2. DEFINITION.",
    "",
    body(2),
    "",
    "THE LIGHT THEREFORE IS A SIGNAL MEANT TO KEEP SHIPS OFF THE ROCKS.",
    "",
    body(3),
    "",
    "3. THE LAMP, THEREFORE, BURNS ALL NIGHT, AND THE KEEPER WATCHES IT UNTIL",
    "THE DAWN COMES OVER THE BAY.",
    "",
    body(4),
    "",
    "4 THE KEEPERS ARE NEVER IDLE IN THE WINTER MONTHS OF THE YEAR.",
    "",
    body(5),
    "",
    "5. THE TOWER IS A MERE CONTINUATION OF THE QUAY BY OTHER MEANS.",
    "",
    body(6),
  ].join("\n");

  it("sets every numbered paragraph in capitals of the series as a head, wrapped or long", () => {
    const ch = cleanDocument(text).chapters[0];
    expect(ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end))).toEqual([
      "1. INTRODUCTION", "2. DEFINITION", "3. THE LAMP, THEREFORE, BURNS ALL NIGHT, AND THE KEEPER WATCHES IT UNTIL THE DAWN COMES OVER THE BAY",
      "4 THE KEEPERS ARE NEVER IDLE IN THE WINTER MONTHS OF THE YEAR", "5. THE TOWER IS A MERE CONTINUATION OF THE QUAY BY OTHER MEANS",
    ]);
    expect(ch.sentences.some((s) => /^[^a-z]+$/.test(s.text))).toBe(false);
  });

  it("writes an unnumbered sentence set in capitals under them in sentence case", () => {
    const ch = cleanDocument(text).chapters[0];
    expect(ch.sentences.map((s) => s.text)).toContain("The light therefore is a signal meant to keep ships off the rocks.");
  });

  it("leaves a capitals paragraph alone in a chapter without numbered heads", () => {
    const plain = ["CHAPTER I.", "", body(2), "", "THE LIGHT THEREFORE IS A SIGNAL MEANT TO KEEP SHIPS OFF THE ROCKS.", "", body(3)].join("\n");
    expect(sentencesOf(plain)).toContain("THE LIGHT THEREFORE IS A SIGNAL MEANT TO KEEP SHIPS OFF THE ROCKS.");
  });
});

describe("a section's opening words in capitals under a heading", () => {
  it("are written in ordinary case where the chapter opens so, when the chapter writes them in small letters", () => {
    const text = [
      "THE LIGHTHOUSE",
      "",
      "WHEN the first keepers came they kept a log, and from their log we know the winters.",
      "",
      "",
      "",
      "THE LATER KEEPERS",
      "",
      "FROM the year of the great storm the log grew longer, and the keepers wrote of ships.",
      "",
      "NATO kept a station on the hill for a time, the keepers say.",
    ].join("\n");
    const ch = cleanDocument(text).chapters[0];
    const texts = ch.paragraphs.filter((p) => p.kind === "body").map((p) => ch.text.slice(p.start, p.end));
    expect(texts[0]).toMatch(/^When the first/);
    expect(texts[1]).toMatch(/^From the year/);
  });
});
