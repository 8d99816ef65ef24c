// The second-wave clean-up review mended (session 18, fixcf). All on INVENTED text.
import { describe, expect, it } from "vitest";
import { lowerOpeningCapitals } from "@/lib/chapters/opening";
import type { CleanChapter } from "@/lib/chapters/types";

// A chapter of n paragraphs, each one sentence, each opening in capitals; `text` counts its writes.
function chapterOf(paras: string[]) {
  let text = paras.join("\n\n");
  let writes = 0;
  let at = 0;
  const paragraphs: CleanChapter["paragraphs"] = [];
  const sentences: CleanChapter["sentences"] = [];
  paras.forEach((p, i) => {
    paragraphs.push({ id: i, start: at, end: at + p.length, page: null, kind: "body" });
    sentences.push({ id: i, text: p, start: at, end: at + p.length, paragraph: i, page: null, footnoteRefs: [] });
    at += p.length + 2;
  });
  const chapter = { index: 0, number: null, title: "T", paragraphs, sentences, footnotes: [], pages: [] } as unknown as CleanChapter;
  Object.defineProperty(chapter, "text", { get: () => text, set: (v: string) => { writes++; text = v; }, enumerable: true });
  return { chapter, writes: () => writes };
}

describe("clause openings in capitals on a long statute (review 3)", () => {
  it("are rewritten with the chapter's text built once, not once per clause", () => {
    const paras = Array.from({ length: 400 }, (_, i) => `NO PORTER shall open gate ${i} before the bell of the morning.`);
    const { chapter, writes } = chapterOf(paras);
    expect(lowerOpeningCapitals(chapter)).toBe(true);
    expect(writes()).toBe(1);
    expect(chapter.sentences[0].text).toBe("No porter shall open gate 0 before the bell of the morning.");
    expect(chapter.sentences[399].text).toBe(chapter.text.slice(chapter.sentences[399].start, chapter.sentences[399].end));
    expect(chapter.sentences[399].text.startsWith("No porter")).toBe(true);
  });
  it("leave a glossary's headwords (a capitals word then a comma) in capitals", () => {
    const words = ["GADGET", "WIDGET", "SPROCKET", "FLANGE", "GASKET", "RATCHET"];
    const paras = words.map((w) => `${w}, a small part of a machine that is fitted by hand.`);
    const { chapter } = chapterOf(paras);
    lowerOpeningCapitals(chapter);
    // (The chapter's first word is still written in ordinary case by the older rule, as any opening.)
    expect(chapter.sentences.slice(1).map((s) => s.text.split(",")[0])).toEqual(words.slice(1));
  });
});
