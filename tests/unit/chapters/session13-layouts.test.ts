// Session 13: layouts of the books rotated into training this session, as general rules tested on
// INVENTED text (the real books are checked in session13-books.test.ts):
// - a running headline with its page number in brackets at the outer corner of every page;
// - a lecture's title over the date it was given, in one block;
// - paragraphs marked by indents only, a page or column break falling at a sentence's end;
// - verse quoted in prose; a brace table gathering words; a chapter's lone "[1]";
// - an exclamation in straight single quotes on a line of its own.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const clean = (text: string) => cleanDocument(text, { filename: "invented-book.txt" });
const sentences = (doc: ReturnType<typeof clean>) => doc.chapters.flatMap((c) => c.sentences.map((s) => s.text));

// A column of 30-odd characters of invented prose, wrapped as a narrow column is.
function column(text: string, width = 34): string[] {
  const out: string[] = [];
  let line = "";
  for (const w of text.split(" ")) {
    if (line && line.length + 1 + w.length > width) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

const PROSE = "The shepherds of the upland valleys kept their flocks on the high pastures through the summer months, and brought them down to the folds when the first snow fell on the passes. Each village chose a keeper of the common grazing, who settled the quarrels between neighbours and counted the sheep at every gate.";

describe("a running headline with a bracketed page number on every page", () => {
  const head = "LECTURE II.—THE SHEPHERD AS KING.";
  const page = (n: number, body: string[]) => [n % 2 ? `\f${head}                                  [${n}]` : `\f[${n}]                                  ${head}`, "", ...body, ""];
  // Pages 23 to 28: the sentence on each page runs on over the headline of the next.
  const text = [
    "                      LECTURE II.",
    "          THE SHEPHERD AS KING. THE PASTORAL AGE.",
    "                    [March 3, 1851.]",
    "",
    ...column(`   ${PROSE} The keeper was paid in`),
    "",
    "                  [22]",
    ...[23, 24, 25, 26, 27, 28].flatMap((n) => page(n, column(`wool and cheese from every house of the village. ${PROSE} The keeper was paid in`))),
  ].join("\n");
  const doc = clean(text);

  it("reads the headline as a running head giving the page number, never as a chapter heading", () => {
    expect(doc.chapters).toHaveLength(1);
    expect(doc.chapters[0].number).toBe("2");
    expect(doc.chapters[0].pages.map((p) => p.page)).toEqual(["22", "23", "24", "25", "26", "27", "28"]);
    expect(sentences(doc).some((s) => /LECTURE|\[2\d\]|Shepherd as King/i.test(s))).toBe(false);
  });

  it("rejoins the sentence the headline broke", () => {
    expect(sentences(doc)).toContain("The keeper was paid in wool and cheese from every house of the village.");
  });

  it("takes the lecture's title from the lines over its date, the date out of the text", () => {
    expect(doc.chapters[0].title).toBe("The Shepherd as King. The Pastoral Age");
    expect(doc.title).toBe("The Shepherd as King. The Pastoral Age");
    expect(sentences(doc).some((s) => /1851/.test(s))).toBe(false);
  });
});

describe("paragraphs marked by indents only", () => {
  const para = (first: string, rest: string) => [`   ${first}`, ...column(rest, 60)];
  const text = [
    ...para("The first of the upland villages", "stood where the river left the hills, and its people were the first to trade with the plain below."),
    "",
    ...para("The second village was older.", "Its church was built of the same grey stone as the walls of the folds, and its bell was heard in the next valley."),
    "",
    ...para("The third village lay higher.", "Its people kept goats rather than sheep, because the grass was thin on the slopes above the tree line."),
    "",
    // A column break after a full stop: the paragraph goes on flush left.
    "Nevertheless the goats of the third village gave the",
    "best cheese of the whole valley, and the traders came for it.",
    "",
    ...para("The fourth village was the last.", "Nobody lived there in the winter, when the snow closed the road for four months together."),
    "",
    ...para("The fifth village was a ruin.", "Its walls had fallen in a great storm, and its people had gone down to the plain for good."),
  ].join("\n");
  const doc = clean(text);
  const paragraphs = doc.chapters[0].paragraphs.map((p) => doc.chapters[0].text.slice(p.start, p.end));

  it("keeps a flush-left block after a break in the paragraph before it", () => {
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[2]).toMatch(/tree line\. Nevertheless the goats/);
  });

  it("changes nothing where blocks are not indented (an e-text's blank-line paragraphs)", () => {
    const flat = clean(text.replace(/^ {3}/gm, ""));
    expect(flat.chapters[0].paragraphs).toHaveLength(6);
  });
});

describe("verse quoted in prose", () => {
  const lead = "The old song of the valley, which the shepherds still sing at the shearing, praises the keeper\nof the common grazing in words like these,--";
  const verse = ['    "He counts the flock at every gate,', "     He knows the lambs by name;", "     He keeps the peace of field and fold,", '     And all the hills his fame."'].join("\n");
  const after = "The song is old, but the office it praises is older still, and it was\nheld by the same families for many generations.";

  it("is kept out of the sentences, the paragraphs around it kept", () => {
    const doc = clean([lead, "", verse, "", after].join("\n"));
    const all = sentences(doc);
    expect(all.some((s) => /counts the flock|hills his fame/.test(s))).toBe(false);
    expect(all.some((s) => /^The song is old/.test(s))).toBe(true);
    expect(doc.layout.notes.some((n) => /verse/.test(n))).toBe(true);
  });

  it("stays where the sentence goes on after it in lower case", () => {
    const doc = clean([lead, "", verse, "", "and the keepers were proud of it."].join("\n"));
    expect(sentences(doc).some((s) => /counts the flock/.test(s))).toBe(true);
  });

  it("stays in a text that is mostly verse (a poem)", () => {
    const poem = [verse, "", "A short line between the stanzas runs on", "", verse.replace(/He/g, "She")].join("\n");
    expect(sentences(clean(poem)).some((s) => /counts the flock/.test(s))).toBe(true);
  });
});

describe("a brace table gathering the kinds of a class", () => {
  it("is a table, kept out of the sentences, with its title in capitals", () => {
    const text = [
      "The keepers sorted the animals of the valley into a few kinds, and a",
      "small table shows them at once:--",
      "",
      "    LIVESTOCK.",
      "",
      "    _The Class_        _Beasts_",
      "",
      "                       { _Sheep_",
      "    _The Kinds_        { _Goats_",
      "                       { _Cattle_",
      "",
      "Every kind was counted at its own gate, and the counts were cut on a",
      "stick kept in the church.",
    ].join("\n");
    const all = sentences(clean(text));
    expect(all.some((s) => /[{}]|LIVESTOCK|The Kinds/.test(s))).toBe(false);
    expect(all).toContain("Every kind was counted at its own gate, and the counts were cut on a stick kept in the church.");
  });
});

describe("a chapter's only bracketed number", () => {
  it("is the mark of a note the file does not hold: lifted out when glued to a sentence's end", () => {
    const text = "The keepers were chosen by lot until a time within the memory of the oldest men.[1] Yet the office\nwas never sold, and no family held it by right.";
    expect(clean(text).chapters[0].text).not.toContain("[1]");
  });

  it("stays inside a sentence (a reference, not a note mark)", () => {
    const text = "The keepers were chosen as described in [1] of the village rules, and the office was never sold.";
    expect(clean(text).chapters[0].text).toContain("[1]");
  });
});

describe("an exclamation in straight single quotes on a line of its own", () => {
  it("is a sentence, not a heading", () => {
    const text = ["The keeper waits at the gate. Suddenly the dogs give their warning:", "", "'Wolf! Wolf!'", "", "There is something moving on the ridge, and the shepherds run to the folds."].join("\n");
    const doc = clean(text);
    expect(doc.chapters[0].paragraphs.some((p) => p.kind === "heading")).toBe(false);
  });
});

describe("OCR word repairs only in text that looks scanned", () => {
  const prose = `${PROSE} The keeper of the grazing was nally chosen by lot, and an old and inrm keeper gave way to a younger.`;
  it("repairs a dropped ligature in a narrow hard-wrapped column (a two-column page read column by column)", () => {
    const text = [...Array.from({ length: 3 }, () => column(PROSE).join("\n")), column(prose).join("\n")].join("\n\n");
    const all = sentences(clean(text)).join(" ");
    expect(all).toContain("finally chosen");
    expect(all).toContain("infirm keeper");
  });

  it("changes nothing in an e-text's unwrapped paragraphs", () => {
    const text = [PROSE, PROSE, PROSE, prose].join("\n\n");
    expect(sentences(clean(text)).join(" ")).toContain("nally chosen");
  });
});

describe("verse that ends the sentence leading into it", () => {
  it("stays, so that the sentence is not left unfinished", () => {
    const lead = "The keepers, as the song has it, were men who stood on the hill at dusk\nand who were in all weathers, though it may be,";
    const verse = ['    "Men of the fold and the field,', "     Men of the gate and the hill,", "     Men who would never yield,", '     And who are standing still."'].join("\n");
    const doc = clean([lead, "", verse, "", "The song is old, but the office it praises is older still."].join("\n"));
    expect(sentences(doc).some((s) => /Men who would never yield/.test(s))).toBe(true);
  });
});
