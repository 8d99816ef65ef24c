// Session 27 (clean27): set 26's clean-up defects as general rules, on INVENTED text: a scan's
// footnote rule read as dashes, end-notes, titles and quotations.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { readDashRuleNotes } from "@/lib/chapters/dash-rule-notes";
import { splitSentences } from "@/lib/chapters/sentences";

const page = (n: number, head: string, lines: string[]) => [`\f                   ${head}`, `                                                        ${n}`, "", ...lines];

// Three scanned pages: a note cued on the first runs over to the foot of the second.
const scan = [
  "                   THE ORDER OF GARDENS",
  "                                                        11",
  "",
  "     THE gardener who plants a hedge thinks first of the",
  "wind, and only afterwards of the view; the view is a",
  "pleasure, the wind a danger to every young plant.¹",
  "     In the second place, a hedge is not only a shelter.",
  "It marks the bounds of a property and keeps the cattle",
  "of the neighbours from the beds; its roots, however, are",
  "",
  "——————",
  "  1 A careful grower, indeed, will plant the hedge a full",
  "year before the beds, so that the young shoots may have",
  "some cover in their first winter, and he will choose for it",
  ...page(12, "THE ORDER OF GARDENS", [
    "greedy and take the water from the nearest rows. But",
    "this is a small price for the shelter it gives, and a wise",
    "gardener pays it gladly every dry summer.",
    "     The true measure of a garden, then, is the care its",
    "owner gives to the soil; many a grand design fails for want",
    "of it, and a small plot may prosper on",
    "",
    "——————",
    "the plants that grow wild in the same country, which know",
    "its weather better than any gardener does.",
  ]),
  ...page(13, "THE ORDER OF GARDENS", [
    "nothing but patience and a little manure each autumn.",
    "",
  ]),
].join("\n");

describe("a footnote rule read as a row of dashes at a scanned page's foot", () => {
  const doc = cleanDocument(scan, { filename: "invented-garden-scanned.txt" });
  const ch = doc.chapters[0];
  const body = ch.paragraphs.map((p) => ch.text.slice(p.start, p.end));

  it("files the note under the rule as a footnote cited at its superior figure", () => {
    expect(ch.footnotes).toHaveLength(1);
    expect(ch.footnotes[0].text).toMatch(/^A careful grower, indeed,/);
    const cite = ch.sentences.find((s) => s.footnoteRefs.length);
    expect(cite?.text).toMatch(/young plant\.$/);
    expect(body.join(" ")).not.toMatch(/——|careful grower/);
  });

  it("moves the note's rest at the next page's foot back to the note", () => {
    expect(ch.footnotes[0].text).toMatch(/choose for it the plants that grow wild .* than any gardener does\.$/);
    expect(body.join(" ")).not.toMatch(/grow wild/);
  });

  it("keeps the paragraphs running over both page turns whole", () => {
    expect(body.some((p) => /its roots, however, are greedy and take the water/.test(p))).toBe(true);
    expect(body.some((p) => /may prosper on nothing but patience/.test(p))).toBe(true);
    expect(ch.sentences.some((s) => /^nothing/.test(s.text))).toBe(false);
  });

  it("leaves a row of dashes alone where no figure on its page cites the number under it", () => {
    const text = ["A line of the text ends here.", "", "——————", "1 A list that follows a rule.", "\fNEXT PAGE   2"].join("\n");
    expect(readDashRuleNotes(text).count).toBe(0);
  });
});

// A scanned chapter of numbered sections, each under a title line and opening in small capitals.
const sections = [
  "                   THE ORDER OF GARDENS",
  "                                                        21",
  "",
  "             The soil and its uses.",
  "",
  "     § 4. WE have now seen how a garden is laid out, and",
  "must turn to the soil itself. A garden is only as good as",
  "the ground under it, and the ground must be fed. Some",
  "soils are heavy and hold the water too long, and others",
  "are light and let it run away before the roots can drink.",
  "     Every soil has its own needs, and a wise gardener",
  "learns them before he plants anything in it at all.",
  "",
  "               The water of the garden: its",
  "           sources and its uses.",
  "",
  "     § 5. THE water a garden needs comes from the sky",
  "for the most part, but the gardener cannot trust the sky.",
  "He keeps a cistern, and the cistern is filled each winter.",
  "In a dry summer the cistern is his only friend, and he",
  "draws from it sparingly, a can at a time, in the evening.",
  "",
  "             The hedge and the wall.",
  "",
  "     § 6. WE come last to the bounds of the garden, which",
  "are either planted or built, and each has its uses. A",
  "wall is dear to build but lasts for ever, while a hedge",
  "is cheap to plant but must be cut, as we shall see, by hand.",
  "",
].join("\n");

describe("section titles over paragraphs opened by a section sign, in a scan", () => {
  const doc = cleanDocument(sections, { filename: "invented-sections-scanned.txt" });
  const ch = doc.chapters[0];
  const heads = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));

  it("sets the titles apart as headings, not sentences", () => {
    expect(heads).toEqual(["The soil and its uses", "The water of the garden: its sources and its uses", "The hedge and the wall"]);
    expect(ch.sentences.some((s) => /^The soil and its uses|^The hedge and the wall/.test(s.text))).toBe(false);
  });

  it("writes each section's small-capital first word in ordinary case, though the book opens sections so more than once", () => {
    const openings = ch.sentences.filter((s) => /^(?:We have now|We come last|The water a garden)/i.test(s.text)).map((s) => s.text.split(" ")[0]);
    expect(openings).toEqual(["We", "The", "We"]);
  });

  it("leaves a single short line over a section sign alone", () => {
    const one = sections.split("\n").slice(0, 22).join("\n").replace("The water of the garden: its", "").replace("sources and its uses.", "");
    const d = cleanDocument(one.replace("             The soil and its uses.\n", ""), { filename: "invented-one-title.txt" });
    expect(d.chapters[0].paragraphs.filter((p) => p.kind === "heading")).toHaveLength(0);
  });
});

describe("sentences at an enumeration's first label and after a name's numeral", () => {
  const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
  const longItem = "The mill could grind no grain for sale, except by leave of the guild, which met every quarter in the market hall and heard the millers, the bakers, the carters and the farmers of every parish in the valley, each in turn and each at length, before it gave or refused its leave for another year of grinding, and that leave was written in the great book of the hall, where any man could read it, and where the fees paid for it were written beside it, so that no miller could say that he had not been told the terms of his trade, nor that another had been given better ones.";

  it("keeps an item's first label with its item after an announcing stop and a dash, however long the item", () => {
    const text = `The limits upon the millers were three in number.—1. ${longItem} 2. The miller must keep true weights. 3. The miller must grind in turn.`;
    const out = sentences(text);
    expect(out[0]).toBe("The limits upon the millers were three in number.");
    expect(out[1].startsWith("1. The mill could grind")).toBe(true);
    expect(out[2]).toBe("2. The miller must keep true weights.");
  });

  it("does not end a sentence at a name's numeral before a date in brackets the sentence goes on after", () => {
    const out = sentences("The charter was granted in the third year of Robert III. (1393), which is the date the abbey gives. It was confirmed later.");
    expect(out).toEqual(["The charter was granted in the third year of Robert III. (1393), which is the date the abbey gives.", "It was confirmed later."]);
  });

  it("still opens a sentence on bracketed numbers after a full stop", () => {
    const out = sentences("Write the reaction. (3), (4), (5), are tests for this salt.");
    expect(out).toHaveLength(2);
  });
});

// A plain e-text chapter: a summary of topics set in under the heading, a quotation set in after a colon.
const lead = "The harbour was built in the reign of the old queen, and its walls have stood against every storm since that day, though the sea has tried them hard in many a winter and the townsmen have mended them many times.";
const etext = [
  "CHAPTER IX.", "", "THE HARBOUR WALLS.", "", "",
  "     Building of the Mole--The Great Storm--Repairs by the Town--How the",
  "     Walls were Tested--Can they Stand?--The Engineer's Report--The New",
  "     Lighthouse--Conclusion.",
  "",
  ...Array.from({ length: 3 }, () => [lead.replace(/(.{60,70}) /g, "$1\n"), ""]).flat(),
  "The engineer who came to see them in the last year wrote a report, and we",
  "cannot resist giving the words in which he closed it:--",
  "",
  "     \"Gentlemen of the Harbour Board,--I have walked the length of your",
  "     walls at low water and at high, and I find them sound in every part",
  "     that the sea can reach. The stones are worn, but not one of them has",
  "     moved, and I see no reason why they should not stand for a century.\"",
  "",
  lead.replace(/(.{60,70}) /g, "$1\n"),
  "",
].join("\n");

describe("a set-in summary under the heading and a set-in quotation after a colon", () => {
  const doc = cleanDocument(etext, { filename: "invented-harbour.txt" });
  const ch = doc.chapters[0];
  const paras = ch.paragraphs.map((p) => ({ kind: p.kind, text: ch.text.slice(p.start, p.end) }));

  it("keeps the topics joined by dashes out of the text, not as a quotation", () => {
    expect(paras.some((p) => /Building of the Mole/.test(p.text))).toBe(false);
    expect(ch.sentences.some((s) => /Great Storm/.test(s.text))).toBe(false);
  });

  it("keeps the quotation after the colon as a quotation of its own, not run into the paragraph leading in", () => {
    const lead = paras.find((p) => /cannot resist giving the words/.test(p.text));
    expect(lead?.text).toMatch(/closed it:—$/);
    expect(paras.find((p) => /Gentlemen of the Harbour Board/.test(p.text))?.kind).toBe("quote");
  });
});

// Two chapters of an e-text whose notes are all gathered after the second, numbered on through both.
const gathered = [
  "CHAPTER I.", "", "THE FIRST MILLS.", "",
  "The first mills of the valley were driven by the stream that runs past the church.[4] They ground",
  "the grain of six parishes, and the miller took a sixteenth part of it for his pains.", "",
  "In a dry summer the wheel stood still for weeks, and the farmers carried their grain over the",
  "hill to the town, where the mill was driven by horses.[5] That journey took a whole day.", "",
  "CHAPTER II.", "", "THE WINDMILLS.", "",
  "The windmills came later, when the stream had been led away to the new canal.[6] They stood on",
  "the ridge above the village, where the wind never failed, and ground in every season.", "",
  "Each windmill had its own name, and the names are still used for the fields around them, though",
  "the last of the mills fell down a hundred years ago and its stones were used for the barn.", "",
  "FOOTNOTES:", "",
  "[4] The church was rebuilt in the same year, and the mill with it.", "",
  "[5] The horse mill stood in the market square until the great fire.", "",
  "[6] The canal was dug by the abbey's tenants over three winters.", "",
].join("\n");

describe("notes of two chapters gathered after the second", () => {
  const doc = cleanDocument(gathered, { filename: "invented-mills.txt" });
  const [first, second] = doc.chapters;

  it("files each note with the chapter that cites it, cited at its sentence", () => {
    expect(first.footnotes.map((n) => n.number)).toEqual(["4", "5"]);
    expect(first.footnotes.every((n) => n.citedAt)).toBe(true);
    expect(second.footnotes.map((n) => n.number)).toEqual(["6"]);
    expect(second.footnotes[0].citedAt).toBeTruthy();
  });
});

describe("a part's label in italics over the part's title", () => {
  it("takes the part's title as the document's, without the label's markup", () => {
    const text = ["_PART IV._", "", "THE GROWTH OF THE TOWNS.", "", "", "", gathered].join("\n");
    expect(cleanDocument(text, { filename: "invented-part.txt" }).title).toBe("The Growth of the Towns");
  });
});

describe("an italic run-in head ending on words set in roman", () => {
  it("sets the head apart with its roman words, the paragraph opening on its first sentence", () => {
    const para = (head: string) => `${head}--The mill was the lord's, and every tenant ground his grain there and paid the fee the\nsteward set, whatever the harvest had been.`;
    const text = ["CHAPTER III.", "", "THE LORD'S MILL.", "", para("_The lord's right to the mill._"), "", para("_Of a tenant holding_ per se."), ""].join("\n");
    const ch = cleanDocument(text, { filename: "invented-mill-heads.txt" }).chapters[0];
    const heads = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));
    expect(heads).toContain("Of a tenant holding per se");
    expect(ch.sentences.every((s) => s.text.startsWith("The mill was"))).toBe(true);
  });
});
