// Session 20 (clean20): the layouts of the set rotated into training at the session's start, as
// general rules of book typography. Invented texts only.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { dropRunningQuotes, readTexQuotes, restoreSpaceAfterStop } from "@/lib/chapters/quotation-marks";
import { gatherChapterNotes } from "@/lib/chapters/chapter-notes";

const doc = (text: string) => cleanDocument(text);
const sentencesOf = (text: string) => doc(text).chapters.flatMap((c) => c.sentences.map((s) => s.text));

describe("TeX quotation marks", () => {
  // (TeX's opening mark written "<<" here: a backtick cannot stand in a template string.)
  const text = `The Lighthouse Keepers

Sailors call the low fog of a cold morning <<sea smoke'' or <<frost
breath,'' and the keepers of the old lights used the same words. A
keeper who saw <<the white wall'' coming lit the lamp at once.
`.replace(/<</g, "``");
  it("reads `` and '' as opening and closing quotation marks", () => {
    const s = sentencesOf(text);
    expect(s[0]).toContain("“sea smoke” or “frost breath,”");
    expect(s.join(" ")).not.toContain("''");
    expect(s[1]).toContain("“the white wall”");
  });
  it("leaves a text with one stray pair, and inch marks, alone", () => {
    expect(readTexQuotes("a ``single'' pair").count).toBe(0);
    expect(readTexQuotes("a board 6'' wide and ``one'' and ``two''").text).toBe("a board 6'' wide and “one” and “two”");
  });
});

describe("running quotation marks at the heads of lines", () => {
  const scan = `    The old chronicler is plain about the river men. "They are
"tall and strong, quick to anger and slow to forgive, and
"they hold the fords against all comers. When the ice brea¬
"ks they go down to the sea in boats of hide," he says, and
his account is borne out by the later writers.
    Of their towns he says less. "They live in huts of reed and
"clay, and move them when the river moves."
`;
  it("drops the marks that open lines inside a quotation, and joins a word cut across one", () => {
    const s = sentencesOf(scan);
    expect(s.join(" ")).toContain(`"They are tall and strong, quick to anger and slow to forgive, and they hold the fords against all comers.`);
    expect(s.join(" ")).toContain(`When the ice breaks they go down to the sea in boats of hide," he says`);
    expect(s.join(" ")).toContain(`"They live in huts of reed and clay, and move them when the river moves."`);
  });
  it("leaves a line-opening quotation mark in a text that does not use the convention", () => {
    const text = `He said "yes and
"no" to everything.\n`;
    expect(dropRunningQuotes(text).text).toBe(text);
  });
  it("opens a fresh count at a blank line or a line set in further (a new paragraph)", () => {
    const text = `"One
"two
"three
"four

"Five is a new quotation."
`;
    // (The quotation is left open above the blank line, so that only the fresh count keeps "Five"'s
    // mark; a line set in further: session20-review-mends.test.ts.)
    const out = dropRunningQuotes(text).text;
    expect(out).toBe(`"One\ntwo\nthree\nfour\n\n"Five is a new quotation."\n`);
  });
});

describe("a space lost after a full stop", () => {
  it("restores it, so the two sentences part", () => {
    const s = sentencesOf(`The Mill

The wheel had stopped.A new stone was ordered from the quarry, and the miller waited a month for it.
`);
    expect(s).toEqual(["The wheel had stopped.", "A new stone was ordered from the quarry, and the miller waited a month for it."]);
  });
  it("leaves initials, dotted abbreviations and web addresses", () => {
    for (const t of ["Mr. J.R.Smith wrote", "e.g.The form", "U.S.Army", "see www.example.Org/page"]) expect(restoreSpaceAfterStop(t).text).toBe(t);
    expect(restoreSpaceAfterStop("add 5 cc.Water").text).toBe("add 5 cc. Water");
  });
});

describe("notes gathered under 'Footnotes to Chapter N'", () => {
  const text = `Chapter 1.

     Boyhood: the school by the mill: first voyages: the wreck:
     marriage.

The boy was sent to the school by the mill when he was seven.[1] He
stayed there for five years, and left it to go to sea.

He sailed first in a coal brig.[2] The master was a hard man.


Footnotes to Chapter 1

     [1] The school is described in a letter of his sister, written
     long afterwards:--

     'The master kept a cane on the desk and never used it.
     We were all afraid of it.'

     [2] She was lost two years later off the Dogger Bank.




Chapter 2.

     The first command: the voyage to the ice: home again.
     Later years.

He took his first command at twenty-six.[1] The ship was small.


Footnotes to Chapter 2

     [1] The papers of the owners give the date.
`;
  it("files each note with all its paragraphs, none read as text, with no pages invented", () => {
    const d = doc(text);
    expect(d.chapters).toHaveLength(2);
    const [one, two] = d.chapters;
    expect(one.sentences.map((s) => s.text).join(" ")).not.toMatch(/cane|Dogger|school is described/);
    expect(one.footnotes.map((f) => f.number)).toEqual(["1", "2"]);
    expect(one.footnotes[0].text).toContain("We were all afraid of it.");
    expect(one.footnotes[0].citedAt).not.toBeNull();
    expect(two.footnotes.map((f) => f.text)).toEqual(["The papers of the owners give the date."]);
    expect([...one.sentences, ...two.sentences].every((s) => s.page === null)).toBe(true);
    expect(one.pages).toEqual([]);
  });
  it("keeps the colon-joined summary under the heading out of the text", () => {
    const first = doc(text).chapters[0].sentences[0].text;
    expect(first).toBe("The boy was sent to the school by the mill when he was seven.");
  });
  it("leaves a section whose first text is not a labelled note", () => {
    const t = "Notes to Chapter 3\n\n     These were lost.\n";
    expect(gatherChapterNotes(t).text).toBe(t);
  });
});

describe("a run-in ordinal enumerator", () => {
  it("is no sentence of its own; the point it numbers is", () => {
    const s = sentencesOf(`The Harbour

There are two reasons why the harbour silts, which may be stated briefly as:

First. The sand carried along the coast by the tides, which settles wherever the water is still.

Second. The mud brought down by the river in the winter floods.
`);
    expect(s).not.toContain("First.");
    expect(s).not.toContain("Second.");
    expect(s).toContain("The sand carried along the coast by the tides, which settles wherever the water is still.");
  });
});
