// Session 22's clean-up of set 21's page designs, on INVENTED pages and text: a textbook whose versos
// keep a left gloss margin even when it is empty and whose rectos carry their glosses after the line
// (lead-glosses.ts, tail-notes.ts), paragraphs marked by an indent only.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { liftLeadGlosses } from "@/lib/chapters/lead-glosses";
import { liftTailNotes } from "@/lib/chapters/tail-notes";
import { paragraphs, wrap } from "../../support/prose";

const WIDTH = 56;
const MARGIN = 16;
const LINES = 22;

// Glosses by page: versos (even pages) before the line, rectos after it.
const GLOSSES: Record<number, { at: number; words: string[] }[]> = {
  0: [{ at: 4, words: ["Brindle cells"] }],
  1: [{ at: 6, words: ["Quillwort"] }],
  2: [],
  3: [{ at: 2, words: ["Fenwick", "pressure"] }],
  4: [{ at: 9, words: ["Marrow rot"] }],
  5: [{ at: 12, words: ["Tallow bark"] }],
  6: [{ at: 3, words: ["Sorrel wax"] }],
  7: [],
};

const paras = paragraphs(2212, 24, [3, 5]);

function book(): string {
  const lines = paras.flatMap((p) => wrap(p.join(" "), WIDTH, "   "));
  const pages: string[] = [];
  for (let n = 0; n * LINES < lines.length; n++) {
    const body = lines.slice(n * LINES, (n + 1) * LINES);
    const verso = n % 2 === 0;
    const out = body.map((l) => (verso ? " ".repeat(MARGIN) + l : l));
    for (const g of GLOSSES[n] ?? []) {
      g.words.forEach((w, k) => {
        const i = g.at + k;
        out[i] = verso ? w.padEnd(MARGIN) + body[i] : body[i].padEnd(WIDTH + 4) + w;
      });
    }
    const folio = String(40 + n);
    const head = verso ? " ".repeat(MARGIN) + folio.padEnd(20) + "THE INVENTED GARDEN" : "      ROOTS AND THEIR HABITS".padEnd(WIDTH - 2) + folio;
    pages.push([head, "", ...out].join("\n"));
  }
  return pages.join("\n\f");
}

const allGlosses = Object.values(GLOSSES).flatMap((gs) => gs.map((g) => g.words.join(" ")));

describe("a textbook's gloss margins on both sides of the opening", () => {
  it("moves back every verso set in by the gloss margin, glossed or not", () => {
    const r = liftLeadGlosses(book());
    expect(r.pages).toBe(4);
    for (const page of r.text.split("\f")) {
      const indents = page.split("\n").filter((l) => l.trim() && !/THE INVENTED GARDEN|ROOTS AND/.test(l)).map((l) => l.length - l.trimStart().length);
      expect(Math.min(...indents)).toBe(0);
    }
  });

  it("lifts the rectos' glosses though the running heads make a commoner column", () => {
    const r = liftTailNotes(liftLeadGlosses(book()).text);
    expect(r.notes).toEqual(["Quillwort", "Fenwick pressure", "Tallow bark"]);
  });

  it("keeps every gloss out of the sentences and every indented paragraph apart", () => {
    const ch = cleanDocument(book()).chapters[0];
    for (const g of allGlosses) expect(ch.text).not.toContain(g);
    const body = ch.paragraphs.filter((p) => p.kind === "body").map((p) => ch.text.slice(p.start, p.end));
    expect(body.length).toBe(paras.length);
    body.forEach((p, i) => expect(p.startsWith(paras[i][0])).toBe(true));
  });
});

const body = (seed: number) => paragraphs(seed, 4, [3, 4]).map((p) => wrap(p.join(" "), 68).join("\n")).join("\n\n");
const kinds = (text: string) => { const c = cleanDocument(text).chapters[0]; return c.paragraphs.map((p) => [p.kind, c.text.slice(p.start, p.end)]); };

describe("an epigraph under a chapter's title", () => {
  const numbered = `VII.\n\nTHE HARBOUR BOARD.\n\n     The tide keeps no clerk and files no minutes, yet it is obeyed\n     by every vessel in the roads.--MARGERY QUILLON.\n\n\n${body(71)}\n`;
  const labelled = `CHAPTER III\n\nTHE MILL RACE\n\n     A wheel turns only when the water falls.\n                          --CORWIN: _Notes on the Old Mills_.\n\n\n${body(72)}\n`;

  it("reads a numeral over a title in capitals over an epigraph as the chapter's number and title", () => {
    const c = cleanDocument(numbered).chapters[0];
    expect([c.number, c.title]).toEqual(["7", "The Harbour Board"]);
    expect(c.paragraphs.filter((p) => p.kind === "heading")).toEqual([]);
  });

  it("keeps the quotation as a quotation and its attribution out of the sentences", () => {
    for (const [text, quote, name] of [
      [numbered, "The tide keeps no clerk and files no minutes, yet it is obeyed by every vessel in the roads.", "—MARGERY QUILLON."],
      [labelled, "A wheel turns only when the water falls.", "—CORWIN: Notes on the Old Mills."],
    ]) {
      const k = kinds(text);
      expect(k[0]).toEqual(["quote", quote]);
      expect(k[1]).toEqual(["apparatus", name]);
      const sentences = cleanDocument(text).chapters[0].sentences.map((s) => s.text);
      expect(sentences[0]).toBe(quote);
      expect(sentences.join(" ")).not.toMatch(/QUILLON|CORWIN/);
    }
  });

  it("leaves a first paragraph that ends on a dash and a word in capitals, and a later quotation, as they are", () => {
    const word = `CHAPTER II\n\nTHE STONE\n\nThe mason worked at it for a week, and the one word carved on it was--PEACE.\n\n${body(73)}\n`;
    expect(kinds(word)[0][0]).toBe("body");
    const later = `CHAPTER II\n\nTHE STONE\n\n${body(74)}\n\n     The tide keeps no clerk and files no minutes, yet it is obeyed\n     by every vessel in the roads.--MARGERY QUILLON.\n\n${body(75)}\n`;
    expect(kinds(later).some(([kind]) => kind === "apparatus")).toBe(false);
  });

  it("keeps a numeral over a title with text under it as a section marker", () => {
    const section = `XII.\n\nTHE WAR WITH THE NEIGHBOURS.\n\n${body(76)}\n`;
    expect(cleanDocument(section).chapters[0].number).toBeNull();
  });
});

describe("a textbook's numbered section heads and run-in side heads", () => {
  const prose = (seed: number, n: number) => paragraphs(seed, n, [3, 4]).map((p) => wrap(p.join(" "), 60, "   "));
  const [a, b, c, d, e] = [prose(81, 3), prose(82, 3), prose(83, 3), prose(84, 3), prose(85, 2)];
  const runIn = (head: string, lines: string[]) => [`   ${head}.—${lines[0].trim()}`, ...lines.slice(1)];
  const pages = [
    ["                         CHAPTER IV", "", "                         THE ORCHARD", "", "              1. ROOTS IN THE DRY SEASON", "", ...a.flat(), "", "                              [40]"],
    ["      ROOTS IN THE DRY SEASON                          41", "", ...runIn("Grafting and the Choice of Stock", b[0]), ...b.slice(1).flat()],
    ["42                     THE ORCHARD", "", ...c.flat()],
    ["      ROOTS IN THE DRY SEASON                          43", "", ...runIn("Effect of Frost and Thaw on Young Shoots and on the Older Wood", d[0]), ...d.slice(1).flat(), "", "          2. PRUNING AND THE SHAPE OF THE CROWN", "", ...e.flat()],
  ];
  const doc = pages.map((p) => p.join("\n")).join("\n\f");
  const ch = () => cleanDocument(doc).chapters[0];

  it("sets apart the numbered heads, the one the running heads repeat too, and both run-in heads", () => {
    const c = ch();
    const heads = c.paragraphs.filter((p) => p.kind === "heading").map((p) => c.text.slice(p.start, p.end));
    expect(heads).toEqual(["1. ROOTS IN THE DRY SEASON", "Grafting and the Choice of Stock", "Effect of Frost and Thaw on Young Shoots and on the Older Wood", "2. PRUNING AND THE SHAPE OF THE CROWN"]);
    const sentences = c.sentences.map((s) => s.text);
    expect(sentences.some((s) => /PRUNING|Grafting and|Frost and Thaw/.test(s))).toBe(false);
  });

  it("leaves a long title-case run-in phrase as text in a chapter that sets no heads", () => {
    const plain = [...runIn("Effect of Frost and Thaw on Young Shoots and on the Older Wood", d[0]), ...d.slice(1).flat(), ...a.flat()].join("\n");
    const c = cleanDocument(plain).chapters[0];
    expect(c.paragraphs.filter((p) => p.kind === "heading")).toEqual([]);
  });
});

describe("a quotation in another language after words that lead into it", () => {
  const lead = "The old road was mended at last, and the carters who had cursed it for a generation could say of it\n";
  const english = "The carters were paid by the load, and the road was measured by the mile in the old way.\n";
  const cases = [
    ["a couplet in quotation marks", `${english}\n${lead}\n  "Vetera viam fregerunt, nova sanaverunt\n  Quod fuit asperum, nunc planum est."\n\n${english}`],
    ["verse lines set in, after a comma", `${english}\n${lead.replace(/\n$/, ",\n")}\n  Quod fuit asperum, nunc planum est,\n  Et vetera viae vulnera sanata.\n\n${english}`],
  ];
  for (const [name, text] of cases) {
    it(`keeps ${name} out of the sentences and in the text`, () => {
      const c = cleanDocument(text).chapters[0];
      expect(c.sentences.map((s) => s.text).join(" ")).not.toMatch(/asperum|Vetera/);
      expect(c.text).toContain("asperum");
      expect(c.paragraphs.filter((p) => p.kind === "apparatus")).toHaveLength(1);
    });
  }

  it("still runs the sentence on into an English quotation", () => {
    const text = `${english}\n${lead}\n  "The worst of roads is mended now,\n  And none shall break it while they plough."\n\n${english}`;
    const sentences = cleanDocument(text).chapters[0].sentences.map((s) => s.text);
    expect(sentences.some((s) => s.startsWith("The old road") && s.includes("none shall break it"))).toBe(true);
  });
});

describe("a quotation in another language after a lead-in closed by a dash", () => {
  const english = "The carters were paid by the load, and the road was measured by the mile in the old way.\n";
  for (const dash of [":—", "—", ":--"]) {
    it(`keeps the quotation after "${dash}" out of the sentences and the lead-in whole`, () => {
      const text = `${english}\nWhen the bridge was done the masons cut these words${dash}\n\n  "Vetera viam fregerunt, nova sanaverunt\n  Quod fuit asperum, nunc planum est."\n\n${english}`;
      const c = cleanDocument(text).chapters[0];
      expect(c.sentences.map((s) => s.text).join(" ")).not.toMatch(/asperum|Vetera/);
      expect(c.text).toContain("asperum");
      expect(c.paragraphs.filter((p) => p.kind === "apparatus")).toHaveLength(1);
    });
  }
});

describe("an unglossed verso with a folio printed flush left at its foot", () => {
  it("is moved back like the others, its folio kept", () => {
    const lines = paras.flatMap((p) => wrap(p.join(" "), WIDTH, "   "));
    const pages: string[] = [];
    for (let n = 0; n < 4; n++) {
      const body = lines.slice(n * LINES, (n + 1) * LINES).map((l) => " ".repeat(MARGIN) + l);
      if (n !== 2) body[5] = "Gloss word".padEnd(MARGIN) + body[5].trimStart();
      pages.push(["", ...body, "", String(40 + n)].join("\n"));
    }
    const r = liftLeadGlosses(pages.join("\n\f"));
    const verso = r.text.split("\f")[2].split("\n").filter((l) => l.trim());
    expect(Math.min(...verso.slice(0, -1).map((l) => l.length - l.trimStart().length))).toBe(0);
    expect(verso.at(-1)).toBe("42");
  });
});
