// Conventions of the printed page read on the raw text (lib/chapters/print-conventions.ts): soft
// hyphens at line ends, section marks in the left margin, a number wrapped after "No.", dashes typed
// as a hyphen and a space. All on INVENTED pages and e-texts.
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";
import { joinSoftHyphens } from "@/lib/chapters/soft-hyphens";
import { liftMarginMarks } from "@/lib/chapters/margin-marks";
import { rejoinWrappedNumbers } from "@/lib/chapters/wrapped-numbers";
import { readSpacedDashes, writesSpacedDashes } from "@/lib/chapters/spaced-dashes";
import { paragraphs, rng, wrap } from "../../support/prose";

const SOFT = "\u00AD";
const sentencesOf = (doc: ReturnType<typeof cleanDocument>) => doc.chapters.flatMap((c) => c.sentences.map((s) => s.text));

describe("soft hyphens at line ends", () => {
  it("take the next line's piece of word up, the next line keeping its indent", () => {
    const text = `    the keepers of the bridge were paid by the advan${SOFT}\n    ces of the town, and the tolls were farmed.\n`;
    expect(joinSoftHyphens(text)).toEqual({ text: "    the keepers of the bridge were paid by the advances\n    of the town, and the tolls were farmed.\n", count: 1 });
  });

  it("take a piece with its punctuation, and a line that held only that piece goes", () => {
    expect(joinSoftHyphens(`the wheel turned in every sea${SOFT}\nson.\n  The mill stood.`).text).toBe("the wheel turned in every season.\n  The mill stood.");
  });

  it("become a hyphen where the word goes on past a page break, for the page-break rules", () => {
    expect(joinSoftHyphens(`the tolls were paid in the mar${SOFT}\n\n         12\n\fket of the town`).text).toBe("the tolls were paid in the mar-\n\n         12\n\fket of the town");
  });

  it("leave a text without soft hyphens as it is, and one inside a line to normalizeDocument", () => {
    expect(joinSoftHyphens("the mar-\nket of the town")).toEqual({ text: "the mar-\nket of the town", count: 0 });
    expect(joinSoftHyphens(`the mar${SOFT}ket of the town`).count).toBe(0);
  });

  it("give back whole words on a page of invented prose split at random points", () => {
    const r = rng(5);
    const prose = paragraphs(21, 6, [4, 6]).map((p) => p.join(" "));
    const lines = prose.flatMap((p) => [...wrap(p, 58, "   "), ""]);
    // Split the next line's first word at a random point, the first half ending this line with a soft hyphen.
    let splits = 0;
    for (let i = 0; i < lines.length - 1; i++) {
      const next = lines[i + 1].match(/^(\p{Ll}{5,})(\S*)(.*)$/u);
      if (!lines[i] || !next || r() < 0.5) continue;
      const cut = 2 + Math.floor(r() * (next[1].length - 3));
      lines[i] += ` ${next[1].slice(0, cut)}${SOFT}`;
      lines[i + 1] = next[1].slice(cut) + next[2] + next[3];
      splits++;
    }
    expect(splits).toBeGreaterThan(3);
    const doc = cleanDocument(`THE SALT ROAD\n\n${lines.join("\n")}\n`);
    expect(sentencesOf(doc)).toEqual(prose.flatMap((p) => splitSentences(p, 0).map((s) => s.text)));
  });
});

// Pages of invented prose, each paragraph numbered "§ n." in a left-margin column of MARK spaces;
// the text column stands right of it, a paragraph's first line indented two more.
const MARK = 6;
function markedPages(seed: number, perPage: number): { text: string; prose: string[] } {
  const prose = paragraphs(seed, 9, [3, 5]).map((p) => p.join(" "));
  const lines = prose.flatMap((p, n) => wrap(p, 54, "  ").map((l, k) => (k === 0 ? `§ ${n + 1}.`.padEnd(MARK) + l : " ".repeat(MARK) + l)));
  const pages: string[] = [];
  for (let i = 0; i * perPage < lines.length; i++) {
    const page = lines.slice(i * perPage, (i + 1) * perPage);
    const head = i === 0 ? ["                    THE SALT ROAD", ""] : [`${" ".repeat(MARK)}${i % 2 ? "THE SALT ROAD" : "A HISTORY OF TRADE"}${" ".repeat(30)}${i + 1}`, ""];
    pages.push([...head, ...page, "", `${" ".repeat(30)}${i === 0 ? "1" : ""}`].join("\n"));
  }
  return { text: pages.join("\n\f"), prose };
}

describe("section marks in the left margin", () => {
  it("are lifted and the page moved back to the margin, a marked line indented", () => {
    const page = ["§ 1.    The keepers of the old mill were a careful people.", "      They kept the wheel turning in every season.", "§ 2.    The town grew rich on the trade.", "      Its merchants sent salt to the north.", "      The roads were good in summer.", "§ 3.  The tolls were farmed."].join("\n");
    const lifted = liftMarginMarks(page);
    expect(lifted.count).toBe(3);
    expect(lifted.text.split("\n")).toEqual(["  The keepers of the old mill were a careful people.", "They kept the wheel turning in every season.", "  The town grew rich on the trade.", "Its merchants sent salt to the north.", "The roads were good in summer.", "  The tolls were farmed."]);
  });

  it("make each marked paragraph a paragraph of its own, on every page, with no mark in a sentence", () => {
    const { text, prose } = markedPages(8, 16);
    const doc = cleanDocument(text);
    const ch = doc.chapters[0];
    expect(ch.paragraphs.filter((p) => p.kind === "body")).toHaveLength(prose.length);
    expect(sentencesOf(doc)).toEqual(prose.flatMap((p) => splitSentences(p, 0).map((s) => s.text)));
    expect(ch.text).not.toContain("§");
    expect(doc.layout.notes.some((n) => /9 section mark\(s\) in the left margin/.test(n))).toBe(true);
  });

  it("leave a page alone whose marks are not in a margin column (a mark inside the text, a list)", () => {
    const inText = "The keepers of the mill, as § 4. says, were careful.\nThey kept the wheel turning.\n§ 5. The town grew rich.\n§ 6. Its merchants sent salt.\n§ 7. The roads were good.";
    expect(liftMarginMarks(inText).count).toBe(0); // one space after the mark: no margin gap; no text column
    const flush = ["§ 1.  The keepers of the old mill.", "The wheel turned.", "§ 2.  The town grew rich.", "Its merchants sent salt.", "§ 3.  The roads were good."].join("\n");
    expect(liftMarginMarks(flush).count).toBe(0); // the text at the margin: no column for the marks to stand in
    expect(liftMarginMarks("      § 1.   A rule.\n      § 2.   A rule.").count).toBe(0); // fewer than three marks
  });
});

describe("a number wrapped onto a line of its own", () => {
  it("after 'No.' goes back to its line, and is no heading", () => {
    const text = "The same capital employed on the land known as No.\n3.\n   In such case the capital is employed on the old land.";
    expect(rejoinWrappedNumbers(text)).toEqual({ text: "The same capital employed on the land known as No. 3.\n   In such case the capital is employed on the old land.", count: 1 });
    const doc = cleanDocument(`THE LAND\n\nThe farmers of the valley were careful, and the same capital was\nemployed on the land known to the farmers as No.\n3.\nIn such case the capital is employed on the old land, and the rent rises.\n`);
    expect(doc.chapters[0].paragraphs.filter((p) => p.kind === "heading")).toHaveLength(0);
    expect(sentencesOf(doc)[0]).toBe("The farmers of the valley were careful, and the same capital was employed on the land known to the farmers as No. 3.");
  });

  it("stays where the line above takes no number, or the number stands where a folio does", () => {
    expect(rejoinWrappedNumbers("The farmers of the valley were careful and prudent.\n3.\nIn such case").count).toBe(0);
    expect(rejoinWrappedNumbers("The farmers of the valley were careful, as on land No.\n                              3\nIn such case").count).toBe(0);
    expect(rejoinWrappedNumbers("No.\n3.").count).toBe(0); // a label over its number, no line of prose
  });
});

describe("dashes typed as a hyphen and a space", () => {
  const dashed = [
    "The keepers loved the mill- not from habit, but from duty- and the wheel turned.",
    "They knew the trade- what the merchants sold and where- but never the price.",
    "The salt came from the north, and the tolls were farmed by the town- which grew rich.",
    "For all these effects-",
    "agreeableness of the trade and the wealth of the town- were the fruit of the road.",
    "The self- love of the merchants was well known, and their non- payment of tolls.",
  ].join("\n");

  it("are the document's convention when a function word follows 'word- ' three times", () => {
    expect(writesSpacedDashes(dashed)).toBe(true);
    expect(writesSpacedDashes("on observa- tions of double stars, the oxide of a non- metallic element, two- thirds water")).toBe(false);
  });

  it("become dashes inside lines and across a line end, but a word's halves and a compound's do not", () => {
    const out = readSpacedDashes(dashed).text;
    expect(out).toContain("the mill—not from habit, but from duty—and the wheel");
    expect(out).toContain("the trade—what the merchants sold and where—but never");
    expect(out).toContain("For all these effects—agreeableness\nof the trade");
    expect(out).toContain("The self- love"); // "self-": a compound's first part, left to the hyphen rules
    expect(out).toContain("their non- payment");
  });

  it("leave a document without the convention alone, and the held-over hyphen of 'pre- and post-war'", () => {
    const plain = "The oxide of a non- metallic element, about two- thirds water.\nFor all these effects-\nagreeableness came.";
    expect(readSpacedDashes(plain)).toEqual({ text: plain, count: 0 });
    expect(readSpacedDashes(`${dashed}\nThe pre- and post-war tolls.`).text).toContain("The pre- and post-war tolls.");
  });

  it("reach the sentences as dashes, with no words glued", () => {
    const doc = cleanDocument(`THE MILL\n\n${dashed}\n`);
    const text = sentencesOf(doc).join(" ");
    expect(text).toContain("effects—agreeableness of the trade");
    expect(text).toContain("the town—which grew rich");
    expect(text).not.toMatch(/effectsagreeableness|mill-not/);
  });
});
