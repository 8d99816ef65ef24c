// Plain-text e-books write a printed side-note as "[Sidenote: …]" where it stood beside the text,
// and an editor's remark as "[Transcriber's Note: …]". Neither is a sentence of the book.
// Invented text throughout.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { liftBracketMarginalia } from "@/lib/chapters/bracket-marginalia";

describe("bracketed side-notes and transcriber's notes", () => {
  it("lifts a side-note on a line of its own, and the paragraph around it reads on", () => {
    const text = [
      "The river traders met each spring at the ford, where the tolls of the",
      "[Sidenote: Tolls at the ford.]",
      "bridge-keepers were paid in salt and cloth.",
    ].join("\n");
    const r = liftBracketMarginalia(text);
    expect(r.text).toBe("The river traders met each spring at the ford, where the tolls of the\nbridge-keepers were paid in salt and cloth.");
    expect(r.sidenotes).toBe(1);
  });

  it("lifts a side-note set inside a line, over two lines, or with a bracket inside it", () => {
    const text = "[Sidenote: The market\nmoves.] In the third year the market moved to the hill. [Side-note: A new hall [1802].] A hall was built.";
    const r = liftBracketMarginalia(text);
    expect(r.text).toBe("In the third year the market moved to the hill. A hall was built.");
    expect(r.sidenotes).toBe(2);
  });

  it("lifts a transcriber's note and counts it apart", () => {
    const r = liftBracketMarginalia("The weavers struck in May.\n\n[Transcriber's Note: Obvious printer's errors have been corrected.]\n\nThe mills closed.");
    expect(r.text).not.toMatch(/Transcriber|printer/);
    expect(r).toMatchObject({ sidenotes: 0, transcriberNotes: 1 });
  });

  it("leaves a bracket that never closes, and other brackets, alone", () => {
    const open = "The council [Sidenote: never closed here and the text runs on" + " and on".repeat(100) + ".";
    expect(liftBracketMarginalia(open).text).toBe(open);
    const other = "The statute [of 1802] named a [Note: see below] keeper.";
    expect(liftBracketMarginalia(other)).toEqual({ text: other, sidenotes: 0, transcriberNotes: 0, corrections: 0, subheads: 0 });
  });

  it("keeps side-notes out of the cleaned chapter's sentences and says so in the layout report", () => {
    const doc = cleanDocument([
      "CHAPTER I. THE FORD",
      "",
      "[Sidenote: Early trade.]",
      "",
      "The river traders met each spring at the ford. They paid their tolls in salt",
      "[Sidenote: Tolls.]",
      "and cloth, and the keepers sold both in the town.",
    ].join("\n"));
    const sentences = doc.chapters.flatMap((c) => c.sentences.map((s) => s.text));
    expect(sentences.join(" ")).not.toMatch(/Sidenote|Early trade|Tolls\./);
    expect(sentences).toContain("They paid their tolls in salt and cloth, and the keepers sold both in the town.");
    expect(doc.layout.notes.join(" ")).toMatch(/2 bracketed side-note/);
  });
});
