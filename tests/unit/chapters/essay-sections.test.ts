// Section numbers on lines of their own (lib/chapters/section-number-lines.ts) and a chapter heading
// that names its part beside its number (segment.ts): INVENTED text, then the essay rotated into
// training this session.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";

const para = (first: string) => `${first} The words of this paragraph run on for a while so that it reads as
prose, with a second line of text under the first one and a third below it.`;

const ESSAY = `CHAPTER I. INTRODUCTION

THE ROADS WE TAKE AND THE MAPS WE DRAW

${para("Every traveller carries a map in his head.")}

${para("The map is never the country itself.")}

2

${para("A second part of the essay begins here.")}

3

${para("A third part of the essay begins here.")}

4

${para("A fourth part of the essay begins here.")}
`;

describe("section numbers between paragraphs (invented text)", () => {
  const doc = cleanDocument(ESSAY);
  const ch = doc.chapters[0];

  it("reads numbers standing between finished paragraphs as section breaks, not pages", () => {
    expect(ch.pages).toEqual([]);
    expect(doc.layout.notes.some((n) => /section number\(s\) on lines of their own/.test(n))).toBe(true);
    expect(ch.sentences.some((s) => /^\d\b/.test(s.text))).toBe(false);
  });

  it("takes the title in capitals under 'CHAPTER I. INTRODUCTION' as the chapter's title", () => {
    expect(ch.title).toBe("The Roads We Take and the Maps We Draw");
    expect(ch.part).toBe("Introduction");
  });

  it("keeps page numbers that fall inside a paragraph as pages", () => {
    const paged = `CHAPTER I

THE ROADS

Every traveller carries a map in his head, and the map he carries
is never the country itself, though he may

2

take it for the country all his life. ${para("The second page goes on.")}

3

${para("The third page.")}

4

${para("The fourth page.")}
`;
    expect(cleanDocument(paged).chapters[0].pages.map((p) => p.page)).toEqual(expect.arrayContaining(["2", "3", "4"]));
  });
});

describe("the essay rotated into training (Lippmann)", () => {
  it("is titled by its own title, its section numbers no pages", () => {
    const name = "pd-lippmann-public-opinion-ch1.txt";
    const doc = cleanDocument(fixture(name), { filename: name });
    expect(doc.chapters[0].title).toBe("The World Outside and the Pictures in Our Heads");
    expect(doc.chapters[0].pages).toEqual([]);
  });
});
