import { describe, expect, it } from "vitest";
import { findQuoted, preferredBlanks } from "@/lib/cards/spans/notes";

const SENTENCE = "In the harbour town of Vanceport the guild of ropemakers held the monopoly of hemp and tar until the charter was revoked in 1702.";
const span = (s: string) => { const i = SENTENCE.indexOf(s); return { start: i, end: i + s.length }; };
const texts = (note: string, rejected: string) => preferredBlanks(note, SENTENCE, span(rejected)).map((o) => SENTENCE.slice(o.start, o.end));

describe("preferredBlanks: the blank a rater's note asks for", () => {
  it.each([
    [`blank "monopoly of hemp and tar" instead`, "1702", ["monopoly of hemp and tar"]],
    ["blank 'Vanceport' (or 'guild of ropemakers') instead of the date", "1702", ["Vanceport", "guild of ropemakers"]],
    [`"hemp and tar" (the point) instead of "harbour town"`, "harbour town", ["hemp and tar"]],
    [`trivial; blank only "monopoly"`, "guild", ["monopoly"]],
    [`blank "held the ... tar"`, "1702", ["held the monopoly of hemp and tar"]],
    [`Blank "Charter" rather than the year`, "1702", ["charter"]],
    // Session 11 (blankchoice): forms of the strict raters' notes the first parser missed.
    [`"I" -> "Mara"; blank "guild of ropemakers" not "Vanceport"`, "Vanceport", ["guild of ropemakers"]],
    [`fix: "the town -> Vanceport; blank 'hemp and tar' instead"`, "1702", ["hemp and tar"]],
    [`blank the cause "charter was revoked"`, "1702", ["charter was revoked"]],
    [`blank the point: "monopoly of hemp and tar", not "guild"`, "guild", ["monopoly of hemp and tar"]],
    [`the claim is "monopoly"; blank that instead of "harbour town"`, "harbour town", ["monopoly"]],
    [`blank could be just "Vanceport"`, "harbour town of Vanceport", ["Vanceport"]],
    [`-> "held {{c1::the monopoly}} of hemp"`, "guild", ["the monopoly"]],
  ])("%s (card blanked %s) → %j", (note, rejected, want) => {
    expect(texts(note, rejected)).toEqual(want);
  });

  it("extends the card's own blank through the phrase the note names", () => {
    expect(texts("extend blank through 'hemp and tar'", "monopoly")).toEqual(["monopoly of hemp and tar"]);
  });

  it.each([
    [`blank on bare noun "guild"`, "guild"],
    [`blanks "Vanceport", a side detail`, "Vanceport"],
    [`"A month later" -> "In May"; the blank is fine`, "1702"],
    [`blank "the salt works" instead`, "1702"],
    [`blank 'ropemakers' instead of "1702"`, "ropemakers"],
    ["the people's 'harbour' is vague", "1702"],
    [`the claim is "monopoly"; the blank is fine`, "guild"],
    [`"the charter" unresolved; blank is a date`, "1702"],
    [undefined, "1702"],
  ])("names no other blank in the sentence: %s", (note, rejected) => {
    expect(texts(note as string, rejected)).toEqual([]);
  });
});

describe("findQuoted", () => {
  it("finds a phrase case-insensitively and an elided phrase from its first to its last part", () => {
    expect(findQuoted("The Guild held it.", "guild")).toEqual({ start: 4, end: 9 });
    expect(findQuoted("a b c d e", "b … d")).toEqual({ start: 2, end: 7 });
    expect(findQuoted("a b c", "d")).toBeNull();
  });
});

describe("preferredBlanks: apostrophes inside a single-quoted phrase", () => {
  it("keeps a possessive inside the quote", () => {
    const s = "The heat of the kiln was measured by Orlen's copper gauge in the spring.";
    const got = preferredBlanks("blank 'Orlen's copper gauge' instead of the season", s, { start: s.indexOf("spring"), end: s.indexOf("spring") + 6 });
    expect(got.map((o) => s.slice(o.start, o.end))).toEqual(["Orlen's copper gauge"]);
  });
});
