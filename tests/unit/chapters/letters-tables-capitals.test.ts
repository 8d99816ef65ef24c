// Session 19 (clean19a): on INVENTED text, a table of many narrow figure columns with its caption and
// starred note (text-tables.ts), a quoted letter's dateline, address and subscription
// (letter-furniture.ts) and capitals standing for italics (capitals-emphasis.ts).
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { toBlocks } from "@/lib/chapters/blocks";
import { markTextTables } from "@/lib/chapters/text-tables";
import { markLetterFurniture } from "@/lib/chapters/letter-furniture";
import { lowerCapitalsPhrases } from "@/lib/chapters/capitals-emphasis";
import type { RawParagraph } from "@/lib/chapters/assemble";

const kinds = (text: string) => markTextTables(toBlocks(text)).blocks.map((b) => b.kind);
const ON = { italics: true };
const para = (text: string): RawParagraph => ({ kind: "body", text, page: null, breaks: [] });

describe("a table of many narrow figure columns", () => {
  const table = [
    "The orchards of the valley gave these yields in the ten years.",
    "",
    "TABLE II.--Bushels of Apples Picked in Each Orchard.",
    "",
    "    ------------------------------------------------------------",
    "                 1901  1902  1903  1904  1905  1906  1907  Total",
    "",
    "    Hillside  (N)   12  40  7  118  33  21  19  250",
    "    Riverbank (S)   44  38 102 97  41  30  28  380",
    "    Millpond  (E)   10  12  14  16  18  20  22  112",
    "    ------------------------------------------------------------",
    "",
    "     *Note: A bushel here is the old measure.",
    "",
    "The riverbank orchard gave the most in every year but one.",
  ].join("\n");

  it("reads the rows, the caption and the starred note as the table's, the prose around it as text", () => {
    expect(kinds(table)).toEqual(["body", "table", "table", "table", "table", "body"]);
  });

  it("leaves a line of dashes alone between paragraphs, and prose with figures", () => {
    expect(kinds("The first part ends here.\n\n------------------\n\nThe second part opens in 1904, 1905 and 1906.")).not.toContain("table");
    expect(kinds("In 1901 there were 12 trees, in 1902 there were 40, in 1903 there were 7 and in 1904 118.")).toEqual(["body"]);
  });
});

// Session 19 (fixw2): the second-wave review's findings.
describe("fixw2: prose next to a table, and multi-line prose with figures", () => {
  it("keeps prose opening 'Table 2 shows that …' under a table as text", () => {
    const t = [
      "    Hillside  (N)   12  40  7  118  33  21  19  250",
      "    Riverbank (S)   44  38 102 97  41  30  28  380",
      "    Millpond  (E)   10  12  14  16  18  20  22  112",
      "",
      "Table 2 shows that the riverbank orchard gave the most in every year.",
    ].join("\n");
    expect(kinds(t)).toEqual(["table", "body"]);
  });
  it("leaves a multi-line prose paragraph with figures two spaces apart, and a dash line beside it, as text", () => {
    const t = [
      "In 1901 there were 12 trees on the hill.  In 1902 there were 40, and",
      "in 1903 there were 7.  The yield in 1904 was 118 bushels, and in",
      "1905 it was 33.  The orchard then stood at its height for a while.",
      "",
      "------------------",
      "",
      "The second part opens in 1904, 1905 and 1906, with the new trees.",
    ].join("\n");
    expect(kinds(t)).not.toContain("table");
  });
});

describe("fixw2: a story sentence or a speech is no letter furniture", () => {
  it("keeps a story sentence closed by a date above a salutation", () => {
    const ps = [para("The colonel's reply reached the camp on March 4, 1790."), para("SIR:—The bridge is down. Halt at the mill."), para("I am, sir, Your obedient servant, R. WHITE, Colonel.")];
    expect(markLetterFurniture(ps)).toBe(1);
    expect(ps.map((p) => p.kind)).toEqual(["body", "body", "apparatus"]);
  });
  it("keeps a speech's later paragraph that opens 'Yours is …'", () => {
    const ps = [para("Gentlemen, the bill before you is short, and I shall be brief."), para("It asks for a bridge at the mill."), para("Yours is the humble duty of every member here, faithfully to weigh it.")];
    expect(markLetterFurniture(ps)).toBe(0);
  });
});

describe("a quoted letter's furniture", () => {
  const paragraphs = () => [
    para("At noon the envoy brought me this letter from the colonel:"),
    para("CAMP AT THE MILL, March 4, 1790."),
    para("Major J. Brown, Commanding the Left Wing."),
    para("SIR:—The bridge is down and the river is rising. I ask you to halt at the mill until the water falls."),
    para("I am, sir, very respectfully, Your obedient servant, R. WHITE, Colonel."),
    para("To Major J. Brown, at the Ford."),
    para("I halted at once, and the water fell two days later."),
  ];

  it("marks the dateline, address, subscription and foot address, and keeps the letter's body and the story", () => {
    const ps = paragraphs();
    expect(markLetterFurniture(ps)).toBe(4);
    expect(ps.map((p) => p.kind)).toEqual(["body", "apparatus", "apparatus", "body", "apparatus", "apparatus", "body"]);
  });

  it("marks nothing without a salutation, or a closing paragraph of the story that is no subscription", () => {
    const ps = paragraphs().filter((_, i) => i !== 3);
    expect(markLetterFurniture(ps)).toBe(0);
    const story = [para("Dear friend, he said, the river is high."), para("I am sure the bridge will hold until the spring.")];
    expect(markLetterFurniture(story)).toBe(0);
  });

  it("makes no sentences of the furniture in a cleaned chapter", () => {
    const text = paragraphs().map((p) => p.text).join("\n\n");
    const ch = cleanDocument(text, { filename: "letters.txt" }).chapters[0];
    const sentences = ch.sentences.map((s) => s.text).join(" ");
    expect(sentences).toContain("The bridge is down");
    expect(sentences).not.toMatch(/March 4, 1790|obedient servant|Commanding the Left Wing/);
  });
});

describe("capitals standing for italics (LECTERN_ITALIC_CAPITALS=1)", () => {
  it("writes a lone dictionary word and a run parted by commas in ordinary case", () => {
    const ps = [para("The tale is wholly SOLEMN and has a RUSTIC meaning, and it comes, AS A RESULT, IN FACT, OF HASTE OR OF HABIT, from the road.")];
    expect(lowerCapitalsPhrases(ps, new Set(), ON)).toBe(3);
    expect(ps[0].text).toBe("The tale is wholly solemn and has a rustic meaning, and it comes, as a result, in fact, of haste or of habit, from the road.");
  });

  it("fixw2: keeps the pronoun I a capital inside a run", () => {
    const ps = [para("The road is long, and it ends, AS I SAID BEFORE, at the ford.")];
    lowerCapitalsPhrases(ps, new Set(), ON);
    expect(ps[0].text).toContain("as I said before");
  });

  it("keeps acronyms, short words, names, a sentence's opening and a term being named", () => {
    const ps = [para("The NATO treaty met the LOW over the sea. They live in Paris; they flew to PARIS. A back tooth is called a MOLAR here.")];
    expect(lowerCapitalsPhrases(ps, new Set(), ON)).toBe(0);
    const opening = [para("CAUTION is needed.")];
    expect(lowerCapitalsPhrases(opening, new Set(), ON)).toBe(0);
  });

  it("does not take a dictionary word of some length for an acronym", () => {
    const ps = [para("He spoke of the LOSS OF PATIENCE that goes with it.")];
    lowerCapitalsPhrases(ps, new Set(["LOSS", "PATIENCE"]), ON);
    expect(ps[0].text).not.toContain("PATIENCE");
  });

  it("is off by default: a lone word stays in capitals, and the switch is read from the environment", () => {
    const ps = [para("The tale is wholly SOLEMN and ends VERY QUIETLY there.")];
    expect(lowerCapitalsPhrases(ps)).toBe(1);
    expect(ps[0].text).toContain("wholly SOLEMN and ends very quietly");
    const text = "The tale is wholly SOLEMN in the telling of it.\n\nIt ends there, and nobody laughs at all.";
    const on = cleanDocument(text, { filename: "tale.txt", env: { LECTERN_ITALIC_CAPITALS: "1" } }).chapters[0];
    const off = cleanDocument(text, { filename: "tale.txt", env: {} }).chapters[0];
    expect(on.sentences[0].text).toContain("wholly solemn");
    expect(off.sentences[0].text).toContain("wholly SOLEMN");
  });
});
