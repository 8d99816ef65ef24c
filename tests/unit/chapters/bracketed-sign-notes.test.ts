// Notes marked "(*)" (lib/chapters/bracketed-sign-notes.ts): the rule on INVENTED text, then a check
// on the translated treatise in training that sets its translator's notes so.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { fixture } from "./fixtures";

const TEXT = `CHAPTER III(*) -- OF HARBOURS AND THEIR KEEPING

     (*) This chapter was added in the second edition.

A harbour must be dredged every year, or the silt of the river will close it.(*) The keeper of the
harbour pays for the dredging out of the dues he takes from ships.

     (*) The river here is the one that runs past the old mill.

The poet says of such a place:

     "The tide comes in, the tide goes out,
     And leaves the sand behind."(*)

Ships that wait outside the bar must pay a toll to the pilot who brings them in.

     (*) The tide is slow, the sand is deep,
     The harbour shuts its door.

     Thomas Reed.

Every pilot is licensed by the town and must know the channel by night as well as by day.
`;

describe("notes marked (*)", () => {
  const doc = cleanDocument(TEXT);
  const ch = doc.chapters[0];
  const paragraphs = ch.paragraphs.map((p) => ch.text.slice(p.start, p.end));

  it("files each note as a footnote and takes the sign out of the sentence citing it", () => {
    expect(paragraphs.some((p) => /\(\*\)/.test(p))).toBe(false);
    expect(ch.footnotes.map((n) => n.text)).toEqual([
      "This chapter was added in the second edition.",
      "The river here is the one that runs past the old mill.",
      "The tide is slow, the sand is deep, The harbour shuts its door. Thomas Reed.",
    ]);
    expect(ch.sentences.find((s) => s.text.startsWith("A harbour must"))?.footnoteRefs.length).toBe(1);
    expect(ch.footnotes[0].citedAt).toBeFalsy();
  });

  it("takes the sign off the chapter's title and keeps the quoted verse and its source out of the text", () => {
    expect(ch.title).not.toMatch(/[(*)]/);
    expect(paragraphs.some((p) => /Thomas Reed|harbour shuts/.test(p))).toBe(false);
    expect(paragraphs.some((p) => /leaves the sand behind/.test(p))).toBe(true);
  });

  it("files the translated treatise's notes in training and clears its text of the signs", () => {
    const d = cleanDocument(fixture("pd-machiavelli-prince-ch15-18.txt"), { filename: "pd-machiavelli-prince-ch15-18.txt" });
    const text = d.chapters.map((c) => c.text).join("\n");
    expect(text).not.toMatch(/\(\*\)|Christopher Pitt|Italian Proverb|^\(\)/m);
    expect(d.chapters.flatMap((c) => c.footnotes)).toHaveLength(7);
    expect(d.chapters.map((c) => c.title).join(" ")).not.toMatch(/\(/);
  });

  it("links a note cited in a sentence that opens on a word like a heading's label ('Part of…')", () => {
    // INVENTED: "Part" with no numeral after it opens a sentence, not a heading.
    const d = cleanDocument(`CHAPTER I -- OF THE SIEGE

The town held out through the winter, though its walls were old and its stores were low.

Part of the army deserted to the enemy.(*) The rest held the gate until the spring came.

     (*) They were paid by the duke to go over.

The siege was raised in April, when the relief came over the hills from the west.
`);
    const c = d.chapters[0];
    expect(c.sentences.find((s) => s.text.startsWith("Part of the army"))?.footnoteRefs.length).toBe(1);
    expect(c.footnotes.map((n) => n.text)).toEqual(["They were paid by the duke to go over."]);
  });
});
