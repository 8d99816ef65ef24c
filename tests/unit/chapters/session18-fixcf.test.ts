// The second-wave clean-up review mended (session 18, fixcf). All on INVENTED text.
import { describe, expect, it } from "vitest";
import { lowerOpeningCapitals } from "@/lib/chapters/opening";
import type { CleanChapter } from "@/lib/chapters/types";

// A chapter of n paragraphs, each one sentence, each opening in capitals; `text` counts its writes.
function chapterOf(paras: string[]) {
  let text = paras.join("\n\n");
  let writes = 0;
  let at = 0;
  const paragraphs: CleanChapter["paragraphs"] = [];
  const sentences: CleanChapter["sentences"] = [];
  paras.forEach((p, i) => {
    paragraphs.push({ id: i, start: at, end: at + p.length, page: null, kind: "body" });
    sentences.push({ id: i, text: p, start: at, end: at + p.length, paragraph: i, page: null, footnoteRefs: [] });
    at += p.length + 2;
  });
  const chapter = { index: 0, number: null, title: "T", paragraphs, sentences, footnotes: [], pages: [] } as unknown as CleanChapter;
  Object.defineProperty(chapter, "text", { get: () => text, set: (v: string) => { writes++; text = v; }, enumerable: true });
  return { chapter, writes: () => writes };
}

describe("clause openings in capitals on a long statute (review 3)", () => {
  it("are rewritten with the chapter's text built once, not once per clause", () => {
    const paras = Array.from({ length: 400 }, (_, i) => `NO PORTER shall open gate ${i} before the bell of the morning.`);
    const { chapter, writes } = chapterOf(paras);
    expect(lowerOpeningCapitals(chapter)).toBe(true);
    expect(writes()).toBe(1);
    expect(chapter.sentences[0].text).toBe("No porter shall open gate 0 before the bell of the morning.");
    expect(chapter.sentences[399].text).toBe(chapter.text.slice(chapter.sentences[399].start, chapter.sentences[399].end));
    expect(chapter.sentences[399].text.startsWith("No porter")).toBe(true);
  });
  it("leave a glossary's headwords (a capitals word then a comma) in capitals", () => {
    const words = ["GADGET", "WIDGET", "SPROCKET", "FLANGE", "GASKET", "RATCHET"];
    const paras = words.map((w) => `${w}, a small part of a machine that is fitted by hand.`);
    const { chapter } = chapterOf(paras);
    lowerOpeningCapitals(chapter);
    // (The chapter's first word is still written in ordinary case by the older rule, as any opening.)
    expect(chapter.sentences.slice(1).map((s) => s.text.split(",")[0])).toEqual(words.slice(1));
  });
});

import { liftHangingNumbers } from "@/lib/chapters/hanging-numbers";

const CLAUSES = [
  "I.      Every porter of the market shall sweep the stalls before",
  "        the first bell, and shall carry the sweepings away.",
  "II.     No stall shall be let twice on one day to two traders,",
  "        nor to a trader who owes the wardens a fine.",
  "III.    The porter shall ring the bell at each gate of the square",
];

describe("clause numbers hung in the margin, across a page break (review 1)", () => {
  it("keep the form feed, join a clause's line at a page's top, and lift a mark there", () => {
    const text = [...CLAUSES, "\f        at noon and again at dusk.", "\fIV.     A trader who breaks these rules shall pay", "        a fine to the wardens."].join("\n");
    const out = liftHangingNumbers(text);
    expect(out.count).toBe(4);
    expect(out.text.split("\f").length).toBe(3); // no page lost
    const lines = out.text.split("\n");
    expect(lines[5]).toBe("\fat noon and again at dusk.");
    expect(lines[6]).toBe("\f  A trader who breaks these rules shall pay");
  });
  it("do not delete a form feed on a line at the column", () => {
    const text = [...CLAUSES, "        at noon.", "", "\f       set by a form feed and seven spaces", "IV.     A trader shall pay", "        a fine."].join("\n");
    expect(liftHangingNumbers(text).text.split("\f").length).toBe(2);
  });
});

describe("clause numbers hung in the margin, then other text at the same column (review 2)", () => {
  it("leave a later verse and a later numbered item as they stand", () => {
    const text = [...CLAUSES, "        at noon.", "", "CHAPTER II", "", "        The bells ring out across the square,", "        The porters sweep, the traders call.", "", "1.      An item of a later list", "and its next line at the margin."].join("\n");
    const lines = liftHangingNumbers(text).text.split("\n");
    expect(lines[9]).toBe("        The bells ring out across the square,");
    expect(lines[12]).toBe("1.      An item of a later list");
  });
});

describe("wide clause numbers (review 4, 5)", () => {
  it("lift a wide number with a two-space gap", () => {
    const text = [...CLAUSES, "        at noon.", "XXXVIII.  A trader who breaks these rules shall pay", "        a fine to the wardens."].join("\n");
    const lines = liftHangingNumbers(text).text.split("\n");
    expect(lines[6]).toBe("  A trader who breaks these rules shall pay");
  });
  it("lift a number wider than seven letters", () => {
    const text = [...CLAUSES, "        at noon.", "LXXXVIII. A trader who breaks these rules shall pay", "        a fine to the wardens."].join("\n");
    const lines = liftHangingNumbers(text).text.split("\n");
    expect(lines[6]).toBe("  A trader who breaks these rules shall pay");
  });
});

import { joinDoubleHyphens } from "@/lib/chapters/double-hyphens";
import { cleanDocument } from "@/lib/chapters";

describe("the double hyphen of old type as a compound's hyphen (review 6)", () => {
  const page = [
    "The carts waited for the bridge=",
    "keeper to come, and the won=",
    "drous lamp of the bridge was lit by a bur=",
    "gess of the town.",
  ].join("\n");
  it("keeps a compound of two words hyphened, and joins a broken word", () => {
    const { text } = joinDoubleHyphens(page);
    expect(text).toContain("bridge-\nkeeper");
    expect(text).toContain("wondrous");
    expect(text).toContain("burgess");
  });
  it("reads a compound the line-end rules do not close up hyphened in the cleaned text", () => {
    const doc = cleanDocument(page, { filename: "invented-bridge-keeper.txt" });
    expect(doc.chapters.flatMap((c) => c.sentences.map((s) => s.text)).join(" ")).toContain("bridge-keeper");
  });
});

import { markPlaceholders } from "@/lib/chapters/markers";

describe("powers written with a caret (review 7)", () => {
  it("are kept after a number and a letter, two letters, and a bracketed sum; a word's cue goes", () => {
    const { text, count } = markPlaceholders("Here 2x^2 and xy^2 and (a+b)^2 stand, as the keeper wrote^4 in his ledger.", false);
    expect(text).toContain("2x^2 and xy^2 and (a+b)^2");
    expect(count).toBe(1);
  });
});

describe("a short quoted verse after the noun 'cries' (review 8)", () => {
  it("stays in the sentence: 'cries' there is no verb of saying", () => {
    const text = [
      "The keepers of the bridge remembered the song that rose",
      "above the cries of the gulls,",
      "",
      '          "A lantern on the water,',
      "          A rope upon the shore,",
      '          A boat that comes home."',
      "",
      "The boatmen sang it at every launching of a new boat, and the",
      "keepers joined them from the bridge.",
    ].join("\n");
    const doc = cleanDocument(text, { filename: "invented-gulls.txt" });
    expect(doc.chapters.flatMap((c) => c.sentences.map((s) => s.text)).join(" ")).toContain("A lantern on the water");
  });
});

describe("a list of four single letters at a paragraph's start (review 9)", () => {
  it("is not closed up into a word, while a letter-spaced word is", () => {
    const list = cleanDocument("The points are marked on the plan.\n\nA B C D are the corners, and the path runs between them.", { filename: "invented-plan4.txt" });
    expect(list.chapters.flatMap((c) => c.sentences.map((s) => s.text)).join(" ")).toContain("A B C D are the corners");
    const word = cleanDocument("The plan was drawn in spring.\n\nH E R E the path turns toward the river and the mill.", { filename: "invented-here.txt" });
    expect(word.chapters.flatMap((c) => c.sentences.map((s) => s.text)).join(" ")).toMatch(/Here the path turns|HERE the path turns/);
  });
});

import { setApartIllustrationLines } from "@/lib/chapters/illustration-lines";

describe("two illustration lines in a row under a paragraph (review 12)", () => {
  it("are set apart by one blank line between them, not two", () => {
    const text = "The mill stood by the river.\n[Illustration: The mill.]\n[Illustration: The wheel.]\nThe wheel turned all day.";
    expect(setApartIllustrationLines(text).text).toBe("The mill stood by the river.\n\n[Illustration: The mill.]\n\n[Illustration: The wheel.]\n\nThe wheel turned all day.");
  });
});
