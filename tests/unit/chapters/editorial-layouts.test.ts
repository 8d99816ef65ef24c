// How e-texts of older works set out their editors' and authors' furniture: numbered sections,
// a translator's bracketed preface, a section heading in capitals set apart by blank lines, a
// title in title case over two lines, notes set one a line, note numbers before a dash, a lone
// word left after a paragraph's last sentence, and the opening words of a section in capitals.
// Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { dropStrayTails } from "@/lib/chapters/stray-tails";
import { findAcronyms, titleCase } from "@/lib/chapters/title-case";
import type { RawParagraph } from "@/lib/chapters/assemble";

const clean = (text: string) => cleanDocument(text, { filename: "notes-on-rivers.txt" });
const sentences = (text: string) => clean(text).chapters.flatMap((c) => c.sentences.map((s) => s.text));

const SECTIONS = [
  "The river rises in the hills to the north, where the snow lies late into the spring, and it runs for many miles through forest before it reaches the plain. Its water is cold and clear in the upper valley, and the people there drink it without fear.",
  "On the plain the river slows and widens, and it lays down the silt it has carried from the hills. The farmers of the plain have built their villages on the higher ground beside it, for the river floods in most years and covers the lower fields.",
  "Near the sea the river divides into many channels, and the land between them is a marsh of reeds and pools. Few people live there, but the fishermen come in the autumn to take the eels that gather in the pools before they go down to the sea.",
];

describe("sections numbered at the start of their paragraphs", () => {
  it("lose their numbers when the numbers count up through the text", () => {
    const text = `NOTES ON RIVERS.\n\n${SECTIONS.map((s, i) => `${i + 1}. ${s}`).join("\n\n")}\n`;
    const ch = clean(text).chapters[0];
    expect(ch.text).toMatch(/^The river rises in the hills/);
    expect(ch.paragraphs.map((p) => ch.text.slice(p.start, p.start + 3))).toEqual(["The", "On ", "Nea"]);
    expect(ch.sentences[0].text).toMatch(/^The river rises in the hills/);
  });

  it("keep them when they number a list of short items, or when one number opens one paragraph", () => {
    const list = "THE RULES.\n\nThe keepers of the lock made these rules for the boatmen.\n\n1. PATIENCE. Wait for the gate.\n\n2. ORDER. Enter in turn.\n\n3. SILENCE. Do not shout at the keeper.\n";
    expect(clean(list).chapters[0].text).toContain("1. PATIENCE. Wait for the gate.\n\n2. ORDER.");
    const year = `NOTES ON RIVERS.\n\n${SECTIONS[0]}\n\n1848. ${SECTIONS[1]}\n\n${SECTIONS[2]}\n`;
    expect(clean(year).chapters[0].text).toContain("1848. On the plain");
  });
});

describe("an editor's preface in brackets before the text", () => {
  const preface = "[This account is thought to have been written by the ship's surgeon soon after\nthe voyage, though it was not printed until many years later. The text\nfollows the first edition, with the spelling made modern.]";
  it("is no part of the text", () => {
    const got = sentences(`THE VOYAGE OF THE HERON.\n\n${preface}\n\n${SECTIONS[0]}\n\n${SECTIONS[1]}\n`);
    expect(got[0]).toMatch(/^The river rises/);
    expect(got.join(" ")).not.toMatch(/surgeon/);
  });
  it("but a bracketed paragraph inside the text stays", () => {
    const got = sentences(`THE VOYAGE OF THE HERON.\n\n${SECTIONS[0]}\n\n${preface}\n\n${SECTIONS[1]}\n`);
    expect(got.join(" ")).toMatch(/surgeon/);
  });
});

describe("a section heading in capitals with a full stop", () => {
  it("is a heading when blank lines set it apart more than the paragraphs are", () => {
    const text = `${SECTIONS[0]}\n\n${SECTIONS[1]}\n\n\n\nOF THE MARSHES AND THE SEA.\n\n${SECTIONS[2]}\n`;
    const ch = clean(text).chapters[0];
    expect(ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end))).toEqual(["OF THE MARSHES AND THE SEA."]);
    expect(ch.sentences.map((s) => s.text)).not.toContain("OF THE MARSHES AND THE SEA.");
  });
});

describe("a title in title case over two lines, closed by a full stop", () => {
  const text = `An Address to the Society of Naturalists on the Study of\nRivers and their Valleys.\n\nMargaret Quill\n\n[Read at the meeting of the Society, May 3, 1881.]\n\n${SECTIONS[0]}\n\n${SECTIONS[1]}\n`;
  it("is the document's and the chapter's title, and no sentence", () => {
    const doc = clean(text);
    expect(doc.title).toBe("An Address to the Society of Naturalists on the Study of Rivers and their Valleys");
    expect(doc.chapters[0].title).toBe(doc.title);
    expect(doc.chapters[0].sentences[0].text).toMatch(/^The river rises/);
  });
});

describe("notes set one a line under the paragraph", () => {
  it("are two notes, each linked to its marker", () => {
    const text = `THE SILT.\n\n${SECTIONS[0]} Mr Hale has measured it[1] and Dr Wren has\nsince[2] weighed the silt of a whole year.\n\n[1] _Proceedings_, March 1868.\n[2] _The Naturalist_, May 1870.\n\n${SECTIONS[1]}\n`;
    const ch = clean(text).chapters[0];
    expect(ch.footnotes.map((f) => [f.number, f.text])).toEqual([["1", "Proceedings, March 1868."], ["2", "The Naturalist, May 1870."]]);
    expect(ch.text).not.toMatch(/\[\d\]/);
  });
});

describe("note numbers before a dash of two hyphens", () => {
  it("are lifted with the others of their run", () => {
    const text = `THE FLOOD.\n\nThe banks broke in March.[7] The farmers fled to the hills.[8]--So the story goes.[9] Nobody\nwas drowned, and the fields were sown again in May.\n`;
    expect(sentences(text).join(" ")).not.toMatch(/\[\d\]/);
  });
  it("are lifted when they mark an edition's pages between words", () => {
    const text = "THE RIVERS.\n\nThe rivers were counted [1] by the surveyors of the county. The hills\nwere counted [2] by them. The plains were counted last, [3]--and the marshes\ntoo [4] were counted. The channels [5] were counted in the spring. The\npools [6] were counted by the fishermen.\n";
    expect(sentences(text).join(" ")).not.toMatch(/\[\d\]/);
  });
});

describe("a lone word after a paragraph's last sentence", () => {
  it("is dropped", () => {
    const got = sentences(`THE RIVER.\n\n${SECTIONS[0]} I\n\n${SECTIONS[1]}\n`);
    expect(got).not.toContain("I");
    expect(got[1]).toMatch(/without fear\.$/);
  });
  it("but not a name after an initial or a title, nor in a short paragraph", () => {
    const p = (text: string): RawParagraph[] => [{ kind: "body", text, page: null, breaks: [] }];
    for (const text of ["He served in the last years of the war with the army of the U.S. Army", "The print was engraved after a drawing made at the time by Dr. Watson", "Short one. I"]) {
      const paragraphs = p(text);
      expect(dropStrayTails(paragraphs)).toBe(0);
      expect(paragraphs[0].text).toBe(text);
    }
  });
});

describe("words set in capitals together", () => {
  it("are a section's opening words, not acronyms, and a title with them is written in title case", () => {
    const doc = "4. MARCUS TULLIUS VARRO was born at Reate in the year of the consulship of Marius and Catulus.\nHe wrote on farming, and the NATO of his day was the senate, as the NATO of ours is its council.";
    const acronyms = findAcronyms(doc);
    expect([...acronyms]).toEqual(["NATO"]);
    expect(titleCase("THE LIFE OF MARCUS TULLIUS VARRO", acronyms)).toBe("The Life of Marcus Tullius Varro");
  });
});
