// Session 14's second blind set, in training since session 15: the clean-up defects that its raters'
// notes and the cleaned text showed on the Ricardo scan and the Kant e-text stay fixed. The rules are
// tested on invented text (print-conventions.test.ts, star-notes-and-headings.test.ts); this only
// checks that the real books now clean right.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";
import { measureScan } from "./scan-measure";

const clean = (name: string) => cleanDocument(fixture(name), { filename: name });

describe("the scan with section marks in the margin and soft hyphens (Ricardo)", () => {
  const name = "pd-ricardo-principles-ch2-rent-scanned";
  const doc = clean(`${name}.txt`);
  const ch = doc.chapters[0];
  const sentences = ch.sentences.map((s) => s.text);

  it("has its 23 numbered paragraphs as 23 paragraphs, no mark and no heading among them", () => {
    expect(ch.paragraphs.filter((p) => p.kind === "body")).toHaveLength(23);
    expect(ch.paragraphs.filter((p) => p.kind === "heading")).toHaveLength(0);
    expect(ch.text).not.toContain("§");
  });

  it("joins the soft-hyphenated words, keeps no soft hyphen, and puts 'No. 3.' back in its sentence", () => {
    expect(ch.text).not.toMatch(/\u00AD|\b(?:adva nces|cha rge|bef ore|ori ginal|emplo yed|man ufactured|com modities)\b/);
    for (const w of ["advances or recedes", "no charge could be made", "regulated as before", "the original tenant", "capital last employed"]) expect(ch.text).toContain(w);
    expect(sentences).toContain("It may perhaps be found, that by doubling the original capital employed on No. 1, though the produce will not be doubled, will not be increased by 100 quarters, it may be increased by eighty-five quarters, and that this quantity exceeds what could be obtained by employing the same capital on land, No. 3.");
  });

  it("keeps the running heads and folios out, every page found, and each footnote cited where its number was glued", () => {
    expect(ch.text).not.toMatch(/\[CH\.|CH\. II\.\]|PRINCIPLES OF POLITICAL/);
    expect(ch.pages.map((p) => p.page)).toEqual(["44", "45", "46", "47", "48", "49", "50", "51", "52"]);
    expect(ch.footnotes).toHaveLength(3);
    expect(ch.footnotes.every((f) => f.citedAt !== null)).toBe(true);
    expect(sentences.some((s) => /\p{L}[.,]?\d/u.test(s.replace(/\d+l\./g, "")))).toBe(false); // no "price.1", "rent3"
  });

  it("matches the original's sentences but for its '--' dashes, each on its printed page", () => {
    const pages = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "fixtures", "chapters", `${name}.pages.json`), "utf8")) as [string, string, string][];
    const r = measureScan("ricardo-rent-ch2", { text: fixture(`${name}.txt`), pages });
    const dashed = r.original.filter((s) => s.includes("--")).length;
    expect(r.original.length - r.original.filter((s) => r.cleaned.includes(s)).length).toBe(dashed);
    expect(r.missing.filter((s) => !s.includes("--"))).toEqual([]);
    expect(r.wrongPages).toEqual([]);
  });
});

describe("the e-text with '*' notes, a two-line title and typed dashes (Kant)", () => {
  const doc = clean("pd-kant-groundwork-sect1.txt");
  const ch = doc.chapters[0];
  const sentences = ch.sentences.map((s) => s.text);

  it("files its two '*' notes as footnotes cited by the sentences that carried the '*'", () => {
    expect(ch.footnotes.map((f) => f.text.slice(0, 40))).toEqual(["A maxim is the subjective principle of v", "It might be here objected to me that I t"]);
    expect(ch.footnotes.map((f) => sentences[f.citedAt!.sentence].slice(-40))).toEqual(["ven to the thwarting of all my inclinations.".slice(-40), "we have not to wait for it to appear first in the result.".slice(-40)]);
    expect(sentences.some((s) => s.includes("*"))).toBe(false);
  });

  it("reads its title's two lines as one heading", () => {
    expect(ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end))).toEqual(["TRANSITION FROM THE COMMON RATIONAL KNOWLEDGE OF MORALITY TO THE PHILOSOPHICAL"]);
  });

  it("reads its 'word- word' dashes as dashes and glues no words across a line end", () => {
    expect(ch.text).toContain("For all these effects—agreeableness of one's condition");
    expect(ch.text).toContain("even wisdom—which otherwise consists more in conduct than in knowledge—yet has need of science");
    expect(ch.text).not.toMatch(/effectsagreeableness|wisdom-which|effect-what/);
    for (const w of ["self-control", "well-being", "step-motherly", "far-reaching"]) expect(ch.text).toContain(w);
  });
});
