// An illustrated textbook's scan (INVENTED text): centred figure captions between the lines of a
// paragraph, numbered run-in heads in small capitals whose large initial the OCR read small, and an
// excerpt starting mid-chapter whose first page too carries a running head.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { restoreSmallCapitalInitials } from "@/lib/chapters/small-capitals-case";

const head = (n: number) => (n % 2 ? `IV.]            THE AGE OF CANALS                 ${n}` : `${n}        A HISTORY OF INLAND TRADE          [CHAP.`);

const SCAN = [
  head(41),
  "   12. tHE FIRST LOCKS.—Before the locks were built every boat",
  "had to be dragged over the falls by teams of oxen, and a cargo",
  "of grain took a week to pass the river. The merchants of the",
  "towns paid for the first lock in the year of the great flood.",
  "   The lock raised a boat by letting water into a closed chamber",
  "of stone, and a single keeper could work the gates by hand for a",
  "",
  "                      A LOCK ON THE UPPER RIVER.",
  "              (Brown, The Waterways of the North.)",
  "",
  "whole day without help from the boatmen.",
  "   The keepers were paid by the number of boats that passed, so",
  "that a busy lock made its keeper a man of some means in the",
  "village. " + "The toll was fixed by the company each spring.",
  "\f" + head(42),
  "   13. dECAY OF THE TOWPATHS.—When the railways came the traffic",
  "on the canals fell away, and the towpaths were left to the",
  "",
  "                     BARGES AT THE WHARF IN 1840.",
  "",
  "weeds within a generation of their building.",
  "",
  "                        THE CANAL KEEPER.",
  "                      (Portrait by Green.)",
  "",
  "   The companies sold their canals to the railways, which let",
  "them silt up so that no boat could compete with the trains.",
  "\f" + head(43),
  "   The last barge passed the upper lock in the spring of the",
  "year when the company closed its office in the town, and the",
  "\f" + head(44),
  "lock keepers went to work on the railways or on the farms of",
  "the valley, where their skill with water was of use again.",
  "\f" + head(45),
  "   A few of the old canals were opened again for pleasure boats",
  "in the years after the war, and some of them carry boats today.",
  "",
].join("\n");

describe("an illustrated textbook's scan", () => {
  const doc = cleanDocument(SCAN);
  const ch = doc.chapters[0];
  const paragraphs = ch.paragraphs.map((p) => `${p.kind}: ${ch.text.slice(p.start, p.end)}`);

  it("keeps the captions out of the paragraph they cut, which reads on across them", () => {
    expect(ch.text).not.toMatch(/LOCK ON THE UPPER|Waterways|BARGES|KEEPER|Portrait/);
    expect(paragraphs).toContain("body: The lock raised a boat by letting water into a closed chamber of stone, and a single keeper could work the gates by hand for a whole day without help from the boatmen.");
    expect(paragraphs.some((p) => p.includes("left to the weeds within a generation of their building."))).toBe(true);
  });

  it("reads a caption's year as no page number", () => {
    expect(ch.pages.map((p) => p.page)).not.toContain("1840");
  });

  it("sets the numbered heads apart, their misread initials in capitals, and splits the paragraphs at them", () => {
    expect(paragraphs).toContain("heading: 12. THE FIRST LOCKS");
    expect(paragraphs).toContain("heading: 13. DECAY OF THE TOWPATHS");
    expect(ch.text).not.toMatch(/tHE|dECAY/);
  });

  it("takes the running head over the first page for no title", () => {
    expect(doc.title ?? "").not.toMatch(/CANALS|Canals/);
    expect(ch.title).not.toMatch(/Canals|41/);
    expect(ch.pages[0]?.page).toBe("41");
  });
});

describe("the large initial of a small-capitals word read small", () => {
  it("is put back next to another word in capitals, and left alone elsewhere", () => {
    expect(restoreSmallCapitalInitials("7. tHE NEW MILLS.—So").text).toBe("7. THE NEW MILLS.—So");
    expect(restoreSmallCapitalInitials("THE oLD MILLS").text).toBe("THE OLD MILLS");
    expect(restoreSmallCapitalInitials("the mRNA strand and an iPHONE case").count).toBe(0);
  });
});

describe("a centred line in capitals that is no caption", () => {
  it("stays a heading when the book sets no captions with a source line", () => {
    const text = "CHAPTER I. THE RIVERS\n\nThe rivers of the plain are slow and wide.\n\n                    THE UPPER VALLEYS.\n\nIn the hills the rivers run fast over stones.\n";
    const ch = cleanDocument(text).chapters[0];
    expect(ch.paragraphs.map((p) => ch.text.slice(p.start, p.end)).join(" | ")).toMatch(/UPPER VALLEYS/);
  });
});
