// Session 25 (clean25b): set 24's clean-up defects as general rules, part B, on INVENTED text: recto
// running heads with their folio after one space, line-end hyphens set as em dashes, and the small ones.
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";

/** Invented prose wrapped to a measure of about 50 characters, as a scan's lines are. */
function wrap(text: string, width = 50): string[] {
  const lines: string[] = [];
  let line = "";
  for (const w of text.split(/\s+/)) {
    if (line && line.length + 1 + w.length > width) { lines.push(line); line = w; }
    else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

const PROSE = [
  "The miller rose before the light and walked down to the sluice, where the water stood high behind the boards after a wet night.",
  "He lifted the first board a little, and the wheel turned slowly, and the stones began to grind the grain that the farmers had left.",
  "Every village along the stream kept such a mill, and every mill kept its own customs about the share that the miller took for his pains.",
  "Some took a sixteenth part of the corn, some a twentieth, and a few took money instead, which the farmers liked less than the old way.",
  "When the stream ran low in summer the mills stood idle for weeks together, and the bread of the whole valley grew dear and coarse.",
];

/** A chapter of a scan: pages of 11 lines parted by form feeds, versos headed "12 Book Title", rectos "Chapter Title 13". */
function scan(pages: number, opts: { recto: (n: number) => string; verso: (n: number) => string }): string {
  const body: string[] = [];
  for (let k = 0; body.length < pages * 11; k++) body.push(...wrap(PROSE[k % PROSE.length] + " " + PROSE[(k + 2) % PROSE.length]), "");
  const out = ["CHAPTER II.", "", "THE MILL STREAM.", ""];
  for (let p = 0; p < pages; p++) {
    const n = 12 + p;
    if (p > 0) out.push(`\f${n % 2 ? opts.recto(n) : opts.verso(n)}`, "");
    out.push(...body.slice(p * 11, p * 11 + 11));
  }
  return out.join("\n");
}

describe("recto running heads with the folio after one space", () => {
  const text = scan(6, { verso: (n) => `${n} The Book of the Valley`, recto: (n) => `The Mill Stream ${n}` });

  it("reads every recto head as a page with its number", () => {
    const doc = cleanDocument(text);
    const ch = doc.chapters[0];
    expect(ch.pages.map((p) => String(p.page))).toEqual(["12", "13", "14", "15", "16", "17"]);
    expect(doc.layout.notes.join(" ")).not.toMatch(/side-note/);
    expect(ch.text).not.toMatch(/Mill Stream \d/);
  });
});

describe("line-end hyphens set as em dashes", () => {
  const lines = [
    "The wheel of the mill was turned by the water that",
    "came down the race from the pond above, and the mea—",
    "sure of the corn was taken by the miller in a bowl",
    "of oak. The farmers brought their grain in sacks on",
    "the backs of horses, and each sack was weighed be-",
    "fore the grinding began. The stones were dressed by",
    "a travelling man who cut their fur—",
    "rows with a small pick every spring, and his pro—",
    "visions were paid for by the mill. The miller alone",
    "decided when the sluice was opened—",
    "the farmers had no say in it at all, and they com-",
    "plained of him at every market they went to, for",
    "the dues were heavy and the mill stood on the lord's",
    "land. Each village kept its own measure of the corn,",
    "and the millers knew the custom of every one of them",
    "by heart, for the disputes about the share were old.",
    "The water was low in the summer and the mill was si-",
    "lent for weeks, so the whole valley went without",
    "bread, or bought it dear from the towns below.",
  ];
  const text = ["CHAPTER I.", "", "THE MILL.", "", ...lines, "", ...lines.map((l) => l.replace(/\s*\S+—$/, "")), ""].join("\n");
  const sentences = () => cleanDocument(text).chapters[0].sentences.map((s) => s.text).join(" ");

  it("joins the word cut at a dash", () => {
    expect(sentences()).toContain("the measure of the corn");
    expect(sentences()).toContain("cut their furrows with");
    expect(sentences()).toContain("his provisions were paid");
  });

  it("keeps a real dash between two words", () => {
    expect(sentences()).toContain("opened—the farmers");
  });

  it("leaves a text that never cuts words with hyphens alone", () => {
    const plain = text.replace(/-\n/g, "\n").replace(/be\nfore/, "before");
    expect(cleanDocument(plain).chapters[0].sentences.map((s) => s.text).join(" ")).toContain("mea—sure");
  });
});

describe("a note cue in braces with its note under a notes head", () => {
  const text = [
    "CHAPTER III",
    "",
    "The school stood at the foot of the hill, beside the stream that turned",
    "the mill.  The girls walked to church on Sundays across the wet fields,",
    "and came home cold and hungry in the dark.",
    "",
    "In the spring the fever came, and the parents took their daughters home",
    "before the summer, for the house was damp and the food was poor. {2}",
    "",
    "FOOTNOTES:",
    "",
    "{2}  The house was rebuilt some years later on higher ground, and the",
    "school is said to be healthy now.",
    "",
  ].join("\n");

  it("files the note, cited by its sentence, and gives the chapter no pages", () => {
    const ch = cleanDocument(text).chapters[0];
    expect(ch.pages).toEqual([]);
    expect(ch.footnotes.map((n) => n.text)).toEqual(["The house was rebuilt some years later on higher ground, and the school is said to be healthy now."]);
    const cite = ch.sentences.find((s) => s.footnoteRefs.length);
    expect(cite?.text).toBe("In the spring the fever came, and the parents took their daughters home before the summer, for the house was damp and the food was poor.");
    expect(ch.sentences.map((s) => s.text).join(" ")).not.toMatch(/FOOTNOTES|rebuilt/);
  });

  it("still reads a braced number with no note as a printed page", () => {
    const paged = text.replace(/\n\nFOOTNOTES:[\s\S]*$/, "\n").replace("{2}", "{41}");
    const ch = cleanDocument(paged).chapters[0];
    expect(ch.footnotes).toEqual([]);
    expect(ch.pages.map((p) => String(p.page))).toContain("41");
  });
});

describe("a unit in italics glued to its figure", () => {
  it("drops the underscores of '14_l_.' and '3_s_. 6_d_.'", () => {
    const text = "CHAPTER I\n\nThe fee was 14_l_. a year, and the books cost 3_s_. 6_d_. more; the _whole_ sum was paid in advance.\n";
    const s = cleanDocument(text).chapters[0].sentences.map((x) => x.text).join(" ");
    expect(s).toBe("The fee was 14l. a year, and the books cost 3s. 6d. more; the whole sum was paid in advance.");
  });
});

describe("a quotation opening on a numbered label", () => {
  const split = (text: string) => splitSentences(text).map((s) => s.text);

  it("keeps the label with the quoted sentence", () => {
    expect(split('The rules run thus: "Rule 7.  Every boarder brings her own sheets. Letters are read by the matron."')).toEqual([
      "The rules run thus: \"Rule 7.  Every boarder brings her own sheets.",
      'Letters are read by the matron."',
    ]);
  });

  it("still ends a quoted sentence that closes after the number", () => {
    expect(split('He said, "Room 9." Then he left.')).toEqual(['He said, "Room 9."', "Then he left."]);
  });
});

describe("a paragraph break the OCR lost after a short line closing a sentence", () => {
  // Twelve paragraphs wrapped to 50 characters (some full lines close a sentence), blank lines between them but one, lost.
  const paragraphs = Array.from({ length: 12 }, (_, k) => wrap([0, 1, 2, 3].map((j) => PROSE[(k + j) % PROSE.length]).join(" ")));
  const joined = (lost: boolean) =>
    ["CHAPTER II.", "", "THE MILL STREAM.", "", ...paragraphs.flatMap((p, k) => (lost && k === 6 ? p : [...p, ""]))].join("\n");
  const bodies = (text: string) => {
    const ch = cleanDocument(text).chapters[0];
    return ch.paragraphs.filter((p) => p.kind === "body").map((p) => ch.text.slice(p.start, p.end));
  };

  it("opens a new paragraph where the next word would have fitted", () => {
    const pars = bodies(joined(true));
    expect(pars.length).toBe(12);
    expect(pars[6].endsWith(paragraphs[6].at(-1)!)).toBe(true);
  });

  it("keeps full lines closing a sentence with their paragraphs", () => {
    expect(paragraphs.flat().filter((l) => /\.$/.test(l) && l.length > 44).length).toBeGreaterThan(3);
    expect(bodies(joined(false)).length).toBe(12);
  });
});
