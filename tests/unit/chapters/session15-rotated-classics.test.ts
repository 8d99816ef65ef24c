// Session 15's first held-out set, rotated into training: the clean-up defects the book engineer saw
// on the Suetonius e-text and the Marx scan stay fixed. The rules are tested on invented text
// (edition-marks.test.ts); this only checks that the real books now clean right.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";

const clean = (name: string) => cleanDocument(fixture(name), { filename: name });

describe("the translated biography with page numbers and note numbers in its sentences (Suetonius)", () => {
  const doc = clean("pd-suetonius-augustus-28-47.txt");
  const text = doc.chapters.map((c) => c.text).join("\n");
  const sentences = doc.chapters.flatMap((c) => c.sentences.map((s) => s.text));

  it("has no page number in parentheses left in its text", () => {
    expect(text).not.toMatch(/\(\d{2,3}\)/);
    expect(sentences).toContain("He also rendered it secure for the time to come against such disasters, as far as could be effected by human foresight.");
  });

  it("has no note number in brackets left in its text", () => {
    expect(text).not.toMatch(/\[\d{3}\]/);
    expect(sentences.some((s) => s.startsWith("The office of Pontifex Maximus, of which he could not decently deprive Lepidus as long as he lived, he assumed"))).toBe(true);
  });

  it("opens no paragraph on a Roman section number, and classes no verse line as a heading", () => {
    expect(sentences.filter((s) => /^[IVXLC]+\.\s/.test(s))).toEqual([]);
    expect(sentences[0]).toBe("He twice entertained thoughts of restoring the republic; first, immediately after he had crushed Antony, remembering that he had often charged him with being the obstacle to its restoration.");
    expect(doc.chapters[0].paragraphs.filter((p) => p.kind === "heading")).toEqual([]);
  });
});

describe("the scanned pamphlet whose section title is also its running head (Marx)", () => {
  const doc = clean("pd-marx-manifesto-part1-scanned.txt");
  const ch = doc.chapters[0];

  it("is section I titled as printed, starting on page 11", () => {
    expect(doc.chapters).toHaveLength(1);
    expect(ch.number).toBe("1");
    expect(ch.title).toBe("Bourgeois and Proletarians");
    expect(ch.pages[0].page).toBe("11");
    expect(ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end))).not.toContain("I.");
  });

  it("reads its drop-capital opening in ordinary case", () => {
    expect(ch.sentences[0].text).toBe("The history of all hitherto existing societies is the history of class struggles.");
  });
});
