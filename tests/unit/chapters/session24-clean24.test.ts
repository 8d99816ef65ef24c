// Session 24 (clean24): set 23's clean-up defects as general rules, on INVENTED text: statutes cited
// by the year of a reign, lettered note cues in brackets whose letters restart, head rules and
// direction lines of a scan, paragraph-opening words in capitals, spelled-out chapter ordinals, and
// the small ones (a page mark inside a word, "2d." opening a paragraph, a compass point ending a
// sentence, an OCR'd decimal point, a transcriber's correction).
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";

const split = (text: string) => splitSentences(text).map((s) => s.text);
const chapterOf = (text: string) => cleanDocument(text).chapters[0];

describe("a statute cited by the year of a reign is one sentence", () => {
  it.each([
    ["a chapter after the reign's numeral", "It was settled by statute 12 Abc. II. c. 4. that every town should keep a bell."],
    ["a numeral closed by a colon", "The custom is as old as the year 1300, 28 Abcd. III: there are rolls of that date."],
    ["two citations joined by and", "It is enacted by statute 20 Abc. II. st. 2. and 3 Bcd. I. c. 9. that no clerk shall sit."],
    ["two years of one reign", "The rule stood until 3 & 4 Abc. IV. c. 15. repealed it."],
  ])("%s", (_label, text) => {
    expect(split(text)).toEqual([text]);
  });

  it("still ends the sentence after the citation's last number before a capital", () => {
    expect(split("It was repealed by statute 12 Abc. II. c. 4. From then on no bell was rung.")).toEqual([
      "It was repealed by statute 12 Abc. II. c. 4.",
      "From then on no bell was rung.",
    ]);
  });

  it("does not run on a short word after a year of four figures or the pronoun I", () => {
    expect(split("They came in 1850 Abc. II went home.")).toEqual(["They came in 1850 Abc.", "II went home."]);
    expect(split("He paid 12 Abc. I went home.")).toEqual(["He paid 12 Abc.", "I went home."]);
  });
});

describe("lettered note cues in brackets", () => {
  const text = [
    "CHAPTER IV.",
    "",
    "THE HARBOUR DUES.",
    "",
    "The dues were first laid on the herring boats[a]. They were paid at the",
    "quay in silver[b]: and the clerk kept a roll of them.",
    "",
    "[Footnote a: Roll of the town, 12.]",
    "",
    "[Footnote b: The silver was weighed.]",
    "",
    "Later the dues were farmed out to a _collector of the port_[c], who paid",
    "the town a fixed sum.",
    "",
    "[Footnote c: Book of the port, 4.]",
    "",
    "A second farmer, named in the town's book[a], raised the dues twice.",
    "",
    "[Footnote a: Book of the port, 9.]",
  ].join("\n");

  it("takes the cues out of the sentences and ties each note to its sentence, by order when letters restart", () => {
    const ch = chapterOf(text);
    expect(ch.text).not.toMatch(/\[[a-z]\]/);
    const byText = (t: string) => ch.sentences.find((s) => s.text.startsWith(t))!;
    const cited = (t: string) => ch.footnotes.filter((n) => n.citedAt?.sentence === byText(t).id).map((n) => n.text);
    expect(cited("The dues were first")).toEqual(["Roll of the town, 12."]);
    expect(cited("They were paid")).toEqual(["The silver was weighed."]);
    expect(cited("A second farmer")).toEqual(["Book of the port, 9."]);
    expect(ch.footnotes.every((n) => n.citedAt)).toBe(true);
  });

  it("drops the underscores of an italic the cue follows", () => {
    const ch = chapterOf(text);
    expect(ch.sentences.some((s) => s.text === "Later the dues were farmed out to a collector of the port, who paid the town a fixed sum.")).toBe(true);
  });

  it("leaves a bracketed letter alone in a file whose notes are not lettered", () => {
    const ch = chapterOf("CHAPTER IV.\n\nTHE SUMS.\n\nThe value x[a] is taken from the table. It is small.\n");
    expect(ch.text).toContain("x[a]");
  });
});

describe("a scan's head rules and direction line", () => {
  const RULE = "_".repeat(56);
  const page = (folio: number, head: string, body: string[], rule = RULE) => [`${folio}         ${head}`, rule, "", ...body].join("\n");
  const scan = [
    "                        SECTION IV.",
    "",
    "",
    "THE tide rises twice a day in every harbour on this coast, and",
    "the height of it depends on the moon and on the shape of the",
    "bay, which narrows towards the quay where the boats lie up.",
    "",
    "                          41",
    page(42, "A BOOK OF THE TIDES.", [
      "   The keepers of the harbour measure the tide on a post set",
      "in the mud, and write the height in a book kept for the pur-",
      "",
      "TIDE BK.                                              D",
    ]),
    page(43, "A BOOK OF THE TIDES.", [
      "pose. They say that the spring tides come two days after the",
      "full moon, and that the lowest tides fall in the spring.",
      "",
      "   A strong wind from the sea holds the water in the bay, so",
      "that the tide stands higher than the book would lead one to",
      "expect, and the boats float an hour longer.",
    ], "________________________________________ _______________"),
    page(44, "A BOOK OF THE TIDES.", [
      "   The keepers also note the time of each high water, which",
      "comes later by nearly an hour each day.",
    ]),
  ].join("\n");

  it("drops each rule under a running head, never a heading or a side-note", () => {
    const doc = cleanDocument(scan);
    const ch = doc.chapters[0];
    expect(ch.paragraphs.some((p) => /_/.test(ch.text.slice(p.start, p.end)))).toBe(false);
    expect(doc.layout.notes.some((n) => /marginal note/.test(n))).toBe(false);
    expect(doc.layout.notes).toContain("3 head rule(s) (a row of underscores under a page's running head) dropped as page furniture");
  });

  it("drops the direction line at a page foot and joins the word it cut", () => {
    const ch = cleanDocument(scan).chapters[0];
    expect(ch.text).not.toMatch(/TIDE BK|\bD pose/);
    expect(ch.sentences.map((s) => s.text)).toContain("The keepers of the harbour measure the tide on a post set in the mud, and write the height in a book kept for the purpose.");
  });
});

describe("a paragraph's opening word in capitals where every paragraph opens so", () => {
  const text = [
    "CHAPTER THE FOURTH.",
    "",
    "OF THE HARBOUR DUES.",
    "",
    "WE are next to consider the dues paid at the harbour. They are old.",
    "",
    "THE first of them is the anchorage, paid by every ship that lies in the bay.",
    "",
    "IN the second place comes the quayage, paid on goods set down at the quay.",
    "",
    "THE third is the light due, which keeps the lamp on the point.",
    "",
    "AS to the fourth, it is paid only by ships from abroad.",
    "",
    "THE last is the toll on the bridge, which the town keeps in repair.",
  ].join("\n");

  it("writes THE in sentence case as it does the other openings, though a heading has it in capitals", () => {
    const ch = chapterOf(text);
    const openings = ch.paragraphs.filter((p) => p.kind === "body").map((p) => ch.text.slice(p.start, p.end).split(" ")[0]);
    expect(openings).toEqual(["We", "The", "In", "The", "As", "The"]);
  });
});

describe("a chapter heading with its number spelled out, and a section's label", () => {
  it("reads CHAPTER THE FOURTH as chapter 4, its title from the next line", () => {
    const doc = cleanDocument("CHAPTER THE FOURTH.\n\nOF THE HARBOUR DUES.\n\nThe dues are old. They were paid in silver at the quay.\n");
    expect(doc.chapters.map((c) => [c.number, c.title])).toEqual([["4", "Of the Harbour Dues"]]);
    expect(doc.chapters[0].paragraphs.some((p) => p.kind === "heading")).toBe(false);
  });

  it("numbers a text headed SECTION IV. alone", () => {
    const doc = cleanDocument("                SECTION IV.\n\n\nThe tide rises twice a day in every harbour on this coast. It is measured on a post.\n\nThe keepers write the height in a book.\n");
    expect(doc.chapters.map((c) => c.number)).toEqual(["4"]);
  });
});

describe("the small ones", () => {
  it("joins a word a page mark sits inside, not two words the mark sits between", () => {
    const ch = chapterOf("CHAPTER IV. The Quay\n\nIt was, as the clerk had pre{31} dicted, a poor year. The boats came in{32} late and the sea at{33} the point was high.\n");
    expect(ch.text).toContain("as the clerk had predicted, a poor year");
    expect(ch.text).toContain("came in late and the sea at the point");
  });

  it("keeps an ordinal that opens a paragraph's point in its sentence", () => {
    expect(split("2d. The keeper's right to the dues comes from the charter. It is old.")).toEqual(["2d. The keeper's right to the dues comes from the charter.", "It is old."]);
  });

  it("ends a sentence after a compass point when the article A opens the next", () => {
    expect(split("The vane turns from N. to N.E. and E. A wind from the south turns it back. So it goes.")).toEqual([
      "The vane turns from N. to N.E. and E.",
      "A wind from the south turns it back.",
      "So it goes.",
    ]);
    expect(split("He wrote to J. A. Smith and E. A. Brown.")).toEqual(["He wrote to J. A. Smith and E. A. Brown."]);
  });

  it("keeps a chapter's summary of topics out though a topic has a title of address with its stop", () => {
    const text = [
      "CHAPTER IV. _The Harbour_",
      "",
      "THE QUAY--THE BOATS AND THEIR OWNERS--MR. GRAY AND HIS TWO SONS--THE DUES",
      "PAID AT THE QUAY EVERY YEAR BY THE OWNERS OF THE SMALLEST BOATS--A STORM.",
      "",
      "The quay was old and the boats lay up against it in rows. The owners paid the dues.",
    ].join("\n");
    const ch = chapterOf(text);
    expect(ch.text.startsWith("The quay was old")).toBe(true);
  });
});

describe("a transcriber's one-word correction", () => {
  it("puts the corrected word in place of the misprint before it", () => {
    const ch = chapterOf("CHAPTER IV. The Quay\n\nThe keepers chose to wait, rathre\n[Transcriber's Note: rather] than go out in the storm. They were right.\n");
    expect(ch.sentences[0].text).toBe("The keepers chose to wait, rather than go out in the storm.");
  });

  it("leaves the text as it is when the note is no near form of the word before it", () => {
    const ch = chapterOf("CHAPTER IV. The Quay\n\nThe keepers chose to wait [Transcriber's Note: sic] for the tide. They were right.\n");
    expect(ch.sentences[0].text).toBe("The keepers chose to wait for the tide.");
  });
});

describe("the divisions a chapter's plan announces", () => {
  const long = (s: string) => `${s} ${"The keepers of the quay have kept a roll of the dues for many years, and the town reads it each spring. ".repeat(2)}`;
  const text = [
    "CHAPTER IV. The Harbour",
    "",
    long("THE harbour is old. I shall consider, first, the dues paid at it: secondly, the keepers: thirdly, the boats."),
    "",
    long("I. AS to the dues paid at the harbour. They are paid in silver."),
    "",
    long("THE first due is the anchorage."),
    "",
    long("II. THE keepers are chosen by the town."),
    "",
    long("THEY serve for a year."),
    "",
    long("III. THE boats are of two kinds."),
  ].join("\n");

  it("keeps each numeral as its division's heading, with a run-in \"As to\" phrase, not dropped", () => {
    const ch = chapterOf(text);
    const heads = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));
    expect(heads).toEqual(["I. As to the dues paid at the harbour", "II.", "III."]);
    expect(ch.sentences.some((s) => /^As to/.test(s.text))).toBe(false);
  });

  it("still drops the numbers of a run of numbered sections with no plan announced", () => {
    const ch = chapterOf(text.replace("I shall consider, first, the dues paid at it: secondly, the keepers: thirdly, the boats.", "It is kept well."));
    expect(ch.paragraphs.filter((p) => p.kind === "heading")).toEqual([]);
  });
});
