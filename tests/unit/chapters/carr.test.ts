// The user's sample: an OCR'd history chapter with <sup> markers, footnote blocks at page breaks,
// a footnote continuation merged into the next page's body, and a mis-OCR'd chapter number.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";

const doc = cleanDocument(fixture("carr-ch11.md"), { filename: "carr-ch11.md" });
const ch = doc.chapters[0];
const sentence = (start: string) => ch.sentences.find((s) => s.text.startsWith(start));

describe("cleanDocument on the Carr chapter", () => {
  it("finds one chapter and fixes its number from the table of contents", () => {
    expect(doc.chapters).toHaveLength(1);
    expect(ch).toMatchObject({ number: "11", title: "Lessons of October" });
    expect(doc.layout.notes.join("\n")).toContain("corrected to 11");
  });

  it("leaves no markup or footnote text in the body", () => {
    expect(ch.text).not.toMatch(/<sup>|<\/?i>|\*|\u0001|\u0003/);
    expect(ch.text).not.toContain("Sobranie Zakonov");
    expect(ch.text).not.toContain("pp. 306-309");
    expect(ch.text).not.toMatch(/^\s*(PART|CONTENTS|PREFACE)/m);
  });

  it("returns the footnote continuation that leaked into the next page to its footnote", () => {
    expect(sentence("The motives of")?.text).toBe("The motives of this deliberately provocative gesture are difficult to assess.");
    const fn = ch.footnotes.find((f) => f.id === "p3-n4")!;
    expect(fn.text).toMatch(/^Leningradskaya Pravda, August 1, 1924\./);
    expect(fn.text).toContain("Krasnaya Nov', No. 7, September 1925, pp. 306-309");
    expect(fn.text).toMatch(/art\. 651\)\.$/);
  });

  it("keeps the continuation with its footnote when OCR prints it at the top of the next page instead", () => {
    const raw = fixture("carr-ch11.md");
    const leak = raw.match(/ September 1925, pp\. 306-309.*?art\. 651\)\./s)![0];
    const moved = raw.replace(leak, "").replace("\n\nimmediately after Lenin's death", `\n\n${leak.trim()}\n\nimmediately after Lenin's death`);
    const c = cleanDocument(moved).chapters[0];
    expect(c.footnotes.find((f) => f.id === "p3-n4")?.text).toMatch(/Krasnaya Nov', No\. 7, September 1925, pp\. 306-309.*art\. 651\)\.$/);
    expect(c.text).not.toContain("306-309");
    expect(c.sentences.find((x) => x.text.startsWith("Petrograd"))?.text).toMatch(/^Petrograd had been renamed Leningrad immediately after Lenin's death;/);
    expect(c.sentences.find((x) => x.text.startsWith("The motives"))?.text).toBe("The motives of this deliberately provocative gesture are difficult to assess.");
  });

  it("rejoins a sentence broken by a page of footnotes and records the page of each sentence", () => {
    const s = sentence("Petrograd had been renamed Leningrad")!;
    expect(s.text).toBe("Petrograd had been renamed Leningrad immediately after Lenin's death; in May 1924, before the party congress, Simbirsk, Lenin's birth-place, was renamed Ulyanovsk.");
    expect(s.page).toBe("3");
    expect(s.footnoteRefs).toEqual(["p4-n1"]); // the marker sits on page 4
    expect(sentence("The conversion of Tsaritsyn")?.page).toBe("4");
    expect(sentence("In April Frunze")?.page).toBe("7");
    expect(ch.pages.map((p) => p.page)).toEqual(["3", "4", "5", "6", "7", "8"]);
  });

  it("separates every footnote with its page, number and the sentence that cites it", () => {
    expect(ch.footnotes).toHaveLength(25);
    const glazman = ch.footnotes.find((f) => f.id === "p7-n4")!;
    expect(glazman.text).toMatch(/^His suicide is referred to/);
    expect(ch.sentences[glazman.citedAt!.sentence].text).toMatch(/^In September Trotsky's private secretary Glazman/);
    expect(ch.footnotes.every((f) => f.citedAt !== null)).toBe(true);
  });

  it("keeps sentence offsets exact and splits around initials and abbreviations correctly", () => {
    for (const s of ch.sentences) expect(ch.text.slice(s.start, s.end)).toBe(s.text);
    expect(ch.sentences.some((s) => /^(H\.|Carr|Trotsky\.)$/.test(s.text))).toBe(false);
    expect(sentence("The Lenin mausoleum")?.text).toBe("The Lenin mausoleum containing Lenin's embalmed body was opened to visitors on August 1, 1924.");
  });
});
