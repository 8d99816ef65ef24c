// Larger fixtures from other books, periods and layouts: a Project Gutenberg text, an OCR'd history
// with marginal notes and endnotes, a Pandoc textbook, a Marker conversion and a modern essay.
import { describe, expect, it } from "vitest";
import { cleanDocument, type CleanChapter } from "@/lib/chapters";
import { fixture } from "./fixtures";

const find = (c: CleanChapter, start: string) => c.sentences.find((s) => s.text.startsWith(start));

describe("Project Gutenberg plain text (hard-wrapped, running heads, [Footnote n:] notes)", () => {
  const doc = cleanDocument(fixture("gutenberg-naturalist.txt"));
  const [ch3, ch4] = doc.chapters;

  it("drops the licence wrapper and reads chapters and numbers from CHAPTER III. headings", () => {
    expect(doc.title).toBe("Rivers and Their Work");
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["3", "Waterfalls and Gorges"], ["4", "Deltas and the Sea"]]);
    expect(doc.chapters.map((c) => c.text).join()).not.toMatch(/Gutenberg|gutenberg\.org|Updated editions/);
  });

  it.each([
    ["a word split across a page break and a running head", "would have taken some 35,000 years to excavate. Later surveys"],
    ["line-end hyphens inside a paragraph", "without suspecting its existence"],
    ["a compound number kept at a line end", "about three-quarters of a mile"],
    ["real hyphens kept", "Bettws-y-Coed"],
    ["underscored italics unwrapped", "The cañons of the Colorado"],
    ["an abbreviation that does not end the sentence", "Messrs. Humphreys and Abbot"],
  ])("repairs %s", (_label, expected) => {
    expect(`${ch3.text}\n${ch4.text}`).toContain(expected);
  });

  it("drops running heads, page numbers and illustrations, keeping their page numbers", () => {
    expect(ch3.text).not.toMatch(/RIVERS AND THEIR WORK|WATERFALLS AND GORGES|Illustration|FIG\. 12|^\s*\d+\s*$/m);
    expect(ch3.pages.map((p) => p.page)).toEqual(["41", "42", "43", "44"]);
    expect(find(ch3, "Later surveys")?.page).toBe("42");
    expect(find(ch3, "In some districts")?.page).toBe("43");
    expect(find(ch4, "The figure is no more")?.page).toBe("63");
  });

  it("turns [Footnote n: ...] blocks into footnotes cited by their [n] marker", () => {
    expect(ch3.footnotes.map((f) => f.number)).toEqual(["1", "2"]);
    expect(ch3.footnotes[0].text).toMatch(/^The limestone is the Niagara limestone .* pp\. 383-390\.$/);
    expect(ch3.sentences[ch3.footnotes[0].citedAt!.sentence].text).toMatch(/^Here the river, about three-quarters/);
    expect(ch3.text).not.toMatch(/\[\d\]/);
  });
});

describe("OCR'd history with marginal notes, superscript markers and a NOTES section", () => {
  const doc = cleanDocument(fixture("ocr-plague-endnotes.md"));
  const ch = doc.chapters[0];

  it("reads a spelled-out chapter number and the title below it", () => {
    expect(doc.chapters).toHaveLength(1);
    expect(ch).toMatchObject({ number: "4", title: "The Coming of the Plague" });
  });

  it("lifts marginal notes out of the sentences they cut through", () => {
    expect(ch.text).toContain("carried along the trade routes of the Mediterranean");
    expect(ch.text).toContain("which lives in wild rodents and is transmitted to men by the bites of their fleas");
    expect(ch.text).not.toContain("Routes of infection");
  });

  it("resolves ¹ ² ³ markers to the endnotes and keeps the notes out of the body", () => {
    expect(ch.footnotes.map((f) => f.id)).toEqual(["n1", "n2", "n3", "n4", "n5"]);
    expect(ch.text).not.toMatch(/NOTES|[¹²³⁴⁵]|Benedictow/);
    expect(find(ch, "The sailors, according to")?.footnoteRefs).toEqual(["n1"]);
    expect(ch.footnotes[3].text).toMatch(/^K\. I\. Bos et al\., "A draft genome/);
  });

  it("dates the text before a bare page-number footer and drops the running heads", () => {
    expect(ch.text).not.toContain("THE COMING OF THE PLAGUE");
    expect(find(ch, "In the autumn of 1347")?.page).toBe("67");
    expect(find(ch, "Contemporaries had no idea")?.page).toBe("68");
    expect(find(ch, "The economic consequences")?.page).toBe("69");
  });
});

describe("Pandoc Markdown textbook with named [^label] notes, lists, a table and a block quote", () => {
  const doc = cleanDocument(fixture("pandoc-genetics.md"));
  const ch = doc.chapters[0];

  it("takes the title from YAML and drops heading attributes", () => {
    expect(doc.title).toBe("Principles of Heredity");
    expect(ch).toMatchObject({ number: "5", title: "Mendelian Inheritance" });
  });

  it("links named notes, including a note continued in an indented paragraph", () => {
    expect(ch.footnotes.map((f) => f.id)).toEqual(["nmendel", "nrediscovery", "ncounts", "nsturtevant", "nmorgan"]);
    expect(ch.footnotes[1].text).toContain("Tschermak's claim is now usually regarded");
    expect(ch.text).not.toContain("Tschermak's claim");
    expect(find(ch, "In 1913 Alfred Sturtevant")?.footnoteRefs).toEqual(["nsturtevant"]);
  });

  it("renders Pandoc subscripts and dashes, and drops the table and its caption", () => {
    expect(ch.text).toContain("the F1 plants were allowed to self-pollinate");
    expect(ch.text).toContain("three botanists — Hugo de Vries");
    expect(ch.text).toContain("in 1902–1903 by Walter Sutton");
    expect(ch.text).not.toMatch(/\||Table 5\.1|~/);
  });

  it("makes each list item its own paragraph without its number, and keeps quotes and headings apart", () => {
    const items = ch.paragraphs.filter((p) => p.kind === "list").map((p) => ch.text.slice(p.start, p.end));
    expect(items).toEqual([
      "The individual is crossed with a homozygous recessive individual.",
      "If any offspring show the recessive phenotype, the individual must be heterozygous.",
      "If all offspring show the dominant phenotype, the individual is probably homozygous dominant.",
    ]);
    expect(ch.paragraphs.filter((p) => p.kind === "quote")).toHaveLength(1);
    expect(ch.paragraphs.some((p) => p.kind === "heading" && ch.text.slice(p.start, p.end) === "5.3 The law of segregation")).toBe(true);
  });
});

describe("Marker conversion (HTML spans, bold headings, running heads, [n] endnotes)", () => {
  const doc = cleanDocument(fixture("marker-economics.md"));
  const ch = doc.chapters[0];

  it("reads a bold number heading and its bold title as one chapter; bold sub-headings stay inside", () => {
    expect(doc.title).toBe("The Wealth of Cities");
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["2", "The Hanseatic League"]]);
    expect(ch.paragraphs.some((p) => p.kind === "heading" && ch.text.slice(p.start, p.end) === "The decline of the League")).toBe(true);
  });

  it("strips HTML and resolves [n] markers to the Notes", () => {
    expect(ch.text).toContain("The Diet (Hansetag), the assembly of delegates");
    expect(ch.footnotes.map((f) => [f.id, f.citedAt !== null])).toEqual([["n1", true], ["n2", true], ["n3", true]]);
    expect(find(ch, "By the Peace of Stralsund")?.footnoteRefs).toEqual(["n3"]);
  });

  it("takes pages from running heads that carry numbers", () => {
    expect(ch.text).not.toMatch(/THE WEALTH OF CITIES|HANSEATIC LEAGUE 19/);
    expect(find(ch, "The Diet (Hansetag)")?.page).toBe("18");
    expect(find(ch, "By the seventeenth century")?.page).toBe("19");
  });
});

describe("a modern essay without any layout", () => {
  const raw = fixture("modern-essay-sleep.md");
  const doc = cleanDocument(raw);
  const ch = doc.chapters[0];

  it("passes through untouched apart from sentence splitting", () => {
    expect(ch.title).toBe("Why We Sleep Less Than We Think");
    expect(ch.text).toBe(raw.split("\n").slice(2).join("\n").trim());
    expect(ch.footnotes).toEqual([]);
    expect(ch.pages).toEqual([]);
    expect(doc.layout).toMatchObject({ hasFootnoteBlocks: false, hasEndnotes: false, hasRunningHeads: false, hasPageNumbers: false, hyphenationRepairs: 0 });
  });

  it.each([
    "If we lie awake for twenty minutes before dropping off, or wake briefly at 3 a.m. and lie thinking about the day ahead, those minutes are easy to forget.",
    'Dr. Kristen Knutson, who has studied the question for many years, puts it simply: "Time in bed is not time asleep."',
    "Perhaps most striking is that the volunteers themselves often say they feel fine... even as their scores get steadily worse.",
    "In the U.S., the Centers for Disease Control and Prevention estimate that roughly one third of adults report sleeping less than seven hours on a typical night.",
    "When schools in Seattle moved their start time from 7:50 a.m. to 8:45 a.m. in 2016, students slept on average 34 minutes longer, and their grades and attendance improved.",
  ])("keeps one sentence: %s", (sentence) => {
    expect(ch.sentences.map((s) => s.text)).toContain(sentence);
  });
});
