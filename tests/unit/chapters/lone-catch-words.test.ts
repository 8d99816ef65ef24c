// A book of about 1900 as OCR reads it: the catch-word (the next page's first word) alone at the
// right of the page foot under a blank line, the binder's signature letter on its line at the left
// of one page, the page number in the running head of the next page (folio outside: left on even
// pages, right on odd), and a chapter heading letter-spaced with its second line in parentheses.
// Invented text.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { convertCatchWordFeet } from "@/lib/chapters/catch-words";
import { closeUpLetterSpacing } from "@/lib/chapters/letter-spacing";
import type { Block } from "@/lib/chapters/blocks";

const WIDTH = 58;
const right = (s: string) => " ".repeat(WIDTH - s.length) + s;
const head = (n: number) => (n % 2 === 0 ? `${n}${" ".repeat(26)}A SHORT HISTORY OF CANALS` : `LOCKS AND WEIRS${" ".repeat(WIDTH - 17)}${n}`);

// Each page's lines; a page's first word is its catch-word on the page before.
const PAGES = [
  ["  THE first canals were dug to water the fields, and", "not to carry boats. A farmer who had a stream above", "his land would lead a part of it along the slope of"],
  ["the hill in a ditch, and let it out upon his crops", "when the summer was dry. Such ditches are older than", "any written record, and the men who dug them knew", "nothing of the lock. Their water ran down the slope", "and did not need to be raised, for it was meant"],
  ["only to fall upon the fields. The boatman needed", "still water, and that is why the lock was invented.", "It is a chamber with a gate at each end, in which a", "boat is raised or lowered from one level to the next.", "The keepers of the early locks were paid by the"],
  ["boat. A keeper who let a boat through at night was", "paid twice, for he had to rise from his bed to work", "the gates, and the law allowed it. Every keeper kept", "a book of the boats he passed, and the owners of the", "canal read these books at the end of each quarter."],
  ["  The weir is older than the lock. It is a low wall", "across a river that holds the water back and makes", "a pool above it, deep enough for a boat to float."],
];

/**
 * Pages joined by form feeds: the heading on page 31, which prints no folio (its number is inferred
 * from the next page's head, 32); catch-words at the feet of pages 31-34, "F" beside page 33's; only
 * the last page, 35, has its folio "[35]" centred at its foot.
 */
function scan(): string {
  return PAGES.map((lines, i) => {
    const n = 31 + i;
    const next = PAGES[i + 1]?.[0].trim().split(/\s+/)[0];
    const top = n === 31 ? ["", "               C H A P T E R   V I I", "", "            L O C K S   A N D   W E I R S", "", "          ( T H E   E A R L Y   W O R K S )", ""] : [head(n), ""];
    const signature = n === 33 ? "F" : "";
    const foot = next ? ["", signature + right(next).slice(signature.length)] : ["", " ".repeat(26) + `[${n}]`];
    return [...top, ...lines, ...foot].join("\n");
  }).join("\n\f") + "\n";
}

describe("a catch-word alone at the right of the page foot", () => {
  const doc = cleanDocument(scan(), { filename: "canals.txt" });
  const ch = doc.chapters[0];
  const sentences = ch.sentences.map((s) => s.text);

  it("is dropped: no word is read twice, and the sentence runs on over the page", () => {
    expect(ch.text).not.toMatch(/\b(\w+) \1\b/);
    expect(sentences).toContain("Such ditches are older than any written record, and the men who dug them knew nothing of the lock.");
    expect(sentences).toContain("Their water ran down the slope and did not need to be raised, for it was meant only to fall upon the fields.");
    expect(doc.layout.notes.join("\n")).toMatch(/4 catch-word\(s\) set alone/);
  });

  it("a catch-word with the full stop of its sentence closes no sentence and opens no paragraph", () => {
    expect(sentences).toContain("The keepers of the early locks were paid by the boat.");
    expect(sentences).not.toContain("boat.");
    const para = ch.paragraphs.find((p) => ch.text.slice(p.start, p.end).includes("The keepers of the early locks"))!;
    expect(ch.text.slice(para.start, para.end)).toContain("A keeper who let a boat through at night was paid twice");
  });

  it("with the signature letter on its line, is dropped with it (no side-note, no stray letter)", () => {
    expect(ch.text).not.toMatch(/\bF\b/);
    expect(doc.layout.notes.join("\n")).not.toMatch(/marginal note/);
    expect(sentences).toContain("Every keeper kept a book of the boats he passed, and the owners of the canal read these books at the end of each quarter.");
  });

  it("keeps every sentence on the page where it begins", () => {
    const page = (start: string) => ch.sentences.find((s) => s.text.startsWith(start))?.page;
    expect(page("The first canals")).toBe("31");
    expect(page("Such ditches")).toBe("32");
    expect(page("The boatman needed")).toBe("33");
    expect(page("The keepers of the early locks")).toBe("33");
    expect(page("A keeper who let")).toBe("34");
    expect(page("The weir is older")).toBe("35");
  });

  it("but a word set far in that the next page does not open with stays (a signed name, a closing word)", () => {
    const block = (text: string): Block => ({ kind: "body", lines: text.split("\n"), text });
    const blocks = [block("and so we parted, as friends."), block(" ".repeat(40) + "Yours,"), block(`LOCKS AND WEIRS${" ".repeat(30)}37`), block("The letter ended there.")];
    expect(convertCatchWordFeet(blocks).blocks).toHaveLength(4);
    // Nor without a page top between: the same word as the next paragraph's first, set far in, is the text's.
    const noTop = [block("and the bells rang"), block(" ".repeat(40) + "Again"), block("Again and again they rang.")];
    expect(convertCatchWordFeet(noTop).blocks).toHaveLength(3);
  });
});

describe("a catch-word over a running head printed against a long paragraph (review of cleanE, finding 8)", () => {
  it("is dropped however many lines the paragraph under the head has", () => {
    const block = (lines: string[]): Block => ({ kind: "body", lines, text: lines.join("\n") });
    const top = `LOCKS AND WEIRS${" ".repeat(30)}32`;
    const under = ["the hill in a ditch, and let it out upon his crops", "when the summer was dry. Such ditches are older than", "any written record."];
    const blocks = [block(["his land would lead a part of it along the slope of"]), block([right("the")]), block([top, ...under])];
    const out = convertCatchWordFeet(blocks);
    expect(out.lone).toBe(1);
    expect(out.blocks.map((b) => b.text)).not.toContain(right("the"));
    // (And with only one line of it, as before.)
    expect(convertCatchWordFeet([blocks[0], blocks[1], block([top, under[0]])]).lone).toBe(1);
  });
});

describe("a letter-spaced heading line in parentheses", () => {
  it("is closed up with its brackets", () => {
    expect(closeUpLetterSpacing("    ( T H E   E A R L Y   W O R K S )").text).toBe("    (THE EARLY WORKS)");
    expect(closeUpLetterSpacing("[ T H E   L A T E R   Y E A R S ]").text).toBe("[THE LATER YEARS]");
  });

  it("and, under the chapter's title, is the title's second line, not a heading in the text", () => {
    const ch = cleanDocument(scan(), { filename: "canals.txt" }).chapters[0];
    expect(ch.number).toBe("7");
    expect(ch.title).toBe("Locks and Weirs (The Early Works)");
    expect(ch.paragraphs.filter((p) => p.kind === "heading")).toEqual([]);
  });

  it("but not a bracketed row of letters", () => {
    expect(closeUpLetterSpacing("( A   B   C   D )").count).toBe(0);
  });

  // Review of cleanE, finding 9: brackets come in pairs.
  it("nor a line with one bracket, or two that do not pair", () => {
    expect(closeUpLetterSpacing("( T H E   E N D").count).toBe(0);
    expect(closeUpLetterSpacing("[ T H E   E N D )").count).toBe(0);
    expect(closeUpLetterSpacing("(T H E   E N D)").text).toBe("(THE END)");
  });
});

describe("a title's second line in brackets (review of cleanE, finding 3)", () => {
  const words = (n: number) => Array.from({ length: n }, (_, k) => (k % 10 === 9 ? "water." : k % 10 === 0 ? "The" : "water")).join(" ");
  const doc = (second: string) => cleanDocument(`CHAPTER VII\n\nLOCKS AND WEIRS\n\n${second}\n\n${words(100)}\n\nCHAPTER VIII\n\nTHE SEA\n\n${words(100)}\n`, { filename: "canals.txt" }).chapters[0];

  it("in square brackets is the title's too, as one in parentheses", () => {
    expect(doc("[THE EARLY WORKS]").title).toBe("Locks and Weirs [The Early Works]");
    expect(doc("    [ T H E   E A R L Y   W O R K S ]").title).toBe("Locks and Weirs [The Early Works]");
    expect(doc("(THE EARLY WORKS)").title).toBe("Locks and Weirs (The Early Works)");
  });

  it("but not a note to the reader with a stop or figures", () => {
    expect(doc("(SEE THE MAP FACING PAGE 12.)").title).toBe("Locks and Weirs");
    expect(doc("(SEE THE MAP OVERLEAF.)").title).toBe("Locks and Weirs");
    expect(doc("(PLATES 3 AND 4)").title).toBe("Locks and Weirs");
  });
});
