// Plain e-text conventions: a chapter line "IV -- THE TITLE", the book's sections numbered through the
// volume in braces on lines of their own ("{52}"), saints' titles abbreviated "Sta."/"Ste."/"Sto.",
// and note cues "[1]" whose notes are not in the file, the first after a comma. Invented text.
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";

const words = (n: number, seed: string) => Array.from({ length: n }, (_, k) => (k % 12 === 11 ? `${seed}.` : k % 12 === 0 ? "The" : "water")).join(" ") + ".";
// A paragraph of about n words, wrapped at 66 characters, closing with a full stop.
const para = (n: number, seed: string) => words(n, seed).replace(/(.{1,66})(?: |$)/g, "$1\n").trim();

describe("a chapter line of a numeral, a dash and a title in capitals", () => {
  it.each([["IV -- THE MILL AND THE RIVER"], ["IV—THE MILL AND THE RIVER"], ["IV THE MILL AND THE RIVER"]])("%s numbers the chapter and titles it", (line) => {
    const doc = cleanDocument(`${line}\n\n${para(120, "wheel")}\n\n${para(120, "stone")}\n`, { filename: "mill.txt" });
    expect(doc.chapters[0].number).toBe("4");
    expect(doc.chapters[0].title).toBe("The Mill and the River");
  });
});

describe("a capitals line opening with the pronoun I and a dash (review of cleanE, finding 12)", () => {
  it("is no chapter line when a second dash closes an aside", () => {
    const doc = cleanDocument(`I—THE UNDERSIGNED—DECLARE\n\n${para(120, "wheel")}\n`, { filename: "mill.txt" });
    expect(doc.chapters[0].number).toBeNull();
  });

  it("but 'I -- THE MILL AND THE RIVER' is chapter 1", () => {
    const doc = cleanDocument(`I -- THE MILL AND THE RIVER\n\n${para(120, "wheel")}\n`, { filename: "mill.txt" });
    expect(doc.chapters[0].number).toBe("1");
    expect(doc.chapters[0].title).toBe("The Mill and the River");
  });
});

describe("section numbers in braces on lines of their own", () => {
  const text = (first: number, gap: number) =>
    [`VII -- THE MILL AND THE RIVER`, `{${first}}`, para(gap, "wheel"), para(gap, "race"), `{${first + 1}}`, para(gap, "stone"), para(gap, "sluice"), `{${first + 3}}`, para(gap, "grain")].join("\n\n") + "\n";

  it("are sections, not pages, when each stands between paragraphs and they stand far apart", () => {
    const doc = cleanDocument(text(52, 500), { filename: "mill.txt" });
    const ch = doc.chapters[0];
    expect(ch.pages).toEqual([]);
    expect(ch.sentences.every((s) => s.page === null)).toBe(true);
    expect(ch.text).not.toMatch(/\{|\b5[2-5]\b/);
    expect(doc.layout.notes.join("\n")).toMatch(/3 section number\(s\)/);
  });

  // Review of cleanE, finding 1: numbers through the volume may start a book's first chapter at 1 or 2.
  it.each([[1], [2]])("are sections when they count from %i too", (first) => {
    const ch = cleanDocument(text(first, 500).replace(`{${first + 3}}`, `{${first + 2}}`), { filename: "mill.txt" }).chapters[0];
    expect(ch.pages).toEqual([]);
  });

  it("but {1}, {2}, {3} a page apart are an e-text's first pages", () => {
    const ch = cleanDocument(text(1, 120).replace("{4}", "{3}"), { filename: "mill.txt" }).chapters[0];
    expect(ch.pages.map((p) => p.page)).toEqual(["1", "2", "3"]);
  });

  // Finding 2: the pass runs on the whole file, so any heading lines may stand above the first number.
  it.each([[["CHAPTER VII", "THE MILL AND THE RIVER"]], [["A BOOK OF MILLS", "VII -- THE MILL AND THE RIVER"]]])("are sections under several heading lines (%j)", (head) => {
    const doc = cleanDocument([...head, text(52, 500).split("\n\n").slice(1).join("\n\n")].join("\n\n"), { filename: "mill.txt" });
    expect(doc.chapters.flatMap((c) => c.pages)).toEqual([]);
    expect(doc.layout.notes.join("\n")).toMatch(/3 section number\(s\)/);
  });

  // Finding 4: page marks moved to paragraph breaks, long pages of 600 words: about one page between each.
  it("but stay page numbers when long pages lie between them (one page apart, not two)", () => {
    const ch = cleanDocument(text(52, 300), { filename: "mill.txt" }).chapters[0];
    expect(ch.pages.map((p) => p.page)).toEqual(["52", "53", "55"]);
  });

  it("but stay page numbers when a page's words lie between them", () => {
    const ch = cleanDocument(text(52, 120), { filename: "mill.txt" }).chapters[0];
    expect(ch.pages.map((p) => p.page)).toEqual(["52", "53", "55"]);
  });

  it("and when one falls inside a paragraph, as a page's end does", () => {
    const inside = [`VII -- THE MILL AND THE RIVER`, `{52}`, para(600, "wheel"), `{53}`, para(600, "stone").replace(/\.$/, ",") + "\nand so on", `{54}`, "into the race went the water. " + para(600, "grain")].join("\n\n") + "\n";
    const ch = cleanDocument(inside, { filename: "mill.txt" }).chapters[0];
    expect(ch.pages.map((p) => p.page)).toEqual(["52", "53", "54"]);
  });
});

describe("a saint's title abbreviated in Italian or French", () => {
  it.each([["Sta.", "What do Sta. Maria and the old mill have in common?"], ["Ste.", "The road to Ste. Croix was closed all winter."], ["Sto.", "The bell of Sto. Stefano rang at noon."]])("%s does not end the sentence", (_, s) => {
    expect(splitSentences(`${s} The next one follows.`).map((x) => x.text)).toEqual([s, "The next one follows."]);
  });
});

describe("note cues without their notes, counting up", () => {
  it("are all lifted out and counted, the first after a comma and before 'or' too", () => {
    const text = `THE MILL\n\n${para(80, "wheel")} The old mills of the north,[1] or those of the south, ground slowly.\n\n${para(80, "stone")} The miller kept his own account.[2]\n\n${para(80, "race")} The grain was sold at the fair.[3]\n`;
    const doc = cleanDocument(text, { filename: "mill.txt" });
    expect(doc.chapters[0].text).not.toMatch(/\[\d\]/);
    expect(doc.chapters[0].sentences.map((s) => s.text)).toContain("The old mills of the north, or those of the south, ground slowly.");
    expect(doc.layout.notes.join("\n")).toMatch(/\b3 bracketed note number\(s\) in sequence/);
  });
});

describe("a glued list counting up to a run of note cues (review of cleanE, finding 13)", () => {
  it("takes back only the run's first number before it, not the whole list", () => {
    const text = `THE MILL\n\n${para(80, "wheel")} The rules named the mill[1] and the race[2] and the wheel[3] and no more.\n\n${para(80, "stone")} The miller kept his own account.[4]\n\n${para(80, "race")} The grain was sold at the fair.[5]\n\n${para(80, "sluice")} The sluice was shut at night.[6]\n`;
    const doc = cleanDocument(text, { filename: "mill.txt" });
    // The run [4]-[6] and its head [3]; [1] and [2] are the list's (another pass drops such stray cues from the text).
    expect(doc.layout.notes.join("\n")).toMatch(/\b4 bracketed note number\(s\) in sequence/);
    expect(doc.chapters[0].text).not.toMatch(/\[\d\]/);
  });
});
