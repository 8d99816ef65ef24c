// Session 25 (clean25a): set 24's clean-up defects (part A) as general rules, on INVENTED text: body
// prose before the first chapter heading (an excerpt begun inside a chapter) kept and front matter's
// drop reported; a line quoted after a colon kept with its paragraph; marginal notes in title case.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const para = (...sentences: string[]) => sentences.join(" ").replace(/(.{1,68})(?:\s+|$)/g, "$1\n").trim();

// An excerpt that starts inside one chapter (a ceremony, then a speech in quotation marks) and crosses
// into the next.
const EXCERPT = [
  para(
    "When the new bridge was finished the valley paid for a supper in the square for the masons who had built it.",
    "The valley had long kept such suppers, and they were laid out in one way.",
    "Three days before it a tent is raised in the square, and every household brings bread to it.",
  ),
  para(
    '"Every reeve who has stood at this table has praised the supper itself, saying that builders deserve a good meal.',
    "For my part I think that a bridge which stands is praise enough, and that speeches add little to it.",
  ),
  para(
    '"Let me start with the elders: a day like this one should name them before anyone else.',
    "They kept the fords of the valley in their time and handed them down to us in good repair.",
  ),
  para('"The bread is eaten and the lamps are low, so go home."'),
  "",
  "",
  "CHAPTER IV",
  "",
  "_The Flood of the Next Year--The Mills Lost_",
  "",
  para(
    "That supper was the last event of the bridge's first year in the valley records.",
    "In the first days of the next winter the river rose higher than anyone living could remember.",
  ),
  para(
    "The mills below the bridge were carried away one after another, and the millers took refuge on the hill.",
    "Nobody could say afterwards how long the water had stood in the lower town.",
  ),
].join("\n\n");

const TITLE_PAGE = [
  "THE RIVER MILLS",
  "A HISTORY OF A VALLEY",
  "BY A. B. WRITER",
  "LONDON: PRINTED FOR THE AUTHOR, 1899",
  "CONTENTS.",
  "     I. THE BRIDGE .................... 1\n    II. THE FLOOD ..................... 23",
  "CHAPTER I",
  "THE BRIDGE",
  para(
    "The bridge over the river was begun in the spring, when the water was low and the carts could cross the ford.",
    "The masons came from the hill towns and lodged with the millers.",
  ),
  para(
    "By the autumn two of the three arches were closed, and the third was finished before the first frost.",
    "The people of the valley counted the days until the road was open.",
  ),
].join("\n\n");

describe("body prose before the first chapter heading", () => {
  it("is kept as an untitled opening section when the text begins inside a chapter", () => {
    const doc = cleanDocument(EXCERPT);
    expect(doc.chapters.map((c) => c.number)).toEqual([null, "4"]);
    const [lead, next] = doc.chapters;
    expect(lead.title).toBe("Before Chapter 4");
    expect(lead.paragraphs).toHaveLength(4);
    expect(lead.sentences[0].text).toMatch(/^When the new bridge was finished/);
    expect(lead.sentences.at(-1)!.text).toBe('"The bread is eaten and the lamps are low, so go home."');
    expect(next.sentences[0].text).toMatch(/^That supper was the last event/);
    // The document keeps the title it had: the headed chapter's, not the opening section's.
    expect(doc.title).toBe(next.title);
    expect(doc.layout.notes.join("\n")).toMatch(/4 block\(s\) \(\d+ characters\) of prose before the first chapter heading kept/);
  });

  it("drops a title page and a contents list as before, and says so in the layout notes", () => {
    const doc = cleanDocument(TITLE_PAGE);
    expect(doc.chapters.map((c) => c.number)).toEqual(["1"]);
    expect(doc.chapters[0].sentences[0].text).toMatch(/^The bridge over the river/);
    const note = doc.layout.notes.find((n) => n.includes("before the first chapter heading dropped as front matter"));
    expect(note).toMatch(/^6 block\(s\) \(\d+ characters\)/);
    expect(note).toMatch(/title or heading line/);
    expect(note).toMatch(/"CONTENTS\."/);
  });

  it("drops a preface under its heading, however long its paragraphs", () => {
    const preface = ["PREFACE", EXCERPT.split("\n\n").slice(0, 3).join("\n\n").replace(/"/g, ""), "CHAPTER I", "THE BRIDGE", TITLE_PAGE.split("\n\n").slice(-2).join("\n\n")].join("\n\n");
    const doc = cleanDocument(preface);
    expect(doc.chapters.map((c) => c.number)).toEqual(["1"]);
    expect(doc.layout.notes.join("\n")).toMatch(/4 block\(s\) .* dropped as front matter: .*"PREFACE"/);
  });

  it("drops a single short paragraph before the heading (too little to be an excerpt's opening)", () => {
    const text = ["This edition follows the text of the second printing, with its spelling.", TITLE_PAGE.split("\n\n").slice(-4).join("\n\n")].join("\n\n");
    const doc = cleanDocument(text);
    expect(doc.chapters.map((c) => c.number)).toEqual(["1"]);
    expect(doc.layout.notes.join("\n")).toMatch(/1 block\(s\) \(\d+ characters\) before the first chapter heading dropped/);
  });

  it("keeps the quoted speech's paragraphs whatever quotation marks open them", () => {
    const curly = EXCERPT.replace(/"(?=\S)/g, "“").replace(/(?<=\S)"/g, "”");
    const doc = cleanDocument(curly);
    expect(doc.chapters[0].paragraphs).toHaveLength(4);
  });
});

// A hard-wrapped e-text that prints its marginal notes as title-case lines of their own between
// paragraphs ("Mills What"), the chapter's heading one long line in capitals over the first of them.
const NOTES = ["Mills What", "Fords What", "Tolls What", "Bridges Kept By The Parish", "Millers Bound To Repair", "Tolls Not Due On Feast Days", "The Older Lease Of A Mill, Makes Voyd The Newer Lease Of The Same"];
const SENTENCES = [
  "A MILL, which the old books commonly call a grinding house, is the building in which the corn of the valley is ground into meal by the water of the river",
  "A FORD is a place where the river may be crossed on foot or with a cart when the water is low, and the bed of it firm enough to bear the wheels",
  "A TOLL is the small sum of money which the keeper of a bridge or a road may ask of every traveller who passes, for the upkeep of the way itself",
  "The bridges of the valley were kept by the parishes in which they stood, and every parish named two men each year to look to the arches and the road",
  "The millers were bound by their leases to repair the weirs and the banks above their mills, and a miller who failed in it lost his lease at the next term",
  "On the days of the great feasts no toll was asked of any man, for the bridges were then open to all who came to the market in the town below the hill",
  "A miller who had let his mill to one man could not let it again to another, for he had nothing left to let until the first lease ran out at its term",
];
const MARGINAL = [
  "CHAPTER IX. OF THE MILLS AND THE FORDS OF THE VALLEY, AND OF TOLLS",
  ...NOTES.flatMap((note, k) => ["", "", note, "", para(`${SENTENCES[k]}; and so it has been time out of mind, as the oldest men of the valley will tell any traveller who asks them.`, "Of this more is said in the chapters that follow, where the customs of each village are set down in their order.")]),
].join("\n");

describe("marginal notes printed as title-case lines between paragraphs", () => {
  it("keeps the first note under a heading in capitals as a heading, like the others", () => {
    const doc = cleanDocument(MARGINAL);
    const ch = doc.chapters[0];
    const heads = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));
    expect(heads.slice(0, 6)).toEqual(NOTES.slice(0, 6));
    expect(doc.layout.notes.join("\n")).not.toMatch(/marginal side-note/);
  });

  it("reads a note of eleven words or more in title case as a heading, not a sentence", () => {
    const ch = cleanDocument(MARGINAL).chapters[0];
    expect(ch.sentences.map((s) => s.text)).not.toContain(NOTES[6]);
    expect(ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end))).toContain(NOTES[6]);
  });

  it("keeps a long line of prose with small words in lower case as text", () => {
    const line = "Of the mills of the valley and of their tolls there is more to say than this";
    const text = MARGINAL.replace(NOTES[6], line);
    expect(cleanDocument(text).chapters[0].paragraphs.some((p) => p.kind === "heading" && p.end - p.start === line.length)).toBe(false);
  });
});

describe("a line quoted under a colon", () => {
  const lead = para(
    "The flood was long remembered in the valley, and the millers spoke of nothing else for a year.",
    "That winter the carters kept repeating a rhyme their grandmothers had taught them:",
  );
  const after = para("The millers argued for years about whether the rhyme meant the river or the rain.");
  const text = (quoted: string, before = lead) => ["CHAPTER II", "THE FLOOD", before, quoted, after].join("\n\n");
  const sentences = (t: string) => cleanDocument(t).chapters[0].sentences.map((s) => s.text);

  it("ends the sentence the colon opened, one paragraph with it", () => {
    const ss = sentences(text("   Grey water shall come and the wheels shall stand."));
    expect(ss).toContain("That winter the carters kept repeating a rhyme their grandmothers had taught them: Grey water shall come and the wheels shall stand.");
    expect(ss).not.toContain("Grey water shall come and the wheels shall stand.");
  });

  it("takes two lines of verse so too", () => {
    const ss = sentences(text("   Grey water shall come,\n   And the wheels shall stand."));
    expect(ss.some((s) => s.endsWith("had taught them: Grey water shall come, And the wheels shall stand."))).toBe(true);
  });

  it("leaves a line after a finished sentence, and an item of a list, as they were", () => {
    const finished = lead.replace(/:$/, ".");
    expect(sentences(text("   Grey water shall come and the wheels shall stand.", finished))).toContain("Grey water shall come and the wheels shall stand.");
    expect(sentences(text("   1. The wheels shall stand until the water falls."))).not.toContainEqual(expect.stringMatching(/them: 1\./));
  });
});

describe("a term set in capitals after a sentence's first word", () => {
  const body = [
    "CHAPTER III",
    "OF TOLLS",
    para("The RIGHT OF PASSAGE, which the old books commonly call the freedom of the ford, is the liberty each traveller hath to cross the river where he will."),
    para("By TOLL is understood the small sum of money which the keeper of a bridge may ask of every man that passes over it."),
    para("Every keeper of a bridge was bound to keep the RIGHT OF PASSAGE open on feast days, whatever the toll of the other days of the year."),
  ].join("\n\n");

  it("keeps its capitals, as a term opening the sentence does; inside the sentence it is recased as before", () => {
    const doc = cleanDocument(body);
    const ss = doc.chapters[0].sentences.map((s) => s.text);
    expect(ss[0]).toMatch(/^The RIGHT OF PASSAGE, which/);
    expect(ss[2]).toMatch(/keep the Right of Passage open/);
  });

  it("quotes in the layout note the phrase it recased, not a stock example", () => {
    const note = cleanDocument(body).layout.notes.find((n) => n.includes("set in capitals inside a sentence"));
    expect(note).toContain('"RIGHT OF PASSAGE" -> "Right of Passage"');
  });
});

describe("prose before the first of a Markdown document's section headings", () => {
  it("is kept under the heading over it, the document's title", () => {
    const text = [
      "# The River Mills",
      para("The mills of the valley were built in the years after the great flood, when the river had been tamed by the new weirs and the banks were raised."),
      para("Their story is told here in two parts: the building of the mills, and the quarrels over the water that followed it for a hundred years."),
      "## The Building",
      para("The first mill was built of stone from the hill quarries, and its wheel was cut from a single oak that grew by the ford."),
      "## The Quarrels",
      para("The millers quarrelled over the water from the first year, for the upper mills took more than their share in a dry summer."),
    ].join("\n\n");
    const doc = cleanDocument(text);
    expect(doc.chapters.map((c) => c.title)).toEqual(["The River Mills", "The Building", "The Quarrels"]);
    expect(doc.chapters[0].sentences[0].text).toMatch(/^The mills of the valley were built/);
  });
});
