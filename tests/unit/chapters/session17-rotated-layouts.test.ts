// Session 17 (cleanD): the rotated set's layouts as general rules of book typography. A dash set
// closed up at a line end; a long dash-joined contents summary under a chapter heading; a roman
// numeral and a capitals title on one line; "Note 1." paragraphs after the text citing them, and a
// bare note figure after a paragraph's stop; Windows-1252 quotes left as C1 controls; a page-foot
// note that runs over to the foot of the next page; short set-in paragraphs and a play's speaker
// lines; words OCR broke at a wide letter gap; an ordinal label line over a capitals title.
// Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { joinLines, wordStats } from "@/lib/chapters/hyphen";
import { summaryTopics } from "@/lib/chapters/summary";
import { joinSplitWords } from "@/lib/chapters/split-words";
import { repairC1Punctuation } from "@/lib/chapters/decode";
import type { Block } from "@/lib/chapters/blocks";

const sentencesOf = (text: string, filename = "harbour-notes.txt") => cleanDocument(text, { filename }).chapters.flatMap((c) => c.sentences.map((s) => s.text));

describe("a dash set closed up at a line's end", () => {
  const stats = () => wordStats("");
  it("joins the next line with no space, as the dashes within lines are set", () => {
    expect(joinLines(["The keeper rowed to the harbour--", "the pilot had gone ashore."], stats())).toBe("The keeper rowed to the harbour--the pilot had gone ashore.");
    expect(joinLines(["The keeper rowed to the harbour—", "the pilot had gone ashore."], stats())).toBe("The keeper rowed to the harbour—the pilot had gone ashore.");
    expect(sentencesOf("The keeper rowed to the harbour--\nthe pilot had gone ashore.\n")).toEqual(["The keeper rowed to the harbour—the pilot had gone ashore."]);
  });
  it("keeps the space after a dash set apart from its word, or one ending a line of its own", () => {
    expect(joinLines(["The keeper rowed to the harbour --", "the pilot had gone ashore."], stats())).toBe("The keeper rowed to the harbour -- the pilot had gone ashore.");
    expect(joinLines(["A list of tolls ---", "then the ferries."], stats())).toBe("A list of tolls --- then the ferries.");
  });
});

describe("a long contents summary of topics between dashes under a chapter heading", () => {
  const topics = ["Leaving the Harbour in Spring, 1840, on the longest Voyage of the Fleet", "Companions", "Provisions", "Divisions of the Coast", "The Northern, Middle, and Southern Reaches", "The Salt Marshes", "Their Birds", "Value of the Marshes for Grazing", "Our Course", "Fishermen of the Coast", "Their Customs", "Barren Look of the Headlands", "Failure of the Pasture", "Replaced by Reeds", "Willows", "Herons", "The Fishermen as Farmers", "Flight of the Geese", "Shyness of Birds", "The Broad River", "Lands of the River People", "The Headman", "His prudent and careful Rule", "His Loyalty", "Rash Orders of the Port about the Sale of Nets", "Success of the Schools", "Dress of the People", "Wares of the Coast", "Their Dislike of change."];
  const lines: string[] = [];
  let line = "";
  for (const t of topics.join("--").split(/(?<=--)|(?<= )/)) {
    if ((line + t).length > 56) { lines.push(line.trimEnd()); line = ""; }
    line += t;
  }
  lines.push(line);
  const body = "Having sent the smaller boats home, we left the harbour in the first week of spring.\nThe voyage took us along the whole of the coast.\n\nThe northern reach is rocky and cold, and few people live there.\n";
  const text = `Chapter 4.\n\n${lines.join("\n")}\n\n${body}`;

  it("is the summary, more than twelve lines of topic phrases, two or more a line", () => {
    expect(lines.length).toBeGreaterThan(12);
    const b: Block = { kind: "body", lines, text: lines.join("\n") };
    expect(summaryTopics(b)?.long).toBe(true);
  });
  it("is kept out of the text, and too long to be the chapter's title", () => {
    const ch = cleanDocument(text, { filename: "coast-voyage.txt" }).chapters[0];
    expect(ch.number).toBe("4");
    expect(ch.title).toBe("Chapter 4");
    expect(ch.sentences[0].text).toMatch(/^Having sent the smaller boats home/);
    expect(ch.text).not.toMatch(/Shyness of Birds/);
  });
  it("is no long paragraph of prose with a few dashes in it", () => {
    const prose = Array.from({ length: 14 }, (_, k) => (k % 4 === 1 ? "The keeper--who had seen many storms--went down to the" : "shore in the evening and looked at the boats drawn up on the")).join("\n");
    expect(summaryTopics({ kind: "body", lines: prose.split("\n"), text: prose })).toBeNull();
  });
});

describe("a roman numeral and a title in capitals on one line", () => {
  const body = "\n\n     The keepers of the light were chosen by the town.  They served for a year.\nEach kept a book of the ships that passed.\n";
  it("numbers the chapter and titles it", () => {
    const ch = cleanDocument(`IV THE KEEPERS OF THE LIGHT${body}`, { filename: "light-keepers.txt" }).chapters[0];
    expect([ch.number, ch.title]).toEqual(["4", "The Keepers of the Light"]);
  });
  it("takes no line in capitals opening with the pronoun for one", () => {
    const ch = cleanDocument(`I REMEMBER THE HARBOUR${body}`, { filename: "light-keepers.txt" }).chapters[0];
    expect(ch.number).toBeNull();
  });
  it("takes no word in capitals made of numeral letters for a numeral", () => {
    for (const head of ["CIVIL WAR IN THE NORTH", "ILL NEWS FROM THE COAST", "CIVIL. WAR IN THE NORTH"]) {
      const ch = cleanDocument(`${head}${body}`, { filename: "light-keepers.txt" }).chapters[0];
      expect(ch.number).toBeNull();
      expect(ch.title.toUpperCase()).toBe(head);
    }
  });
});

describe("a translator's notes printed as 'Note 1.' paragraphs after the text citing them", () => {
  const text = `LXI

THE keeper told me the light was built on the old tower; [1] then he showed
me the stair, which was worn by two hundred years of use. [2] At the top
we found the lamp.

Note 1. The tower of the first harbour, pulled down later.

Note 2. The stair was rebuilt in stone after the fire.

LXII

The next morning we sailed for the islands, where the keeper's brother lived. [1]
We stayed three days.

Note 1. On the largest of the islands.

We came home in the first week of the month, when the geese were flying. 1

Note 1. The geese fly south in that month each year.
`;
  const ch = cleanDocument(text, { filename: "tower-memoir.txt" }).chapters[0];
  it("files each note under its number, numbered afresh in each section, cited where its marker stood", () => {
    expect(ch.footnotes.map((f) => [f.number, f.text])).toEqual([
      ["1", "The tower of the first harbour, pulled down later."],
      ["2", "The stair was rebuilt in stone after the fire."],
      ["1", "On the largest of the islands."],
      ["1", "The geese fly south in that month each year."],
    ]);
    expect(ch.footnotes.every((f) => f.citedAt !== null)).toBe(true);
  });
  it("leaves no note text and no marker in the sentences", () => {
    const all = ch.sentences.map((s) => s.text).join(" ");
    expect(all).not.toMatch(/Note \d|\[\d\]|flying\. 1/);
    expect(ch.sentences.some((s) => s.text === "We came home in the first week of the month, when the geese were flying.")).toBe(true);
  });
  it("leaves a 'Note 1.' paragraph that no marker cites as text", () => {
    const doc = cleanDocument("The harbour was quiet that year.\n\nNote 1. The keeper kept no book that year.\n", { filename: "quiet-year.txt" });
    expect(doc.chapters[0].footnotes).toEqual([]);
    expect(doc.chapters[0].text).toContain("Note 1. The keeper kept no book that year.");
  });
});

describe("Windows-1252 quotes left as C1 control characters", () => {
  it("are read as the quotes they were, one character for one", () => {
    const raw = "He said: \u0093Row on!\u0094 and we rowed.";
    expect(repairC1Punctuation(raw)).toBe("He said: “Row on!” and we rowed.");
    expect(repairC1Punctuation(raw).length).toBe(raw.length);
  });
  it("let a note marker after them be seen", () => {
    const ch = cleanDocument("The wood was \u0093set.\u0094 [1] We burnt it.\n\nNote 1. A word of the foundry.\n", { filename: "foundry.txt" }).chapters[0];
    expect(ch.footnotes.map((f) => f.text)).toEqual(["A word of the foundry."]);
    expect(ch.sentences.map((s) => s.text)).toEqual(["The wood was “set.”", "We burnt it."]);
  });
});

// A scanned lecture as pdftotext -layout reads it: running heads with the folio at the outer corner,
// paragraphs marked by indents only, a page-foot note keyed by a superior figure whose last line runs
// over to the foot of the next page with no figure, under a word hyphenated over that page's turn.
function scannedLecture(): string {
  const page21 = [
    "THE KEEPING OF LIGHTS                                      21",
    "",
    "   The harbour had a light on its tower from the earliest",
    "times, and the town paid a man to keep it burning at night",
    "through the whole of the winter and the stormy spring.",
    "   The first keepers were fishermen who were too old for the",
    "boats, and they kept the lamp as well as they could manage",
    "with the oil and the wicks that the council sent them.",
    "   The keepers were chosen by the town council, and each of",
    "them served for a year at a time before the office passed to",
    "another man of the town. A keeper was paid from the harbour",
    "dues, and the council set the sum each spring.¹ When a",
    "keeper failed in his duty, he paid a fine to the council,",
    "and the fine was spent on oil for the lamp. This rule was",
    "kept for a long time, even after the harbour had been",
    "rebuilt and the old lamp had been replaced by a new one,",
    "and the keepers were then chosen for two years at a stre-",
    "",
    "¹ The sum was written in the council's book each year, and",
  ];
  const page22 = [
    "22                    A HISTORY OF THE HARBOUR",
    "",
    "tch. The town had grown, and fewer men were willing to",
    "serve. The council tried many ways to find men for the",
    "office, and in the end it chose to pay them more than",
    "before. The records of the council show that the pay was",
    "raised twice within ten years. Even so, the matter was not",
    "settled at once, but the higher pay made the office less hard to",
    "fill. Men who had refused the office before now asked for",
    "it, and the council could choose among them with care.",
    "   The keepers of those years were known as careful men who kept",
    "the lamp burning through the worst storms of the winter",
    "and wrote down every ship that passed in the harbour fur-",
    "",
    "the book was kept in the town hall until the great fire.",
  ];
  const page23 = [
    "THE KEEPING OF LIGHTS                                      23",
    "",
    "nace room. Each keeper signed the book at the end of his",
    "year, and the council read it before the next was chosen.",
    "   The book was read aloud at the council's first meeting,",
    "and any keeper whose book was found wanting lost his pay",
    "for the last month of his year and was not chosen again.",
    "   The new keepers were also asked to train a boy in the",
    "work, so that the town would never again lack a man for",
    "the office when a keeper fell ill or died in his year.",
  ];
  return `${page21.join("\n")}\n\f${page22.join("\n")}\n\f${page23.join("\n")}\n`;
}

describe("a page-foot note that runs over to the foot of the next page", () => {
  it("takes no block at the foot of a page two pages later", () => {
    const parts = scannedLecture().split("\f");
    const [p21, p22, p23] = parts.map((p) => p.split("\n"));
    // Page 22 loses its run-over (its text runs on flush); the page after it gains a foot block.
    const plain22 = p22.filter((l) => !l.startsWith("the book was kept")).filter((l, i, a) => !(l === "" && i === a.length - 2));
    const foot23 = [...p23.slice(0, -1), "the work, so that the town would never again lack a man for", "", "the book was kept in the town hall until the great fire.", ""];
    const p24 = ["24                    A HISTORY OF THE HARBOUR", "", "the office when a keeper fell ill or died in his year.", ""];
    const ch = cleanDocument([p21.join("\n"), plain22.join("\n"), foot23.join("\n"), p24.join("\n")].join("\f"), { filename: "harbour-history-scanned.txt" }).chapters[0];
    expect(ch.footnotes.map((f) => f.text)).toEqual(["The sum was written in the council's book each year, and"]);
  });
  const ch = cleanDocument(scannedLecture(), { filename: "harbour-history-scanned.txt" }).chapters[0];
  it("keeps the run-over with its note", () => {
    expect(ch.footnotes.map((f) => f.text)).toEqual(["The sum was written in the council's book each year, and the book was kept in the town hall until the great fire."]);
  });
  it("rejoins the word hyphenated over the page turn with nothing between its halves", () => {
    expect(ch.text).toContain("every ship that passed in the harbour furnace room.");
    expect(ch.text).not.toMatch(/great fire\. nace|furthe book/);
  });
  it("keeps each sentence's printed page", () => {
    const page = (start: string) => ch.sentences.find((s) => s.text.startsWith(start))?.page;
    expect(page("This rule was kept")).toBe("21");
    expect(page("The records of the council")).toBe("22");
    expect(page("The keepers of those years")).toBe("22");
    expect(page("Each keeper signed the book")).toBe("23");
    expect(page("The new keepers")).toBe("23");
  });
});

describe("short paragraphs set in, and a play's speaker lines, where paragraphs are marked by indents", () => {
  const text = [
    "   The keeper's play was read aloud in the hall of the town on",
    "the first evening of the winter, and every boy of the harbour",
    "came to hear it read by the players of the council.",
    "   Before the play the keeper spoke to them of the old tower.",
    "He told them how the lamp had been lit in the great storm.",
    "   MARTIN.",
    "   Is the lamp lit?",
    "   WARDEN.",
    "   Not yet; the oil is late.",
    "   MARTIN.",
    "   Then light the old one, and be quick.",
    "   The warden wished to say that the oil had not come, but the",
    "words he chose showed that he had forgotten to order it, as",
    "every man in the hall understood at once.",
    "   A second example comes from a song of the fishermen:",
    "   \"Row home, row home, the light is on the hill.\"",
    "   A writer far from the sea made the same remark in a",
    "letter to his brother, written in the year of the great",
    "storm, and kept in the harbour library to this day.",
  ].join("\n");
  const ch = cleanDocument(`${text}\n`, { filename: "harbour-play.txt" }).chapters[0];
  const paras = ch.paragraphs.filter((p) => p.kind === "body").map((p) => ch.text.slice(p.start, p.end));
  it("gives each speaker's line its own paragraph with the speech under it", () => {
    expect(paras).toContain("MARTIN. Is the lamp lit?");
    expect(paras).toContain("WARDEN. Not yet; the oil is late.");
    expect(paras).toContain("MARTIN. Then light the old one, and be quick.");
  });
  it("starts the prose paragraph after a set-in line on its own", () => {
    expect(paras.some((p) => p.startsWith("The warden wished to say"))).toBe(true);
    expect(paras.some((p) => p.startsWith("A writer far from the sea"))).toBe(true);
  });
  it("keeps verse lines set in alike together", () => {
    const verse = cleanDocument("   So the old song runs:\n   Row home, row home, the light is on the hill.\n   The geese are flying and the sea is still.\nand the boys sang it all the way home that night.\n", { filename: "song.txt" }).chapters[0];
    const body = verse.paragraphs.filter((p) => p.kind === "body").map((p) => verse.text.slice(p.start, p.end));
    const withVerse = body.filter((p) => p.includes("on the hill") || p.includes("sea is still"));
    expect(withVerse.length).toBe(1);
    expect(withVerse[0]).toContain("on the hill");
    expect(withVerse[0]).toContain("sea is still");
  });
});

describe("words OCR broke at a wide letter gap", () => {
  it("are joined when one piece is no word and the whole is one", () => {
    expect(joinSplitWords("a stor my night and a gene ral rule at sea").text).toBe("a stormy night and a general rule at sea");
  });
  it("leaves two words alone, even when their join is also a word", () => {
    expect(joinSplitWords("he set a part of the catch aside for the in consumable stores").text).toBe("he set a part of the catch aside for the in consumable stores");
  });
});

describe("an ordinal label line over a title in capitals", () => {
  it("numbers the chapter and titles it with the capitals under it", () => {
    const text = "                    SECOND LECTURE\n               THE KEEPING OF LIGHTS\n\n   The keepers were chosen by the town. They served a year.\nEach of them kept a book of the ships that passed.\n";
    const ch = cleanDocument(text, { filename: "lectures.txt" }).chapters[0];
    expect([ch.number, ch.title]).toEqual(["2", "The Keeping of Lights"]);
  });
});
