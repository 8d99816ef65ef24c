// Session 19 (fixc19): the review of the clean-up change clean19, its findings mended. Invented texts only.
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";
import { repairLongS } from "@/lib/chapters/long-s";
import { unwrapScriptTags } from "@/lib/chapters/script-tags";

const chapter = (text: string) => cleanDocument(text).chapters[0];
const split = (text: string) => splitSentences(text).map((s) => s.text);

// Four flush paragraphs of two lines at least, so that a block set in can be read as a quotation.
const flush = [
  "The first travellers who wrote of the northern lakes described the people",
  "with more fancy than care, and their accounts must be read with caution.",
  "",
  "A later writer, who lived among the people for many years, gave a fuller",
  "and a more careful account of the same rite and of its meaning.",
  "",
  "The two accounts agree only in the drum and the rattle, and in the",
  "place where the rite was held, which was always near the water.",
  "",
];

describe("a block set in that goes on with the sentence before it", () => {
  it("is body text, its sentence whole, not a quotation", () => {
    const text = ["THE OLD TRAVELLERS.", "", ...flush,
      "The oldest of them wrote, in a passage often quoted, that",
      "",
      "  the healers of the villages were men of great craft who kept their",
      "  remedies secret from all but the sons they chose to follow them.",
      "",
    ].join("\n");
    const c = chapter(text);
    expect(c.paragraphs.some((p) => p.kind === "quote")).toBe(false);
    expect(c.sentences.map((s) => s.text)).toContain("The oldest of them wrote, in a passage often quoted, that the healers of the villages were men of great craft who kept their remedies secret from all but the sons they chose to follow them.");
  });

  it("runs a lead-in on into two lines of verse set in under it", () => {
    const text = ["THE OLD TRAVELLERS.", "", ...flush,
      "The valley where they camped was as quiet as the poet's country",
      "",
      "  Where never a bell was rung nor a horn was blown at morning,",
      "  And the only sound was the sound of the water on the stones.",
      "",
    ].join("\n");
    const c = chapter(text);
    expect(c.paragraphs.some((p) => p.kind === "quote")).toBe(false);
    expect(c.sentences.map((s) => s.text).some((t) => t.startsWith("The valley where they camped was as quiet as the poet's country Where never a bell"))).toBe(true);
  });

  it("still keeps a block led into by a colon as a quotation", () => {
    const text = ["THE OLD TRAVELLERS.", "", ...flush,
      "One of them wrote of the healers in these words:",
      "",
      "  When any Man falls sick, they send for one of these Doctors, who comes",
      "  with his Drum and his Rattle, and makes a great Noise over the Patient.",
      "",
    ].join("\n");
    expect(chapter(text).paragraphs.filter((p) => p.kind === "quote").length).toBe(1);
  });
});

// A column of prose: `n` lines of invented text.
const prose = (n: number, last = "and the work went on through the", first = "the keepers of the lock counted the barges in the evening and") =>
  [first, ...Array.from({ length: n - 2 }, (_, k) => `the keepers of the lock counted the barges in the ${k % 2 ? "morning" : "evening"} and`), last];

describe("column numbers", () => {
  it("leaves numbered stanzas of verse alone", () => {
    const stanza = (n: number) => [`    ${n}`, "Let the long lines run by the river,", "Let the mill wheel turn in the rain;", "Till the barges come home together,", "And the lock keeper sleeps again;"];
    const poem = ["THE LOCK.", "", ...stanza(1), "", ...stanza(2), "", ...stanza(3), "", ...stanza(4), ""].join("\n");
    const doc = cleanDocument(poem);
    expect(doc.layout.notes.some((n) => /column number/.test(n))).toBe(false);
    expect(doc.chapters[0].pages).toEqual([]);
  });

  it("leaves short numbered paragraphs alone, even where they cut a sentence", () => {
    const text = ["THE LOCK.", "", "    1", ...prose(3), "", "    2", ...prose(3), "", "    3", ...prose(3), ""].join("\n");
    expect(cleanDocument(text).layout.notes.some((n) => /column number/.test(n))).toBe(false);
  });

  it("leaves numbered sections alone when each stands between finished paragraphs, however long", () => {
    const section = (n: number) => [`    ${n}`, ...prose(16, "and so the season ended.", "The keepers of the lock counted the barges in the evening and"), ""];
    const doc = cleanDocument(["THE LOCK.", "", ...section(14), ...section(15), ...section(16), ...section(17)].join("\n"));
    expect(doc.layout.notes.some((n) => /column number/.test(n))).toBe(false);
    expect(doc.chapters[0].pages.map((p) => p.page)).not.toContain("15");
  });

  it("reads the columns' numbers past one stray centred number", () => {
    const column = (n: number) => [`    ${n}`, ...prose(16), ""];
    const text = ["THE LOCK.", "", ...column(41), "    7", "Table of tolls, the seventh.", "", ...column(42), ...column(43), ...column(44)].join("\n");
    const doc = cleanDocument(text);
    expect(doc.layout.notes).toContain("4 column number(s) over their columns' first lines read as page numbers");
    expect(doc.chapters[0].pages.map((p) => p.page)).toEqual(["41", "42", "43", "44"]);
  });
});

describe("the long s read as f, in a text that shows the pattern", () => {
  const old = [
    "The fociety met to confider the queftion of the roads, and it was faid that the members",
    "fhould fee the accounts fo that none might complain of the bufinefs. We see that so many",
    "consider it wise to look again at the whole matter, and the clerk fet the papers before",
    "them. The treafurer was afked to set a day for it. The land was held in fee fimple, and",
    "the new road would run through a wood of fir and pine, as Sir John had afked. Fay, the",
    "clerk's daughter, wrote the minutes, and we say no more of it.",
  ].join("\n");

  it("repairs the common words but leaves a noun set after an article or preposition, and a name", () => {
    const text = repairLongS(old).text;
    expect(text).toContain("the accounts so that none");
    expect(text).toContain("the clerk set the papers");
    expect(text).toContain("should fee the accounts"); // "fee" stands after "in" elsewhere: the word is never read as "see"
    expect(text).toContain("held in fee simple");
    expect(text).toContain("a wood of fir and pine");
    expect(text).toContain("Fay, the");
  });
});

describe("sentences", () => {
  it("ends a sentence after a place called Mons", () => {
    expect(split("The army fell back from Mons. The losses were heavy. British losses were heavier.")).toEqual(["The army fell back from Mons.", "The losses were heavy.", "British losses were heavier."]);
  });

  it("keeps a lone catalogue number with its item's words", () => {
    expect(split("No. 7. Minuet in G.")).toEqual(["No. 7. Minuet in G."]);
    expect(split("The last piece is lost. Op. 12. Rondo in A. It was never printed.")).toEqual(["The last piece is lost.", "Op. 12. Rondo in A.", "It was never printed."]);
  });

  it("runs a name's particle on, but not another letter named", () => {
    expect(split("The map was drawn by Graf v. Linden in the spring.")).toEqual(["The map was drawn by Graf v. Linden in the spring."]);
    expect(split("The old scribes wrote the sound with Greek e. Homer has it so.")).toEqual(["The old scribes wrote the sound with Greek e.", "Homer has it so."]);
  });
});

describe("a chapter's title set apart by blank lines", () => {
  it("reads a numeral and a title line over two blank lines as the chapter's number and title", () => {
    const doc = cleanDocument("III.\n\nThe Mill Pond\n\n\nThe pond behind the mill was dug by the first miller, and\nthe stream that fed it was turned from its bed to fill it.\n\nThe millers kept it clean every spring.\n");
    expect(doc.chapters[0].number).toBe("3");
    expect(doc.chapters[0].title).toBe("The Mill Pond");
    expect(doc.chapters[0].sentences[0].text).toMatch(/^The pond behind the mill/);
  });
});

describe("script tags", () => {
  it("leaves an empty tag and a tag over a line's end alone", () => {
    const text = "a [Greek: ] b [Greek:\npolis] c [Greek: polis\n] d";
    expect(unwrapScriptTags(text).text).toBe(text);
    expect(unwrapScriptTags("the [Greek: polis] was").text).toBe("the polis was");
  });
});

describe("a numbered list's item line (shared)", () => {
  it("reads numbers, Roman numerals and lettered items, not a name's initial", async () => {
    const { LIST_ITEM_LINE } = await import("@/lib/chapters/list-items");
    for (const l of ["   No. 1. Andante in D;", "Nos. 4. Largo", "2. The second rule", "  3rd. The third", "IV. The fourth", "XL. The fortieth", "(b) the third"]) expect(LIST_ITEM_LINE.test(l)).toBe(true);
    for (const l of ["C. Hale was then the clerk", "L. Brand spoke next", "The first rule"]) expect(LIST_ITEM_LINE.test(l)).toBe(false);
  });
});
