// Session 21 (clean21): a note set in parentheses right under its paragraph ("(* Built in 1702.)"),
// cued by a sign glued to a word above, is filed as the paragraph's footnote. Invented text.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const chapter = (text: string) => cleanDocument(`CHAPTER 1.\n\n${text}\n`).chapters[0];

describe("notes in parentheses under their paragraph", () => {
  const text = [
    "The miller kept his accounts in the old tower* by the weir, and",
    "never lent the key to anyone.",
    "(* Built by the abbey, and long since pulled down.)",
    "",
    "The weir itself was mended every spring.*",
    "(* Nunc aqua per saxa",
    "Currit, et alta sonat ...)",
    "",
    "The eels ran in October.",
  ].join("\n");

  it("takes the notes out of the text and the signs out of the sentences", () => {
    const ch = chapter(text);
    expect(ch.text).not.toContain("(*");
    expect(ch.sentences.map((s) => s.text).join(" ")).not.toMatch(/\*/);
    expect(ch.footnotes.map((f) => f.text)).toEqual(["Built by the abbey, and long since pulled down.", "Nunc aqua per saxa Currit, et alta sonat ..."]);
  });

  it("cites each note at the sentence that carries its sign", () => {
    const ch = chapter(text);
    const cited = ch.footnotes.map((f) => f.citedAt && ch.sentences[f.citedAt.sentence].text);
    expect(cited[0]).toMatch(/^The miller kept/);
    expect(cited[1]).toMatch(/^The weir itself/);
  });

  it("leaves a bracketed aside that is no note", () => {
    // (fixclean21: an input with "(*" in it, so that the rule is tried; its bracket closes mid-line.)
    const ch = chapter("The miller kept the key.*\n(* so he said) and walked home by the weir.");
    expect(ch.footnotes).toEqual([]);
    expect(ch.sentences.map((s) => s.text).join(" ")).toContain("walked home by the weir");
  });

  // fixclean21: one note per "(sign" line, each ending where its bracket closes.
  it("files two notes of one block apart, each at its own sign", () => {
    const ch = chapter("The mill* and the weir** stood side by side.\n(* Built by the abbey.)\n(** Mended in the spring.)");
    expect(ch.footnotes.map((f) => f.text)).toEqual(["Built by the abbey.", "Mended in the spring."]);
    expect(ch.text).not.toMatch(/\*/);
    expect(ch.footnotes.every((f) => f.citedAt?.sentence === 0)).toBe(true);
  });

  it("gives the lines after a note back to the text", () => {
    const ch = chapter("The mill stood by the weir.*\n(* Built by the abbey.)\nThe miller kept the key (as his father had)");
    expect(ch.footnotes.map((f) => f.text)).toEqual(["Built by the abbey."]);
    expect(ch.sentences.map((s) => s.text)).toContain("The miller kept the key (as his father had)");
  });

  it("takes no emphasis asterisk for the note's sign", () => {
    const ch = chapter("The old tower* by the weir was *never* opened.\n(* Built by the abbey.)");
    expect(ch.footnotes.map((f) => f.text)).toEqual(["Built by the abbey."]);
    expect(ch.text).toContain("never");
    expect(ch.text).not.toMatch(/tower\*|\*never /);
    expect(ch.footnotes[0].citedAt?.sentence).toBe(0);
  });
});
