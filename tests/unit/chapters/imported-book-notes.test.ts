// Clean-up of e-texts as users bring them (session 7): a "FOOTNOTES:" heading over notes already
// filed, two bracketed note numbers after sentence ends whose notes are elsewhere, "*a" note
// markers of "[Footnote a: ...]" notes, an editor's note set wholly in its own brackets, a run-in
// italic head wrapped over two lines, and a chapter summary of sentence-case topics between dashes.
// Invented texts.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { summaryTopics } from "@/lib/chapters/summary";
import type { Block } from "@/lib/chapters/blocks";

const chapter = (text: string) => cleanDocument(text, { filename: "harbour-history.txt" }).chapters[0];
const sentences = (text: string) => chapter(text).sentences.map((s) => s.text);
const block = (text: string): Block => ({ kind: "body", lines: text.split("\n"), text });

const HARBOUR = `CHAPTER II.

THE NEW HARBOUR

The old harbour silted up within a generation of its building, and the
merchants of the town petitioned the council for a new one.[4] The council
agreed to raise the money by a tax on every cask landed at the quay.

The work took eleven years, and the engineer who began it did not live to
see it finished.`;

describe("a notes heading over notes that were already matched to their markers", () => {
  it("is dropped, and the note keeps its citation", () => {
    const ch = chapter(`${HARBOUR}\n\n\nFOOTNOTES:\n\n[4] The petition bore four hundred names.\n`);
    expect(ch.sentences.at(-1)!.text).toBe("The work took eleven years, and the engineer who began it did not live to see it finished.");
    expect(ch.text).not.toMatch(/FOOTNOTES/);
    expect(ch.footnotes.map((f) => [f.number, f.text, f.citedAt?.sentence])).toEqual([["4", "The petition bore four hundred names.", 0]]);
  });

  it("stays when what follows it is no note (a paragraph that merely says Notes.)", () => {
    const ch = chapter(`${HARBOUR}\n\nNotes.\n\nThe town kept its accounts in a ledger that still survives.\n`);
    expect(ch.text).toMatch(/ledger that still survives/);
  });
});

describe("bracketed note numbers whose notes are not in the file", () => {
  it("two in sequence after sentence ends leave the sentences", () => {
    const text = `${HARBOUR.replace("[4]", "")}\n\nThe engineer wrote that "no harbour is finished while the sea moves."[57] His successor\nanswered that "a harbour is a quarrel with the tide."[58]\n`;
    const s = sentences(text);
    expect(s).toContain('The engineer wrote that "no harbour is finished while the sea moves."');
    expect(s).toContain('His successor answered that "a harbour is a quarrel with the tide."');
  });

  it("a single one, or two inside sentences, stay as written", () => {
    const text = `${HARBOUR.replace("[4]", "")}\n\nThe clause [12] of the charter and the clause [13] of the lease say the same.\n`;
    expect(sentences(text).join(" ")).toMatch(/clause \[12\] of the charter and the clause \[13\]/);
  });
});

describe("asterisk note markers of Gutenberg footnotes", () => {
  const text = `${HARBOUR.replace("[4]", "")} *b\n\n[Footnote b: [The engineer's diary is lost; this is from a letter.
--Editor's Note.]]\n\nThe quay was widened in the next century.\n`;

  it("leave the sentence, and the note is linked to it without its editor's brackets", () => {
    const ch = chapter(text);
    const cited = ch.sentences.find((s) => s.footnoteRefs.length)!;
    expect(cited.text).toBe("The work took eleven years, and the engineer who began it did not live to see it finished.");
    expect(ch.footnotes).toHaveLength(1);
    expect(ch.footnotes[0].citedAt?.sentence).toBe(cited.id);
    expect(ch.footnotes[0].text).toBe("The engineer's diary is lost; this is from a letter. —Editor's Note.");
    expect(ch.sentences.map((s) => s.text)).toContain("The quay was widened in the next century.");
  });

  it("an asterisk with no note of its label stays", () => {
    const ch = chapter(`${HARBOUR.replace("[4]", "")} *c\n`);
    expect(ch.text).toMatch(/\*c$/);
  });

  it("a note in brackets that do not enclose it all keeps them", () => {
    const ch = chapter(`${HARBOUR.replace("[4]", "")} *b\n\n[Footnote b: [Lost.] See the letter [of 1802].]\n`);
    expect(ch.footnotes[0].text).toBe("[Lost.] See the letter [of 1802].");
  });
});

describe("a run-in italic head wrapped over two lines", () => {
  it("is set apart as the one-line one is", () => {
    const text = `${HARBOUR}\n\n_The cost of the works compared with the revenue of the\nharbour dues._--The dues paid for the works within thirty years.\n`;
    const ch = chapter(text);
    expect(ch.sentences.map((s) => s.text)).toContain("The dues paid for the works within thirty years.");
    expect(ch.paragraphs.filter((p) => p.kind === "heading").map((p) => ch.text.slice(p.start, p.end))).toContain("The cost of the works compared with the revenue of the harbour dues");
  });
});

describe("a chapter summary of sentence-case topics between dashes", () => {
  const summary = `  Slow silting of the old basin--Petitions of the merchants to the
    council--How the tax on casks was raised--All these delays made the
    works cost twice the estimate--The fishermen's complaint that the
    new moles would spoil the anchorage, and the answer.`;

  it("is read as a summary", () => {
    expect(summaryTopics(block(summary))?.topics).toHaveLength(5);
  });

  it("is kept out of the chapter's sentences", () => {
    const s = sentences(HARBOUR.replace("THE NEW HARBOUR\n\n", `THE NEW HARBOUR\n\n${summary}\n\n`));
    expect(s[0]).toMatch(/^The old harbour silted up/);
    expect(s.some((x) => /Petitions of the merchants/.test(x))).toBe(false);
  });

  it("a paragraph of prose with dashes is not one", () => {
    expect(summaryTopics(block(`The merchants--who had paid for the old basin--were angry, and they said so\nat every meeting--but the council was not moved, and it would not be.`))).toBeNull();
    expect(summaryTopics(block(`We asked the engineer--He said it could not be done--They tried anyway.\nIt was done in a year.`))).toBeNull();
  });
});

describe("a summary under a 'Chapter Summary' label, and a title line in title case", () => {
  const text = `Chapter III: The Harbour Board

Chapter Summary

The merchants have kept the rights of the old guild--They have, however,
made it a public board--How--Why the board may refuse the council's
orders--How it uses this right--Limits set by the charter.

The Harbour Board And Its Place In The Government Of The Town.

${HARBOUR.split("\n\n").slice(2).join("\n\n")}
`;

  it("are kept out of the sentences", () => {
    const ch = chapter(text);
    expect(ch.title).toBe("The Harbour Board");
    expect(ch.sentences[0].text).toMatch(/^The old harbour silted up/);
    expect(ch.sentences.some((s) => /old guild|Its Place In/.test(s.text))).toBe(false);
  });

  it("a 'Summary' label over a paragraph of prose keeps the paragraph", () => {
    const ch = chapter(text.replace(/The merchants have kept[^]*?charter\./, "The merchants kept the rights of the old guild, and the board was made public."));
    expect(ch.sentences.map((s) => s.text)).toContain("The merchants kept the rights of the old guild, and the board was made public.");
  });

  it("a first paragraph of ordinary prose is no title", () => {
    const ch = chapter(text.replace("The Harbour Board And Its Place In The Government Of The Town.", "The Board met in the Town Hall on the first Monday of every month."));
    expect(ch.sentences.map((s) => s.text)).toContain("The Board met in the Town Hall on the first Monday of every month.");
  });
});
