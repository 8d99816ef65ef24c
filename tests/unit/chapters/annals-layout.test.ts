// Session 17 (cleanC): the layouts of a chronological history and of a textbook with capitals heads,
// on INVENTED pages. Years printed in the outer margin (margin-years.ts), a chapter's run of capitals
// heads closed by a stop (assemble.ts), a quoted poem's later stanzas (verse.ts) and "rn" read for
// "m" (ocr-words.ts).
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { liftMarginYears } from "@/lib/chapters/margin-years";
import { repairOcrWords } from "@/lib/chapters/ocr-words";
import { readNoteColumns } from "@/lib/chapters/note-columns";
import { paragraphs, wrap } from "../../support/prose";

const WIDTH = 56;
const MARGIN = 62; // the outer margin's column on an odd page
const SHIFT = 12; // the text column's start on an even page, right of the margin

/** An odd page: running head with its number at the outer corner, margin years at the lines' tails. */
function oddPage(num: number, lines: string[], years: Map<number, string>): string {
  const head = `A.D. 1400.]`.padEnd(20) + "THE SALT TOWNS.".padEnd(WIDTH - 20 - String(num).length) + num;
  return [head, "", ...lines.map((l, i) => (years.has(i) ? l.padEnd(MARGIN) + years.get(i) : l))].join("\n");
}

/** A chapter's first page: its number and title, no running head. */
function firstPage(lines: string[], years: Map<number, string>): string {
  return ["CHAPTER IV.".padStart(30), "THE SALT TOWNS.".padStart(32), "", ...lines.map((l, i) => (years.has(i) ? l.padEnd(MARGIN) + years.get(i) : l))].join("\n");
}

/** An even page: the margin at the left, the text column (and head) standing right of it. */
function evenPage(num: number, lines: string[], years: Map<number, string>): string {
  const head = " ".repeat(SHIFT) + `${num}`.padEnd(10) + "A HISTORY OF THE NORTH.".padEnd(WIDTH - 10 - 11) + "[A.D. 1400.";
  return [head, "", ...lines.map((l, i) => (years.has(i) ? years.get(i)!.padEnd(SHIFT) + l : " ".repeat(SHIFT) + l))].join("\n");
}

const body = paragraphs(17, 4, [4, 5]).map((p) => wrap(p.join(" "), WIDTH, "   "));

describe("liftMarginYears", () => {
  it("blanks a year at an odd page's line tail, right of the text block, and keeps the page number of the head", () => {
    const lines = [...body[0], ...body[1]];
    const page = oddPage(101, lines, new Map([[0, "A.D. 1398"], [body[0].length, "1402"]]));
    const r = liftMarginYears(page);
    expect(r.years).toEqual(["A.D. 1398", "1402"]);
    expect(r.text).toContain("THE SALT TOWNS.");
    expect(r.text.split("\n")[0]).toMatch(/101$/);
    expect(r.text).not.toMatch(/1398|1402/);
    expect(r.text.split("\n").length).toBe(page.split("\n").length);
  });

  it("blanks a year at an even page's line head and moves the text column back to the margin", () => {
    const lines = [...body[2]];
    const page = evenPage(102, lines, new Map([[0, "1410"]]));
    const r = liftMarginYears(page);
    expect(r.years).toEqual(["1410"]);
    expect(r.text.split("\n")[0]).toMatch(/^102 /);
    expect(r.text.split("\n")[2]).toBe(lines[0]);
  });

  it("takes no year that a line of the page's text block reaches (a table's column, a date in the text)", () => {
    const lines = [...body[0]];
    lines.push("The register of the tolls of that year ran    to 1405");
    const page = oddPage(103, lines, new Map());
    expect(liftMarginYears(page).years).toEqual([]);
  });

  it("in the whole clean-up: a year in a word hyphenated at the line's end goes, the word is whole, and pages hold", () => {
    const lines = [...body[0], "   The council recorded the valley grain in the sett-", "lement of the eastern shore before the floods came."];
    const years = new Map([[lines.length - 2, "A.D."], [lines.length - 1, "1399-1401"]]);
    const p1 = firstPage(lines, years);
    const p2 = evenPage(102, body[1], new Map());
    const doc = cleanDocument(`${p1}\n\f${p2}\n`);
    const ch = doc.chapters[0];
    expect(ch.text).toContain("in the settlement of the eastern shore");
    expect(ch.text).not.toMatch(/A\.D\.|1399/);
    const s = ch.sentences.find((x) => x.text.includes("settlement"));
    expect(s?.page).toBe("101");
    const t = ch.sentences.find((x) => x.text.startsWith(body[1][0].trim().split(" ").slice(0, 3).join(" ")));
    expect(t?.page).toBe("102");
  });

  it("makes each flush entry beside a margin year, after a finished line, a paragraph of its own, dated in a chronology", () => {
    const entries = ["The council of the salt towns first meets.", "A stone bridge is raised over the river.", "The ferry is given to the merchants."];
    const lines = [...body[3], ...entries.flatMap((e) => wrap(e, WIDTH))];
    const years = new Map<number, string>();
    let at = body[3].length;
    entries.forEach((e, k) => { years.set(at, String(1420 + k)); at += wrap(e, WIDTH).length; });
    const doc = cleanDocument(`${firstPage(body[0], new Map())}\n\f${evenPage(102, lines, years)}\n`);
    const texts = doc.chapters[0].paragraphs.map((p) => doc.chapters[0].text.slice(p.start, p.end));
    // Three entries in a row beside years: a chronology, each entry keeping its year at its head.
    entries.forEach((e, k) => expect(texts).toContain(`${1420 + k} ${e}`));
    expect(doc.chapters[0].sentences.find((x) => x.text.includes("stone bridge"))?.page).toBe("102");
  });
});

describe("a chapter's capitals heads closed by a stop", () => {
  const ps = paragraphs(5, 6, [3, 4]).map((p) => wrap(p.join(" "), 64).join("\n"));
  it("are section heads when the chapter sets three or more of them between paragraphs", () => {
    const doc = cleanDocument(`CHAPTER II.\n\nTHE MARKETS.\n\n${ps[0]}\n\nTHE SALT ROAD.\n\n${ps[1]}\n\n${ps[2]}\n\nWHO PAID THE TOLLS?\n\n${ps[3]}\n\nTHE FERRY.\n\n${ps[4]}\n`);
    const heads = doc.chapters[0].paragraphs.filter((p) => p.kind === "heading").map((p) => doc.chapters[0].text.slice(p.start, p.end));
    expect(heads).toEqual(expect.arrayContaining(["THE SALT ROAD.", "WHO PAID THE TOLLS?", "THE FERRY."]));
    expect(doc.chapters[0].sentences.some((s) => s.text === "THE FERRY.")).toBe(false);
  });
  it("stay sentences when one stands alone (a line shouted in capitals)", () => {
    const doc = cleanDocument(`CHAPTER II.\n\nTHE MARKETS.\n\n${ps[0]}\n\nTHE BELL RANG TWICE.\n\n${ps[1]}\n\n${ps[2]}\n`);
    expect(doc.chapters[0].sentences.some((s) => s.text === "THE BELL RANG TWICE.")).toBe(true);
  });
});

describe("a quoted poem of several stanzas", () => {
  it("keeps every stanza out of the sentences, a stanza opening on a quotation inside a quotation too", () => {
    const ps = paragraphs(9, 3, [3, 4]).map((p) => wrap(p.join(" "), 64).join("\n"));
    const stanzas = [
      ["  \"The ferry crosses in the grey of dawn,", "  And on the water lies the salt of years;", "  The boatman sings, the merchants carry on,", "  And no one counts the cost of all their fears."],
      ["  \"'We sail at noon,' the careful captain said,--", "  And all the harbour listened to his word;", "  The bells were rung, the evening bread was spread,", "  And every door along the quay was stirred."],
    ];
    const doc = cleanDocument(`${ps[0]}\nThe old song of the coast ran as follows:--\n\n${stanzas.map((s) => s.join("\n")).join("\n\n")}\n\n${ps[1]}\n\n${ps[2]}\n`);
    const text = doc.chapters.map((c) => c.sentences.map((s) => s.text).join(" ")).join(" ");
    expect(text).not.toContain("careful captain");
    expect(text).not.toContain("boatman sings");
  });
});

describe("\"rn\" read for \"m\"", () => {
  const base = paragraphs(3, 2, [3, 3]).map((p) => p.join(" ")).join(" ");
  it("is repaired towards a word a dictionary lists when the word as written is none", () => {
    const r = repairOcrWords(`${base} The storm was fierce, insornuch that the ferry stayed in the harbour.`);
    expect(r.text).toContain("insomuch that");
  });
  it("repairs a name inside a sentence only into a name in everyday use that the document spells so elsewhere, never into a common word", () => {
    const r = repairOcrWords(`${base} The traders of Verrnont sent salt to the coast, and the clerk Horne kept the ledgers. The roads of Vermont were open.`);
    expect(r.text).toContain("of Vermont sent");
    // Not where the document never spells the name so: a lone misreading may be a name of its own.
    expect(repairOcrWords(`${base} The traders of Verrnont sent salt to the coast.`).text).toContain("of Verrnont sent");
    expect(r.text).toContain("clerk Horne kept");
  });
});

describe("footnotes set in two columns at a page's foot", () => {
  // Two columns of 28 characters, the right one starting at column 32, read across.
  const row = (l: string, r = "") => (r ? l.padEnd(32) + r : l);
  const foot = [
    row("* Annals of the Salt Towns,", "of the North, vol. ii. p. 7."),
    row("p. 214.", "‡ The ferry tolls were set"),
    row("† Letters of the Merchants", "by the council each spring."),
  ];
  const page = (n: number) => [`${n}`.padEnd(20) + "A HISTORY OF THE NORTH.", "", ...wrap(paragraphs(31, 1, [5, 5])[0].join(" "), 60, "   "), "", ...foot].join("\n");
  it("reads each column in turn, so a note starting in the right column is a note of its own", () => {
    const r = readNoteColumns(`${page(12)}\f${page(13)}`);
    expect(r.blocks).toBe(2);
    const lines = r.text.split("\f")[0].split("\n").slice(-6);
    expect(lines).toEqual(["* Annals of the Salt Towns,", "p. 214.", "† Letters of the Merchants", "of the North, vol. ii. p. 7.", "‡ The ferry tolls were set", "by the council each spring."]);
  });
  it("leaves a one-column note block alone, and one whose lines run across the gap's column", () => {
    const one = [`12`.padEnd(20) + "A HISTORY OF THE NORTH.", "", ...wrap(paragraphs(31, 1, [5, 5])[0].join(" "), 60, "   "), "", "* Annals of the Salt Towns, vol. ii. p. 214, where the", "tolls of the ferry are set out   in full for every year."].join("\n");
    expect(readNoteColumns(`${one}\f${one}`).blocks).toBe(0);
  });
});
