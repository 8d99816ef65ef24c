// Session 14: layouts of the books rotated into training this session, as general rules tested on
// INVENTED text (the real books are checked in session14-books.test.ts):
// - running heads set in letter-spaced capitals ("T H E   V A L L E Y"), a word hyphenated across the page break;
// - a chapter's numeral over its title in one block; a letter's "Letter XII" title;
// - "BOOK II" over chapters headed "CHAPTER I" with no title;
// - the reference numbers of a classical edition ("[314a]", OCR'd "3I5b") inside sentences;
// - a spaced ellipsis (". . ."), an ellipsis opening a quotation;
// - two lines of verse after the words leading into them; a section head centred on two lines;
// - "b" read for "h" in a word the document also prints right.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { closeUpLetterSpacing } from "@/lib/chapters/letter-spacing";
import { repairOcrWords } from "@/lib/chapters/ocr-words";

const clean = (text: string) => cleanDocument(text, { filename: "invented-book.txt" });
const sentences = (doc: ReturnType<typeof clean>) => doc.chapters.flatMap((c) => c.sentences.map((s) => s.text));

// Invented prose wrapped to a page's measure.
function wrap(text: string, width = 60): string[] {
  const out: string[] = [];
  let line = "";
  for (const w of text.split(" ")) {
    if (line && line.length + 1 + w.length > width) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

const spaced = (s: string) => s.split(" ").map((w) => w.split("").join(" ")).join("   ");

describe("closing up letter-spaced capitals", () => {
  it("closes a line of letter-spaced words, keeping its indent", () => {
    expect(closeUpLetterSpacing(`      ${spaced("THE MILLS OF THE NORTH")}`).text).toBe("      THE MILLS OF THE NORTH");
    expect(closeUpLetterSpacing(spaced("SHEPHERDS")).text).toBe("SHEPHERDS");
  });

  it("leaves rows of letters that make no word, short ones and prose alone", () => {
    for (const line of ["A B C D E F G", "X   Y   Z", "I   I", "The mill stood by the river.", "A  B"]) expect(closeUpLetterSpacing(line).text).toBe(line);
  });
});

describe("running heads in letter-spaced capitals, the folio at the foot", () => {
  const PARA = "The mills of the northern valleys were built where the streams fell fastest, and each of them ground the corn of a dozen farms.";
  // Six pages; on each the last sentence runs on over the foot and the next page's head, its last word hyphenated.
  const page = (n: number) => [
    n === 1 ? "" : `\f${" ".repeat(6)}${spaced(n % 2 ? "MILLS OF THE NORTH" : "A HISTORY OF THE VALLEYS")}`,
    "",
    ...wrap(`${n === 1 ? "" : "ment of the valley. "}${PARA} ${PARA} The miller was paid in corn, and the growth of his trade was the chief develop-`),
    "",
    n % 2 ? String(n).padStart(60) : String(n),
  ];
  const text = [`${" ".repeat(20)}${spaced("THE MILLS")}`, "", ...[1, 2, 3, 4, 5, 6].flatMap(page)].join("\n");
  const doc = clean(text);

  it("takes the heads for page furniture wherever they fall, never for text or a drop capital", () => {
    expect(sentences(doc).some((s) => /\b[A-Z] [A-Z] [A-Z]\b|MILLS OF|HISTORY OF THE/.test(s))).toBe(false);
    expect(doc.layout.notes.some((n) => /drop capital/.test(n))).toBe(false);
    expect(doc.chapters[0].title).toBe("The Mills");
  });

  it("rejoins the word hyphenated across the page break", () => {
    expect(sentences(doc)).toContain("The miller was paid in corn, and the growth of his trade was the chief development of the valley.");
  });
});

describe("a chapter's numeral and title", () => {
  const body = wrap("The towns of the plain grew from the markets held at the fords, where the drovers rested their herds on the way to the coast. Their charters came later, when the kings needed money and the burghers had it.");
  it("reads a numeral over the title in one block as the chapter's number", () => {
    const doc = clean(["                    IV", "        THE GROWTH OF THE MARKET TOWNS", "", ...body].join("\n"));
    expect(doc.chapters[0].number).toBe("4");
    expect(doc.chapters[0].title).toBe("The Growth of the Market Towns");
  });

  it("numbers a letter titled by its label and numeral", () => {
    const doc = clean(["Letter XII", "", ...body].join("\n"));
    expect(doc.chapters[0].number).toBe("12");
    expect(doc.chapters[0].title).toBe("Letter XII");
  });
});

describe("a book's heading over chapters headed by their numbers only", () => {
  const para = (s: string) => [...wrap(s), ""];
  const text = [
    "BOOK II", "", "", "CHAPTER I", "",
    ...para("The farmers of the hills held their land of the abbey, and paid their rent in wool at the shearing. The abbey kept a reeve in every village."),
    "CHAPTER II", "",
    ...para("The reeve counted the fleeces and sent them down to the river in carts. The merchants of the coast bought them at the fair."),
    "BOOK III", "", "", "CHAPTER I", "",
    ...para("The fair itself was older than the abbey. It was held on the common below the ford, in the week after the harvest."),
  ].join("\n");
  const doc = clean(text);

  it("titles each chapter by its heading and its book's, not by the file name", () => {
    expect(doc.chapters.map((c) => c.title)).toEqual(["Book II, Chapter I", "Book II, Chapter II", "Book III, Chapter I"]);
    expect(doc.chapters.map((c) => c.part)).toEqual(["Book II", "Book II", "Book III"]);
    expect(doc.chapters.map((c) => c.number)).toEqual(["1", "2", "1"]);
  });

  it("keeps the next book's heading out of the chapter before it", () => {
    expect(doc.chapters[1].text).not.toMatch(/BOOK/);
  });

  it("takes no line of text opening with the word 'Part' for a part's heading", () => {
    const other = clean(text.replace("BOOK III", "Part of the wool went to the coast"));
    expect(other.chapters[2].part).toBe("Book II");
    expect(other.chapters.map((c) => c.title)).toEqual(["Book II, Chapter I", "Book II, Chapter II", "Book II, Chapter I"]);
  });
});

describe("the reference numbers of a classical edition", () => {
  const text = [
    "CHAPTER I", "",
    ...wrap("The city is a partnership of households, and the households [314a] are partnerships of persons; and the question which the lawgiver asks first is what a citizen is. For some call a man a citizen who lives in the city, but sojourners also live there. [314b] Others call him a citizen who may sue and be sued; but this right 315a belongs to strangers too, by treaty. The citizen is rather one who shares in judging and in ruling, 3I5b and it is this share which makes him one."),
  ].join("\n");
  const doc = clean(text);

  it("takes them out of the sentences, bracketed or bare, read right or misread", () => {
    expect(sentences(doc).some((s) => /\d{3}[ab]|3I5b/.test(s))).toBe(false);
    expect(sentences(doc)).toContain("The city is a partnership of households, and the households are partnerships of persons; and the question which the lawgiver asks first is what a citizen is.");
    expect(sentences(doc)).toContain("Others call him a citizen who may sue and be sued; but this right belongs to strangers too, by treaty.");
  });

  it("takes them out when printed in the margin, after the lines they stand beside", () => {
    const lines = wrap("The lawgiver must know what a citizen is before he writes a single law for the city, for a law is made for citizens and binds them first of all. The stranger obeys the law as a guest obeys the rules of the house he stays in, and no more than that. The citizen obeys it as one who made it, and who may unmake it in the assembly when the city wills it.", 66);
    const margin = lines.map((l, i) => (i % 2 ? `${l.padEnd(72)}${["314a", "314b", "315a", "315b"][i >> 1] ?? ""}`.trimEnd() : l));
    const doc = clean(["CHAPTER I", "", ...margin].join("\n"));
    expect(sentences(doc).some((s) => /31[45][ab]/.test(s))).toBe(false);
    expect(sentences(doc)).toContain("The stranger obeys the law as a guest obeys the rules of the house he stays in, and no more than that.");
  });

  it("leaves a number with a letter that is no run of an edition's pages", () => {
    const one = clean(["CHAPTER I", "", ...wrap("The keys of room 101b were kept by the porter. The porter kept them in a drawer of his desk. Nobody else could open it.")].join("\n"));
    expect(sentences(one)).toContain("The keys of room 101b were kept by the porter.");
    const falling = clean(["CHAPTER I", "", ...wrap("The flats 420a, 310b and 205c were let to the miners. The rents were paid on Fridays. The landlord lived far away.")].join("\n"));
    expect(sentences(falling)).toContain("The flats 420a, 310b and 205c were let to the miners.");
  });
});

describe("ellipses", () => {
  it("keeps a spaced ellipsis whole", () => {
    const doc = clean(["CHAPTER I", "", ...wrap("The road runs to the coast, which is forty miles from here. . . Or else they must go by the river. It is long . . . and slow.")].join("\n"));
    expect(sentences(doc)).toContain("The road runs to the coast, which is forty miles from here...");
    expect(sentences(doc)).toContain("Or else they must go by the river.");
    expect(sentences(doc)).toContain("It is long ... and slow.");
  });

  it("ends no sentence at an ellipsis that opens a quotation", () => {
    const doc = clean(["CHAPTER I", "", ...wrap("And so the old song says:"), "", '  "... Not gold but grain Be ours, and the rain in its season."', "", ...wrap("The farmers sang it at the harvest.")].join("\n"));
    expect(sentences(doc)).toContain('"... Not gold but grain Be ours, and the rain in its season."');
  });
});

describe("two lines of verse after the words leading into them", () => {
  const text = [
    "CHAPTER I", "",
    ...wrap("We stood on the ridge in the evening, and the valley below was as quiet as some country"),
    "",
    "  Where never bell was rung nor horn was blown,",
    "  And no man came.",
    "",
    ...wrap("We went down in the dark. The path was steep, and the stones were loose. At the bottom there was"),
    "",
    "  Silence, silence, all about,",
    "  And not a light to see.",
    "",
    ...wrap("At last we found the farm."),
  ].join("\n");
  const doc = clean(text);

  it("runs on into the verse whatever word leads into it", () => {
    expect(sentences(doc)).toContain("We stood on the ridge in the evening, and the valley below was as quiet as some country Where never bell was rung nor horn was blown, And no man came.");
    expect(sentences(doc)).toContain("At the bottom there was Silence, silence, all about, And not a light to see.");
  });
});

describe("a section head centred on two lines", () => {
  const text = [
    "CHAPTER I", "",
    ...wrap("   The drovers took their herds down to the coast every autumn. They slept in the open and ate what the farms along the road would sell them."),
    "",
    "         The Drove Roads as a Field for the Study of",
    "                 Old Rights of Way",
    "",
    ...wrap("   The roads the drovers used were older than any charter. The farmers could not close them, for the right of way was older than the farms."),
  ].join("\n");
  const doc = clean(text);

  it("is a heading, not a sentence", () => {
    const ch = doc.chapters[0];
    const heads = ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end));
    expect(heads).toContain("The Drove Roads as a Field for the Study of Old Rights of Way");
    expect(sentences(doc).some((s) => /Drove Roads as a Field/.test(s))).toBe(false);
  });
});

describe("'b' read for 'h'", () => {
  const prose = (w: string) => `The valley was ${w} by shepherds long before the farmers came. The farmers found it inhabited by a people who kept no fields.`;
  it("repairs a word no dictionary lists towards the word the document prints elsewhere", () => {
    expect(repairOcrWords(prose("inbabited")).text).toBe(prose("inhabited"));
  });

  it("leaves it when the document never prints that word and it is rare", () => {
    const lone = "The valley was inbabited by shepherds long before the farmers came.";
    expect(repairOcrWords(lone).text).toBe(lone);
  });
});

describe("a chapter headed by its number alone (review finding)", () => {
  it("is named by the number once, not twice", () => {
    const doc = cleanDocument("# IV\n\nThe river traders met each spring at the ford. They paid their tolls in salt and cloth.\n\n# V\n\nThe bridge was finished in the third year of the reign. It stood for a century.", { filename: "x.md" });
    expect(doc.chapters.map((c) => c.title)).toEqual(["IV", "V"]);
  });
});
