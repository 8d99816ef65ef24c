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
    // (A printed page: the text parted by form feeds. A text without them is left alone.)
    expect(liftMarginYears(page).years).toEqual([]);
    const r = liftMarginYears(`${page}\f`);
    expect(r.years).toEqual(["A.D. 1398", "1402"]);
    expect(r.text).toContain("THE SALT TOWNS.");
    expect(r.text.split("\n")[0]).toMatch(/101$/);
    expect(r.text).not.toMatch(/1398|1402/);
    expect(r.text.split("\n").length).toBe(page.split("\n").length);
  });

  it("blanks a year at an even page's line head and moves the text column back to the margin", () => {
    const lines = [...body[2]];
    const page = evenPage(102, lines, new Map([[0, "1410"]]));
    const r = liftMarginYears(`${page}\f`);
    expect(r.years).toEqual(["1410"]);
    expect(r.text.split("\n")[0]).toMatch(/^102 /);
    expect(r.text.split("\n")[2]).toBe(lines[0]);
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

// Session 17 (fixchap): the review of the clean-up above, each finding on an invented page.
describe("margin years beside ordinary prose (review)", () => {
  const pad = (l: string, y?: string) => (y ? l.padEnd(62) + y : l);
  const oddHead = (n: number) => `A.D. 1400.]        THE SALT TOWNS.                      ${n}`;
  const evenHead = (n: number) => `${n}       A HISTORY OF THE NORTH.          [A.D. 1400.`;

  it("a page with no margin years breaks a chronology's run: its paragraphs have no year beside them", () => {
    const p1 = [oddHead(101), "", "   The council of the towns met in the long hall by the", "river and agreed on the tolls for the coming year.",
      pad("   Their first act was to raise the bridge over the ford", "1398"), "and to give the ferry to the merchants of the coast.",
      pad("   The roads were open and the trade grew for many years", "1399"), "while the towns kept the peace along the river."];
    const p2 = [evenHead(102), "", "   A merchant from the coast described the long marshes", "before the spring floods arrived in the valley.",
      "   Every village protected the grain of the valley while", "the roads were still open and the towns at peace.", "   The old harbour welcomed the letters of the traders."];
    const p3 = [oddHead(103), "", pad("   The salt trade doubled the price of bread after a", "1410"), "decade of bad harvests in the north of the province.",
      "   A small ferry carried the grain of the valley across.", "The young surveyor measured the distant mountain passes."];
    const r = liftMarginYears([p1, p2, p3].map((p) => p.join("\n")).join("\n\f"));
    expect(r.years).toEqual(["1398", "1399", "1410"]);
    expect(r.dated).toBe(0);
    expect(r.text).not.toMatch(/1398 Their|1399 The|1410 The/);
  });

  it("keeps no year at the head of paragraphs as long as the text's others (annals prose, not a synopsis)", () => {
    // Three paragraphs in a row beside years, each as long as the chapter's undated ones.
    const lines = body.slice(0, 3).flat();
    const years = new Map<number, string>();
    let at = 0;
    body.slice(0, 3).forEach((p, k) => { years.set(at, String(1420 + k)); at += p.length; });
    const r = liftMarginYears(`${firstPage(body[3], new Map())}\n\f${evenPage(102, lines, years)}\n\f${oddPage(103, body[0], new Map())}`);
    expect(r.years).toEqual(["1420", "1421", "1422"]);
    expect(r.dated).toBe(0);
  });

  it("leaves whole a paragraph with a year beside a line in its middle that opens a sentence", () => {
    const p1 = [oddHead(101), "", "   The council of the towns met in the long hall by the", "river and agreed on the tolls for the coming year.",
      pad("Their first act was to raise the bridge over the ford", "1398"), "and to give the ferry to the merchants of the coast.",
      "The roads were open and the trade grew for many years.", "", "   A second council met when the floods had gone down."];
    const p2 = [evenHead(102), "", ...body[1]];
    const r = liftMarginYears(`${p1.join("\n")}\n\f${p2.join("\n")}`);
    expect(r.years).toEqual(["1398"]);
    expect(r.entries).toBe(0);
    const ch = cleanDocument(`${p1.join("\n")}\n\f${p2.join("\n")}\n`).chapters[0];
    const texts = ch.paragraphs.map((p) => ch.text.slice(p.start, p.end));
    expect(texts.some((t) => t.startsWith("The council of the towns") && t.includes("year. Their first act was"))).toBe(true);
  });

  it("does not look back past a page's running head for the line above an entry", () => {
    // The paragraph runs on from the page before; the even page's head ends on a stop ("[A.D. 1400.").
    const p1 = [oddHead(101), "", "   The council of the towns met in the long hall by the", "river and agreed on the tolls for the coming year, and",
      "the merchants of the coast sent their clerks to the", "meeting with the ledgers of the abbey, and the ferry", "was given to them in the spring when the roads were"];
    const p2 = [" ".repeat(SHIFT) + evenHead(102), "", "1398".padEnd(SHIFT) + "Open and the tolls were set each spring by the", " ".repeat(SHIFT) + "council of the towns before the floods came down.",
      "", " ".repeat(SHIFT) + "   A second council met when the floods had gone down.", " ".repeat(SHIFT) + "The roads were open again and the trade grew again."];
    const r = liftMarginYears(`${p1.join("\n")}\n\f${p2.join("\n")}`);
    expect(r.years).toEqual(["1398"]);
    expect(r.entries).toBe(0);
  });

  it("handles an unpaged text of many lines without overflowing the stack, and a long page", () => {
    const many = Array.from({ length: 150000 }, (_, i) => (i % 50 === 0 ? "" : "The council met in the long hall by the river in 1398."));
    const flat = [...many, "The register of the tolls of that year ran      1405"].join("\n");
    expect(liftMarginYears(flat).text).toBe(flat);
    expect(() => liftMarginYears(`${flat}\n\f${flat}`)).not.toThrow();
  });
});

describe("tests of the margin years that can fail (review)", () => {
  it("takes no year inside the text block, though the same year at the margin's column is taken", () => {
    const lines = [...body[0], "The register of the tolls ran   1405"];
    const page = oddPage(103, lines, new Map());
    const second = oddPage(105, body[1], new Map());
    expect(liftMarginYears(`${page}\f${second}`).years).toEqual([]);
    // (The control: the line's year at the outer margin is one.)
    const inMargin = oddPage(103, [...body[0], "The register of the tolls ran"], new Map([[body[0].length, "1405"]]));
    expect(liftMarginYears(`${inMargin}\f${second}`).years).toEqual(["1405"]);
  });
});

describe("capitals compounds split at a line's end (review)", () => {
  it("keeps the hyphen after a prefix, a combining form or a first half of four letters or more; joins a short syllable", async () => {
    const { joinLines, wordStats } = await import("@/lib/chapters/hyphen");
    const stats = wordStats("The council met in the long hall by the river.");
    const join = (a: string, b: string) => joinLines([`THE WAR OF THE ${a}-`, `${b} KINGS`], stats);
    expect(join("COUNTER", "REFORMATION")).toContain("COUNTER-REFORMATION");
    expect(join("NEO", "PLATONISM")).toContain("NEO-PLATONISM");
    expect(join("ITALO", "VARDENIAN")).toContain("ITALO-VARDENIAN");
    expect(join("MERRIVALE", "OSTRAND")).toContain("MERRIVALE-OSTRAND");
    expect(join("HAL", "DREN")).toContain("THE HALDREN KINGS");
  });
});

describe("a numbered table at a page's foot (review)", () => {
  const page = (n: number, rows: string[]) => [`${n}        A HISTORY OF THE NORTH.`, "", "   The tolls of the ferry in the three years were these:", "", ...rows].join("\n");
  it("is no block of notes in two columns, narrow or wide", () => {
    const narrow = ["1   Wheat          1,200 bushels", "2   Barley           800 bushels", "3   Salt             450 barrels"];
    const wide = ["1 Wheat of the upper valley    1,200 bushels", "2 Barley of the lower valley     800 bushels", "3 Salt from the coast pans       450 barrels"];
    for (const rows of [narrow, wide]) {
      const text = `${page(12, rows)}\f${page(13, rows)}`;
      const r = readNoteColumns(text);
      expect(r.blocks).toBe(0);
      expect(r.text).toBe(text);
    }
  });
  it("leaves a note block alone when a line runs across the column where the others' gaps end", () => {
    const row = (l: string, r = "") => (r ? l.padEnd(32) + r : l);
    const foot = [row("* Annals of the Salt Towns,", "of the North, vol. ii. p. 7."), row("p. 214, and the ledgers of", "the abbey for the same years."), "tolls of the ferry as the council set them out."];
    const text = [`12`.padEnd(20) + "A HISTORY OF THE NORTH.", "", ...wrap(paragraphs(31, 1, [5, 5])[0].join(" "), 60, "   "), "", ...foot].join("\n");
    expect(readNoteColumns(`${text}\f${text}`).blocks).toBe(0);
    // (The control: without the crossing line the block is read column by column.)
    const two = text.split("\n").slice(0, -1).join("\n");
    expect(readNoteColumns(`${two}\f${two}`).blocks).toBe(2);
  });
});

describe("a sentence in capitals over two lines (review)", () => {
  const ps = paragraphs(5, 6, [3, 4]).map((p) => wrap(p.join(" "), 64).join("\n"));
  const heads = (raw: string) => {
    const ch = cleanDocument(raw).chapters[0];
    return ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));
  };
  it("stays a sentence when it ends on a stop after a word (a notice quoted)", () => {
    expect(heads(`CHAPTER II.\n\nTHE MARKETS.\n\n${ps[0]}\nOver the gate of the hall the council had painted these words.\n\nNO MERCHANT SHALL SELL SALT IN THIS TOWN WITHOUT THE\nLEAVE OF THE COUNCIL AND THE PAYMENT OF THE TOLL.\n\n${ps[1]}\n\n${ps[2]}\n`))
      .not.toContain("NO MERCHANT SHALL SELL SALT IN THIS TOWN WITHOUT THE LEAVE OF THE COUNCIL AND THE PAYMENT OF THE TOLL.");
  });
  it("is a heading when it closes on no stop, or on the year of its period", () => {
    const found = heads(`CHAPTER II.\n\nTHE MARKETS.\n\n${ps[0]}\n\nTHE TOWNS OF THE COAST FROM THE FIRST COUNCIL\nTO THE GREAT FLOOD OF THE RIVER, 1410.\n\n${ps[1]}\n\n${ps[2]}\n\nA LIST OF THE TOLLS PAID AT THE FERRY BY\nTHE MERCHANTS OF THE COAST AND THE NORTH\n\n${ps[3]}\n`);
    expect(found).toEqual(expect.arrayContaining(["THE TOWNS OF THE COAST FROM THE FIRST COUNCIL TO THE GREAT FLOOD OF THE RIVER, 1410.", "A LIST OF THE TOLLS PAID AT THE FERRY BY THE MERCHANTS OF THE COAST AND THE NORTH"]));
  });
});

describe("initials in a title set in capitals (review)", () => {
  it("keep their capitals inside brackets and quotes", async () => {
    const { titleCase } = await import("@/lib/chapters/title-case");
    expect(titleCase("THE WARS (B.C. 400) OF THE NORTH")).toBe("The Wars (B.C. 400) of the North");
    expect(titleCase("THE SALT TOWNS [A.D. 1400.]")).toBe("The Salt Towns [A.D. 1400.]");
    expect(titleCase("“U.S.” TRADE")).toBe("“U.S.” Trade");
  });
});
