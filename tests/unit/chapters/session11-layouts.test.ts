// The layouts behind session 11's clean-up defects (docs/card-generator.md, "Session 11 measurement
// and recommended next steps"), each rule on invented text: running heads in ordinary case with the
// page number at the corner, drop capitals, enumerations run into a paragraph, numbered run-in
// section heads, "(1)" notes, Gutenberg "FOOTNOTES:" with labels alone on their lines, emphasis
// inside a word and a transcriber's note glued to a word. Right-margin side-notes: right-margin-notes.test.ts.
import { describe, expect, it } from "vitest";
import { cleanDocument, splitSentences } from "@/lib/chapters";
import { joinDropCapitals } from "@/lib/chapters/drop-capitals";
import { paragraphs, wrap } from "../../support/prose";

const sentences = (doc: string) => cleanDocument(doc).chapters.flatMap((c) => c.sentences.map((s) => s.text));
const texts = (s: string) => splitSentences(s).map((x) => x.text);

describe("running heads in ordinary case, the page number at the outer corner", () => {
  const paras = paragraphs(31, 12, [4, 6]).map((p) => wrap(p.join(" "), 60, "   "));
  // Pages of 14 lines, a head over each (no blank line under it), a form feed between.
  const lines = paras.flat();
  const pages: string[] = [];
  for (let i = 0, n = 40; i < lines.length; i += 14, n++) {
    const head = n % 2 === 0 ? `${n}${" ".repeat(22)}The Growth of Market Towns.` : `Rivers and Their Trade.${" ".repeat(35)}${n}`;
    pages.push([head, ...lines.slice(i, i + 14)].join("\n"));
  }
  const doc = pages.join("\n\f");
  const cleaned = cleanDocument(doc);

  it("reads each head as a page top, out of the text, its number the page's", () => {
    const text = cleaned.chapters.map((c) => c.text).join(" ");
    expect(text).not.toMatch(/Market Towns|Their Trade/);
    expect(cleaned.chapters[0].pages.map((p) => p.page)).toEqual(pages.map((_, k) => String(40 + k)));
  });

  it("keeps a paragraph's first line that merely ends in a number", () => {
    const line = "   The toll was raised in the year of the flood to     12";
    expect(cleanDocument(`${line}\n${paras[0].slice(1).join("\n")}\n\n${paras[1].join("\n")}`).chapters[0].text).toContain("the year of the flood to 12");
  });
});

describe("joinDropCapitals", () => {
  it("joins a letter on a line of its own to the rest of its word", () => {
    expect(joinDropCapitals("CHAPTER I.\n\nT\n   HE harbour was small.").text).toBe("CHAPTER I.\n\n   THE harbour was small.");
    expect(joinDropCapitals("W\n   HEN the river rose, the town moved.").text).toBe("   WHEN the river rose, the town moved.");
  });
  it("joins a letter set apart on a paragraph's first line", () => {
    expect(joinDropCapitals("\nT HE harbour was small.").text).toBe("\nTHE harbour was small.");
  });
  it("leaves words: 'A' and 'I' alone, a letter before a word it does not begin", () => {
    for (const t of ["\nA MAN came to the gate.", "\nI AM the keeper of the gate.", "Q\n   UX was no word."]) expect(joinDropCapitals(t).count).toBe(0);
    expect(joinDropCapitals("B\n   HE said so.").count).toBe(0); // "BHE" is no word
  });
});

describe("an enumeration run into a paragraph", () => {
  it("keeps each item's label with its item", () => {
    expect(texts("The causes were these: I. The price of salt. II. The want of roads, in the north. III. The wars. It was enough.")).toEqual([
      "The causes were these: I. The price of salt.", "II. The want of roads, in the north.", "III. The wars.", "It was enough.",
    ]);
    expect(texts("He named three rules, viz.: 1. Keeping the accounts. 2. Paying the tolls. 3. Mending the road.")).toEqual([
      "He named three rules, viz.: 1. Keeping the accounts.", "2. Paying the tolls.", "3. Mending the road.",
    ]);
  });
  it("ends the sentence before an item set off by a dash", () => {
    expect(texts("I name two faults as examples—1. That the roads are bad. Who would mend them?—2. That the tolls are high.")).toEqual([
      "I name two faults as examples", "1. That the roads are bad.", "Who would mend them?", "2. That the tolls are high.",
    ]);
  });
  it("leaves a lone number that is no item: a paragraph's section number, a ratio, a range", () => {
    expect(texts("20. All the objects of reason are of two kinds.")).toEqual(["20.", "All the objects of reason are of two kinds."]);
    expect(texts("The ratio was 3:1. It held for every cross.")).toEqual(["The ratio was 3:1.", "It held for every cross."]);
    expect(texts("See pages 10—12. The map is there.")).toEqual(["See pages 10—12.", "The map is there."]);
  });
});

describe("numbered sections whose titles run into their first paragraphs", () => {
  const body = paragraphs(41, 8, [5, 7]).map((p) => p.join(" "));
  const doc = [
    "Chapter One: The Market Towns",
    `1. The Rise of the Fairs. ${body[0]}`, body[1],
    `2. Tolls and Bridges. ${body[2]}`, body[3],
    `3. The Decline of the Roads. ${body[4]}`, body[5],
    `Summary. ${body[6]}`,
  ].map((p) => wrap(p, 70).join("\n")).join("\n\n");
  const ch = cleanDocument(doc).chapters[0];
  const kinds = ch.paragraphs.map((p) => `${p.kind}: ${ch.text.slice(p.start, p.end).slice(0, 30)}`);

  it("sets each title apart as a heading with its number, and the closing 'Summary' too", () => {
    expect(kinds.filter((k) => k.startsWith("heading"))).toEqual([
      "heading: 1. The Rise of the Fairs", "heading: 2. Tolls and Bridges", "heading: 3. The Decline of the Roads", "heading: Summary",
    ]);
    expect(ch.sentences.map((s) => s.text)).not.toContain("Summary.");
    expect(ch.sentences[0].text).toBe(body[0].split(/(?<=\.) /)[0]);
  });

  it("leaves numbered sections that open on a sentence, and a title-cased sentence of one short word", () => {
    const plain = [`1. ${body[0]}`, `2. ${body[2]}`, `3. ${body[4]}`, `Yes. ${body[6]}`].map((p) => wrap(p, 70).join("\n")).join("\n\n");
    expect(cleanDocument(plain).chapters[0].paragraphs.filter((p) => p.kind === "heading")).toEqual([]);
  });
});

describe("notes labelled '(1)' after the paragraph that cites them", () => {
  const [a, b, c] = paragraphs(51, 3, [4, 5]).map((p) => p.join(" "));
  const doc = [
    `${a.replace(/\.$/, "")} by the river (1). ${b}`, " (1) A river of the northern plain.",
    `The merchants of the coast (2) came in spring, with the salt carriers (3). ${c}`, " (2) From the harbour towns.", " (3) Lit. \"men of the salt.\"",
    `So the fair grew (1), and the tolls with it. ${a}`, " (1) See the account of the fair above.",
  ].map((p) => wrap(p, 70).join("\n")).join("\n\n");
  const doc2 = cleanDocument(doc);

  it("files the notes as footnotes and takes their labels out of the sentences", () => {
    const ch = doc2.chapters[0];
    expect(ch.footnotes.map((n) => n.text)).toEqual(["A river of the northern plain.", "From the harbour towns.", "Lit. \"men of the salt.\"", "See the account of the fair above."]);
    expect(ch.sentences.map((s) => s.text).join(" ")).not.toMatch(/\(\d\)/);
  });

  it("leaves an enumeration in parentheses with no notes for it", () => {
    const list = `${wrap(`The fair had three rules: (1) no weapons, (2) no debts, and (3) no quarrels. ${a}`, 70).join("\n")}\n\n${wrap(b, 70).join("\n")}`;
    expect(cleanDocument(list).chapters[0].text).toContain("(1) no weapons, (2) no debts, and (3) no quarrels");
  });
});

describe("Gutenberg 'FOOTNOTES:' with labels alone on their lines", () => {
  const [a, b, c, d] = paragraphs(61, 4, [4, 5]).map((p) => wrap(p.join(" "), 70).join("\n"));
  const doc = [
    "II. THE MARKET TOWNS.[1]", a, `${b}[2]`, c, "FOOTNOTES:", "[1]", "A note on the whole chapter. It was written later.",
    "[2]\nThe fair was held in May.", "A second paragraph of the same note.",
  ].join("\n\n");
  const cleaned = cleanDocument(doc);
  const ch = cleaned.chapters[0];

  it("files each note under its label, with all its paragraphs, and drops the 'FOOTNOTES:' line", () => {
    expect(ch.footnotes.map((n) => n.number)).toEqual(["1", "2"]);
    expect(ch.footnotes[1].text).toContain("A second paragraph of the same note.");
    expect(ch.sentences.map((s) => s.text).join(" ")).not.toMatch(/FOOTNOTES|A note on the whole chapter|same note/);
    expect(ch.pages).toEqual([]); // "[1]" and "[2]" are no page numbers
  });

  it("takes the note marker off the chapter's title", () => {
    expect(ch.title).toBe("The Market Towns");
    expect(d).toBeTruthy();
  });
});

describe("inline marks", () => {
  const wrapDoc = (s: string) => cleanDocument(wrap(s, 70).join("\n")).chapters[0].text;
  it("takes emphasis off the first part of a word, and reads a dash after '!'", () => {
    expect(wrapDoc("The rooms were all _un_ventilated by the closed windows. The slops stood in the pans!--it was that the maids were never taught.")).toBe(
      "The rooms were all unventilated by the closed windows. The slops stood in the pans!—it was that the maids were never taught.",
    );
  });
  it("keeps the space after a transcriber's note glued to a word", () => {
    expect(wrapDoc("For diseases, as all experience shows,[Transcriber's note: a typo in the original] are conditions, not things.")).toBe(
      "For diseases, as all experience shows, are conditions, not things.",
    );
  });
});
