// Note markers that e-texts leave in the body: bracket labels with their note further on ("[B]" /
// "[B] See..."), and note numbers glued to punctuation whose notes are not in the file.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const chapter = (text: string) => cleanDocument(text).chapters[0];

describe("bracket-labelled notes", () => {
  const text = [
    "The ferry ran twice a day in summer and once in winter.[A] Its master kept a ledger of every crossing.",
    "",
    "The harbour silted up within a generation.[12] Nobody dredged it again.",
    "",
    "     [A] The ledger survives in the town archive,",
    "     bound in two volumes.",
    "",
    "     [12] See the survey of the northern coast.",
    "",
    "The town then turned to the salt trade, which lasted a century.",
  ].join("\n");

  it("lifts a lettered or numbered marker out of the sentence and files its note", () => {
    const c = chapter(text);
    expect(c.text).not.toMatch(/\[A\]|\[12\]|survives in the town archive|survey of the northern/);
    expect(c.footnotes.map((f) => [f.number, f.text])).toEqual([
      ["A", "The ledger survives in the town archive, bound in two volumes."],
      ["12", "See the survey of the northern coast."],
    ]);
    const cited = c.sentences.filter((s) => s.footnoteRefs.length).map((s) => s.text);
    expect(cited).toEqual(["The ferry ran twice a day in summer and once in winter.", "The harbour silted up within a generation."]);
  });

  it("leaves a bracketed label alone when no note carries it", () => {
    const c = chapter("The clerk wrote the entry as [B] in the margin of the ledger.\n\nThe town grew.");
    expect(c.text).toContain("as [B] in the margin");
    expect(c.footnotes).toEqual([]);
  });
});

describe("note numbers without their notes", () => {
  const paragraph = (i: number) => `The ${["river", "ferry", "market", "harbour", "abbey"][i % 5]} was rebuilt in the year of the great flood.`;
  const text = [
    `It was Saturday, the tenth of March, 1642. ${paragraph(0)} The council met at dawn, acting with speed.1`,
    "",
    `${paragraph(1)} They walked to the quay, "singing as they went."2 ${paragraph(2)}`,
    "",
    `Boats were hired at Kessel,3 and the grain was loaded in a day. The master said, "it will hold." 4 ${paragraph(3)}`,
    "",
    `${paragraph(4)} The mayor answered, "We shall pay."`,
    "5",
    "",
    `The tolls were cut to 12 pence; 6 the carters came back.7 In 1650 the bridge stood again.`,
  ].join("\n");

  it("lifts glued, spaced and stranded note numbers that count up from 1, and nothing else", () => {
    const c = chapter(text);
    expect(c.text).toContain("acting with speed.\n\n");
    expect(c.text).toContain('"singing as they went." The');
    expect(c.text).toContain("Kessel, and the grain");
    expect(c.text).toContain('"it will hold." The');
    expect(c.text).toContain('"We shall pay."\n\n');
    expect(c.text).toContain("cut to 12 pence; the carters came back. In 1650 the bridge");
    expect(c.text).toContain("tenth of March, 1642.");
    expect(c.pages).toEqual([]);
  });

  it("leaves numbers after punctuation alone when they do not count up as markers", () => {
    const plain = `Prices rose in 1642, 1650 and 1661. ${paragraph(0)}\n\nThe lists gave 12, 40 and 7 barrels.\n\nHe said: 3 boats, no more.`;
    expect(chapter(plain).text).toContain("The lists gave 12, 40 and 7 barrels.");
    expect(chapter(plain).text).toContain("He said: 3 boats");
  });

  it("leaves references written without their space alone (No.1, vol.2, p.3)", () => {
    const refs = `The charter is printed as No.1 in the first volume. ${paragraph(0)}\n\nIts seal is drawn in vol.2 of the survey.\n\nThe toll list is on p.3 of the ledger.`;
    const c = chapter(refs);
    expect(c.text).toContain("as No.1 in the first");
    expect(c.text).toContain("in vol.2 of the survey");
    expect(c.text).toContain("on p.3 of the ledger");
  });
});
