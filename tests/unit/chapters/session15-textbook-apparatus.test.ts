// Session 14's history and physiology textbooks, rotated into training: the clean-up defects their
// raters' notes and the cleaned text showed stay fixed. The rules are tested on invented text
// (study-apparatus.test.ts); this only checks that the real books now clean right.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";

const clean = (name: string) => cleanDocument(fixture(name), { filename: name });
const sentencesOf = (doc: ReturnType<typeof clean>) => doc.chapters.flatMap((c) => c.sentences.map((s) => s.text));
const paragraphsOf = (doc: ReturnType<typeof clean>) => doc.chapters.flatMap((c) => c.paragraphs.map((p) => ({ kind: p.kind, text: c.text.slice(p.start, p.end) })));

describe("the history textbook with references, topics and questions (Beard)", () => {
  const doc = clean("pd-beard-united-states-ch23-democracy.txt");
  const sentences = sentencesOf(doc);
  const paragraphs = paragraphsOf(doc);

  it("makes no sentence of the references, research topics or study questions", () => {
    expect(sentences.some((s) => /Explain the rise|Trace the rise|Summarize the history|Show how the rise|pp\. \d|Gilman|Before Vassar Opened|Research Topics/.test(s))).toBe(false);
    expect(paragraphs.filter((p) => p.kind === "apparatus")).toHaveLength(7 + 12 + 14);
    expect(paragraphs.at(-1)).toEqual({ kind: "apparatus", text: "14. Summarize the history of the suffrage in the states." });
  });

  it("keeps the chapter's last paragraph of text", () => {
    expect(sentences).toContain("The age of agitation was closed and the epoch of responsible citizenship opened.");
  });

  it("sets the section heads in capitals apart as headings", () => {
    const heads = paragraphs.filter((p) => p.kind === "heading").map((p) => p.text);
    expect(heads).toEqual(expect.arrayContaining(["THE RISE OF THE WOMAN MOVEMENT", "THE NATIONAL STRUGGLE FOR WOMAN SUFFRAGE", "Research Topics", "Questions"]));
    expect(sentences.some((s) => /^THE (?:RISE|NATIONAL)/.test(s))).toBe(false);
  });

  it("keeps the captions set over blank lines out of the text", () => {
    expect(doc.chapters[0].text).not.toMatch(/SUSAN B\. ANTHONY\]|DELEGATES AT A NATIONAL CONVENTION|1920\]/);
  });
});

describe("the physiology textbook with figure keys (Overton)", () => {
  const doc = clean("pd-overton-physiology-ch12-nerves.txt");
  const sentences = sentencesOf(doc);

  it("keeps the figures' lettered keys out of the text", () => {
    expect(doc.chapters[0].text).not.toMatch(/central conducting fiber|covering of fat|connective tissue binding|gray matter/);
    expect(sentences).toContain("Each thread is a nerve.");
  });

  it("keeps its numbered heads and its summary of what was learned, which states facts", () => {
    const ch = doc.chapters[0];
    const heads = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));
    expect(heads).toHaveLength(27);
    expect(heads).toContain("WHAT WE HAVE LEARNED");
    expect(sentences).toContain("Tiny nerve threads carry messages from the mind to the cells.");
    expect(ch.paragraphs.some((p) => p.kind === "apparatus")).toBe(false);
  });
});

describe("the chemistry textbook's problems in mid-chapter (Williams)", () => {
  const doc = clean("pd-williams-chemical-science-ch13-17.txt");
  const sentences = sentencesOf(doc);

  it("makes no sentence of the problems, and goes on with the text after them", () => {
    expect(sentences.some((s) => /How many liters|How much H2S|What condensation in the synthesis/.test(s))).toBe(false);
    expect(sentences).toContain("Thus two volumes of marsh gas would separate into one of C and four of H.");
    expect(sentences.some((s) => s.startsWith("The symbol itself of a compound will usually show what its condensation is"))).toBe(true);
  });
});
