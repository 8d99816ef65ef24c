// Layouts of the set rotated into training in session 20, as general rules on invented text: a scan's
// foot line of running title and lower-case roman folio; sections opened "  § 2." on an indented
// line; an e-text's italic run-in heads and numbered paragraphs; section titles "III.--Title.";
// a speech report's audience notes; "&c." and "arts." before a new sentence; quotations running over
// several sentences marked on their sentences.
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";
import { readFootFolios } from "@/lib/chapters/foot-folios";

const WIDTH = 58;
const foot = (title: string, folio: string) => title + " ".repeat(WIDTH - title.length - folio.length) + folio;

// Two chapters of an invented history of a harbour town, three pages each, the folios in lower-case roman.
const PAGES_ONE = [
  ["                         CHAPTER VII.", "", "               THE WALLS OF THE HARBOUR.", "",
    "  § 1. The harbour of the town was closed by two moles of", "cut stone, which ran out from the shore on either hand", "and left between them a narrow mouth for the ships.", "  § 2. The northern mole was the older of the two, and it", "was built by the merchants of the town at their own cost,", "because the old kings had refused to pay for"],
  ["it. The southern mole was raised a century later by the", "council, when the trade of the port had grown so great", "that the old harbour could no longer hold the ships that", "came to it from every coast of the inland sea.", "  § 3. Upon each mole there stood a tower of watch, from", "which a fire was shown at night to guide the pilots into"],
  ["the mouth of the harbour. The towers were square, and", "each was forty feet in height, and they were built of", "the same grey stone as the moles themselves."],
];
const PAGES_TWO = [
  ["                        CHAPTER VIII.", "", "               THE MARKET OF THE TOWN.", "",
    "  § 1. The market stood behind the harbour, in a square", "that was paved with flat stones brought from the hills,", "and it was surrounded on three sides by covered walks."],
  ["  § 2. The walks were lined with the shops of the money-", "changers and the sellers of cloth, and in the middle of", "the square there was a fountain of sweet water."],
  ["  § 3. Upon the fourth side of the square stood the hall", "of the council, where the magistrates sat to judge the", "quarrels of the merchants and to fix the price of corn."],
];

function scan(): string {
  const pages = [...PAGES_ONE.map((p) => ({ p, t: "BOOK II. CHAP. VII." })), ...PAGES_TWO.map((p) => ({ p, t: "BOOK II. CHAP. VIII." }))];
  const folios = ["lxxi", "lxxii", "lxxiii", "lxxiv", "lxxv", "lxxvi"];
  return pages.map(({ p, t }, i) => [...p, "", foot(t, folios[i])].join("\n")).join("\n\f") + "\n";
}

describe("a scan whose page feet carry the running title and a roman folio", () => {
  const doc = cleanDocument(scan(), { filename: "harbour-scan.txt" });

  it("reads each foot's folio as the number of the page above it, and drops the title", () => {
    expect(doc.chapters.map((c) => c.number)).toEqual(["7", "8"]);
    const [one, two] = doc.chapters;
    expect(one.pages.map((p) => p.page)).toEqual(["lxxi", "lxxii", "lxxiii"]);
    expect(two.pages.map((p) => p.page)).toEqual(["lxxiv", "lxxv", "lxxvi"]);
    const at = (c: typeof one, words: string) => c.sentences.find((s) => s.text.startsWith(words))?.page;
    expect(at(one, "The harbour of the town")).toBe("lxxi");
    expect(at(one, "The southern mole")).toBe("lxxii");
    expect(at(one, "The towers were square")).toBe("lxxiii");
    expect(at(two, "The walks were lined")).toBe("lxxv");
    expect(doc.chapters.some((c) => /BOOK II|CHAP\./.test(c.text))).toBe(false);
  });

  it("opens a paragraph at each indented section sign and takes the sign and number off", () => {
    const [one, two] = doc.chapters;
    const body = (c: typeof one) => c.paragraphs.filter((p) => p.kind === "body").map((p) => c.text.slice(p.start, p.end));
    expect(body(one)).toHaveLength(3);
    expect(body(one)[1]).toMatch(/^The northern mole was the older of the two, .* refused to pay for it\. The southern mole/);
    expect(body(two)).toHaveLength(3);
    expect(one.text).not.toMatch(/§/);
  });

  it("leaves a book whose feet are no sequence alone", () => {
    const text = ["a line of text", "", "THE TOWN       ix"].join("\n") + "\f" + ["more text", "", "THE TOWN       iii"].join("\n") + "\f" + ["the end", "", "THE TOWN       xl"].join("\n");
    expect(readFootFolios(text).count).toBe(0);
  });
});

const TEXTBOOK = `CHAPTER IV.

THE WORK OF RIVERS.

41. Every river carries down to the sea a load of sand and mud, which it has
taken from the land over which it flows. The load is greatest in the season of
floods, when the water is high and swift, and least in the dry months of summer.

42. _Rivers_ differ greatly in the amount of matter which they carry, for a
swift stream can move large stones, while a slow one can only carry fine mud.
A stream that leaves the hills for the plain slackens, and so lays down its stones.

43. _Deltas._--Where a river enters a still sea, it drops its load at its mouth,
and builds up a flat plain of mud that grows out into the water, &c. Such a plain
is called a delta, from its shape. Many great deltas are still growing, some of
them by several yards in every year.

44. _Terraces._--When a river cuts down into its own plain, the old level of the
plain is left as a step on either side of the valley, and these steps are called
terraces by the geologist.
`;

describe("an e-text textbook's numbered paragraphs and italic run-in heads", () => {
  const [ch] = cleanDocument(TEXTBOOK, { filename: "rivers.txt" }).chapters;

  it("takes the paragraph numbers off, the italic word after one included", () => {
    expect(ch.text).not.toMatch(/\b4[1-4]\. /);
    expect(ch.sentences.some((s) => s.text.startsWith("Rivers differ greatly"))).toBe(true);
  });

  it("sets the italic run-in heads apart as headings", () => {
    const heads = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));
    expect(heads).toEqual(expect.arrayContaining(["Deltas", "Terraces"]));
    expect(ch.sentences.some((s) => s.text.startsWith("Where a river enters a still sea"))).toBe(true);
  });

  it("ends a sentence at '&c.' before a capital", () => {
    expect(ch.sentences.some((s) => s.text.endsWith("grows out into the water, &c."))).toBe(true);
    expect(ch.sentences.some((s) => s.text.startsWith("Such a plain is called a delta"))).toBe(true);
  });
});

const ESSAY = `ON PUBLIC WORKS.

I.--The Bridge.

The town decides to build a bridge, and everyone sees the masons at work.

II.--Roads.

It is the same with the roads. The council says: "The roads give bread to the labourers. Without them the
labourers would starve. We must therefore tax the farmers." (Hear, hear. Loud cheers.) For my part I
doubt it, for the farmers would have spent the money themselves.

III.--Canals, Locks.

Let us come back to the useful arts. There is no end of such reasoning.
`;

describe("an essay's numbered section titles and a reported speech", () => {
  const [ch] = cleanDocument(ESSAY, { filename: "public-works.txt" }).chapters;
  const heads = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));

  it("reads 'II.--Roads.' as one heading, however short the title", () => {
    expect(heads).toEqual(expect.arrayContaining(["I. The Bridge", "II. Roads", "III. Canals, Locks"]));
    expect(ch.sentences.map((s) => s.text)).not.toContain("Roads.");
  });

  it("takes the audience's response out of the speech", () => {
    expect(ch.text).not.toMatch(/cheers/i);
    expect(ch.sentences.some((s) => s.text.startsWith("For my part I doubt it"))).toBe(true);
  });

  it("ends a sentence after 'arts.' before a new one", () => {
    expect(ch.sentences.map((s) => s.text)).toContain("Let us come back to the useful arts.");
  });
});

describe("sentence ends after abbreviations that are words", () => {
  // (Each case goes through the word-abbreviation rule itself: a roman numeral after "Arts." keeps
  // the reference whole, and "&c." before a capital ends the sentence.)
  it("keeps 'Arts. IV and V' whole and ends a sentence at '&c.' before a capital", () => {
    expect(splitSentences("See Arts. IV and V of the treaty. It is short.").map((s) => s.text)).toEqual(["See Arts. IV and V of the treaty.", "It is short."]);
    expect(splitSentences("Nails, screws, &c. Other wares are sold elsewhere.")).toHaveLength(2);
  });
});
