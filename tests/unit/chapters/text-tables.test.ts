// Tables drawn in plain text are no prose: no sentence is made of their cells and no number in them
// is taken for a printed page. Invented text throughout.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { toBlocks } from "@/lib/chapters/blocks";
import { markTextTables } from "@/lib/chapters/text-tables";

const chapter = (text: string) => cleanDocument(text).chapters[0];
const kinds = (text: string) => markTextTables(toBlocks(text)).blocks.map((b) => b.kind);

describe("text tables", () => {
  it("keeps a ruled table out of the sentences, rows separated by blank lines or not", () => {
    const text = [
      "The keeper ruled a page for each month of the year.",
      "",
      "      +------+-----+-----+",
      "",
      "      | Day  | Oil | Wick|",
      "",
      "      +------+-----+-----+",
      "      | Mon. |  3  |  1  |",
      "      | Tue. |  2  |  1  |",
      "      +------+-----+-----+",
      "",
      "He filled it in every night before he slept.",
    ].join("\n");
    const c = chapter(text);
    expect(c.sentences.map((s) => s.text)).toEqual(["The keeper ruled a page for each month of the year.", "He filled it in every night before he slept."]);
  });

  it("keeps dotted-leader rows and the head over them out of the sentences", () => {
    const text = [
      "The surveyors walked the county twice. The distances measured that summer were these--",
      "",
      "                        Miles",
      "",
      "  Northgate . . . . . . . . 14",
      "  Eastmoor  . . . . . . . .  9",
      "  Southby. .. .. .. .. ..  22",
      "",
      "The survey was printed the next year.",
    ].join("\n");
    const c = chapter(text);
    expect(c.text).not.toMatch(/Northgate|Miles|\. \. \./);
    expect(c.sentences.map((s) => s.text)).toEqual(["The surveyors walked the county twice.", "The distances measured that summer were these—", "The survey was printed the next year."]);
  });

  it("keeps columns of figures aligned with spaces out of the sentences", () => {
    const text = [
      "The readings were as follows:",
      "",
      "    Depth.      First reading.      Second reading.",
      "",
      "      10             4.2                  4.0",
      "      20             7.9                  8.1",
      "      40            15.5                 15.0",
      "",
      "Both readings rise with the depth.",
    ].join("\n");
    expect(chapter(text).sentences.map((s) => s.text)).toEqual(["The readings were as follows:", "Both readings rise with the depth."]);
  });

  it("never reads the hours of a schedule as printed page numbers", () => {
    const text = [
      "I rose early in those years. My day was divided thus:",
      "",
      "      DAWN.          {  5 } Rise and walk",
      "                     {    } to the well.",
      "                        6 }",
      "                        7 } Lessons.",
      "                        8 }",
      "",
      "      DUSK.          {  9 } Supper.",
      "                     { 10 }",
      "                     { 11 }",
      "",
      "I kept to it for a year, and then let it go.",
      "",
      "The next winter was hard, and the well froze over.",
    ].join("\n");
    const c = chapter(text);
    expect(c.sentences.map((s) => s.page)).toEqual([null, null, null, null]);
    expect(c.pages).toEqual([]);
    expect(c.text).not.toMatch(/\{|\}|Lessons|DAWN/);
  });

  it("still reads a printed page number beside a table, and prose with wide spaces stays prose", () => {
    const page = (table: string) => `The first page ends here with its sentence.\n\n${table}{12}\n\nThe second page begins with a long sentence.  Then another one follows it.`;
    const pages = (text: string) => chapter(text).sentences.map((s) => s.page);
    expect(pages(page("     Year      Tons\n     1801        40\n     1802        55\n\n"))).toEqual(pages(page("")));
    expect(pages(page(""))).not.toEqual([null, null, null]);
    expect(kinds("A line of prose.   With three spaces.\nAnd a second line of prose that runs on.")).toEqual(["body"]);
    expect(kinds("    Indented verse, line one,\n    and line two of the verse.")).toEqual(["body"]);
  });
});

describe("text tables: what is not one", () => {
  it("leaves lines of text with a side-note set beside them in a wide gap", () => {
    const text = [
      "  The abbey owned the mill and the fishponds below it,      Mills.",
      "  and took a toll of every sack of corn ground there by      ",
      "  the tenants of the manor, who resented it for a century.   Tolls.",
    ].join("\n");
    expect(kinds(text)).toEqual(["body"]);
  });
});
