// Session 21 (clean21): a salutation standing alone and a letter's close printed without its signer
// are letter furniture, not text. Invented letters.
import { describe, expect, it } from "vitest";
import { markLetterFurniture } from "@/lib/chapters/letter-furniture";
import type { RawParagraph } from "@/lib/chapters/assemble";

const para = (text: string, kind: RawParagraph["kind"] = "body"): RawParagraph => ({ kind, text, page: null, breaks: [] });
const kinds = (ps: RawParagraph[]) => { markLetterFurniture(ps); return ps.map((p) => p.kind); };

describe("letters without signers", () => {
  it("marks a salutation alone and closes that end a letter before the next heading or the end", () => {
    const ps = [
      para("Letter IV", "heading"),
      para("Dear Madam,"),
      para("The frogs in the lower pond began to croak a week before the cuckoo came, which I never saw before."),
      para("I am, etc."),
      para("Letter V", "heading"),
      para("My dear Friend,"),
      para("The frogs are silent again, and the pond is full of spawn."),
      para("I remain,"),
      para("With great respect, etc."),
    ];
    expect(kinds(ps)).toEqual(["heading", "apparatus", "body", "apparatus", "heading", "apparatus", "body", "apparatus", "apparatus"]);
  });

  it("leaves a salutation run into the letter's text, and a close followed by more text", () => {
    const ps = [
      para("Sir,--The frogs in the lower pond began to croak early this year."),
      para("I am, etc."),
      para("So the letter ended; but the frogs went on croaking all summer."),
    ];
    expect(kinds(ps)).toEqual(["body", "body", "body"]);
  });

  it("leaves a chapter's last sentence that opens like a close and goes on about something else (fixclean21)", () => {
    const ps = [para("The boat sails at dawn, and the hold is nearly full."), para("We are short of nails, rope, tar, etc.")];
    expect(kinds(ps)).toEqual(["body", "body"]);
    expect(kinds([para("The boat sails at dawn."), para("Yours very truly, etc.")])).toEqual(["body", "apparatus"]);
  });

  it("leaves a short sentence that only opens like a close", () => {
    const ps = [para("Dear Sir,"), para("The pond is full."), para("I am certain of it.")];
    expect(kinds(ps)).toEqual(["apparatus", "body", "body"]);
  });
});

describe("a recurring line in a text without page numbers", () => {
  it("is reported as a running head kept out, not as page breaks", async () => {
    const { cleanDocument } = await import("@/lib/chapters");
    const letter = (n: string) => `Letter ${n}\n\nTo The Warden of the Lower Mill\n\nThe frogs in the lower pond croaked early this year, and the eels ran late in the season.\n\nThe weir was mended in the spring, and the water stood high until the autumn came.`;
    const doc = cleanDocument(["I", "II", "III"].map(letter).join("\n\n") + "\n");
    const notes = doc.layout.notes.join("\n");
    expect(notes).not.toMatch(/page break/);
    // (fixclean21: and the note is there, counting the recurring lines taken out.)
    expect(notes).toMatch(/2 recurring line\(s\) kept out of the text as running heads/);
  });
});
