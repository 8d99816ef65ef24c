// The spans a rater's note quotes (scripts/lib/quoted, read by scripts/blank-wanted-audit): an
// apostrophe is no quotation mark. Invented notes.
import { describe, expect, it } from "vitest";
import { quotedSpans } from "@/scripts/lib/quoted";

describe("quotedSpans", () => {
  it("quotes in double and single marks, straight or curly", () => {
    expect(quotedSpans(`blank "harbour dues" instead`)).toEqual(["harbour dues"]);
    expect(quotedSpans("blank 'harbour dues' or ‘the toll’")).toEqual(["harbour dues", "the toll"]);
    expect(quotedSpans("'tax' is the point")).toEqual(["tax"]);
  });
  it("does not open a quotation on an apostrophe", () => {
    expect(quotedSpans(`blank the author's "tax" instead`)).toEqual(["tax"]);
    expect(quotedSpans(`the merchants' "toll" is the point`)).toEqual(["toll"]);
  });
  it("does not close a quotation on an apostrophe inside a word", () => {
    expect(quotedSpans("blank 'the guild's charter' instead")).toEqual(["the guild's charter"]);
  });
});
