// The second clean-up review of session 20 (fixw20), each finding a general rule on invented text:
// audience notes only when every word of the parenthesis is a response (1); a page break inside a
// cut moves to the cut point (2); numbered section titles only in a counting run of well-formed
// numerals (6); italic run-in heads after a paragraph number or with the stop after the markup (7);
// a lone "I" after "arts." is the pronoun (10); foot folios read from the longest consistent run (5).
import { describe, expect, it } from "vitest";
import type { RawParagraph } from "@/lib/chapters/assemble";
import { splitSentences } from "@/lib/chapters";
import { toBlocks } from "@/lib/chapters/blocks";
import { readFootFolios } from "@/lib/chapters/foot-folios";
import { cutParagraph } from "@/lib/chapters/paragraph-cuts";
import { splitRunInHeadings } from "@/lib/chapters/plain-markup";
import { dropAudienceNotes, readSectionTitles } from "@/lib/chapters/section-titles";

const body = (text: string, breaks: RawParagraph["breaks"] = []): RawParagraph => ({ kind: "body", text, page: "1", breaks });
const dropped = (text: string) => { const p = body(text); dropAudienceNotes([p]); return p.text; };

describe("audience responses (finding 1)", () => {
  it("keeps an aside of the author's that merely opens with a response word", () => {
    for (const text of [
      "Men mock what they fear. (Laughter hides a fear.) So it was in the square.",
      "The first source is the eye. (Sensationalism is another matter.) We go on.",
      "It comes first. (See Part II. Sensation comes first.) Then the rest follows.",
      "They waited. (Cheerfulness was not their habit.) Then they left.",
    ]) expect(dropped(text)).toBe(text);
  });

  it("takes out a response whose every word is a cry or the reporter's word for one", () => {
    expect(dropped("We will pay. (Loud and prolonged cheers.) The rest follows.")).toBe("We will pay. The rest follows.");
    expect(dropped("We will pay. (Hear! hear!) The rest follows.")).toBe("We will pay. The rest follows.");
    expect(dropped("We will pay. (Very well; very well. Great applause.) The rest follows.")).toBe("We will pay. The rest follows.");
  });

  it("takes out a response that opens a paragraph of the speech", () => {
    expect(dropped("(Renewed laughter.) And so the bill was lost.")).toBe("And so the bill was lost.");
  });
});

describe("page breaks inside a cut (finding 2)", () => {
  it("moves a break inside the removed note to the cut point, so the next sentence keeps its page", () => {
    const text = "We pay for both of them. (Great applause.) The farmers will pay.";
    const p = body(text, [{ at: text.indexOf("applause"), page: "13" }]);
    dropAudienceNotes([p]);
    expect(p.text).toBe("We pay for both of them. The farmers will pay.");
    expect(p.breaks[0].at).toBeLessThanOrEqual(p.text.indexOf("The farmers"));
    expect(p.breaks[0].at).toBe("We pay for both of them.".length);
  });

  it("moves a break after the cut back by the cut's length", () => {
    const p = body("abcXYZdef", [{ at: 7, page: "2" }, { at: 1, page: "1" }]);
    cutParagraph(p, 3, 6);
    expect(p.text).toBe("abcdef");
    expect(p.breaks.map((b) => b.at)).toEqual([4, 1]);
  });
});

describe("numbered section titles (finding 6)", () => {
  const heads = (texts: string[]) => {
    const ps = texts.map((t) => body(t));
    readSectionTitles(ps);
    return ps.filter((p) => p.kind === "heading").map((p) => p.text);
  };
  const para = "The river runs down to the sea through the marsh, and the town stands where it can be crossed.";

  it("sets apart titles that count up, at least three", () => {
    expect(heads(["I.--Springs.", para, "II.--Rivers.", para, "III.--Bridges, Fords.", para])).toEqual(["I. Springs", "II. Rivers", "III. Bridges, Fords"]);
  });

  it("leaves a figure key, a lone line of dialogue and an ill-formed numeral as text", () => {
    expect(heads(["A.--The upper bed.", "B.--The middle bed.", "C.--The lower bed.", "D.--The old floor."])).toEqual([]);
    expect(heads([para, "V.--Yes, I saw him there.", para])).toEqual([]);
    expect(heads(["II.--Rivers.", para, "IIII.--Wells.", para, "V.--Lakes.", para])).toEqual([]);
  });
});

describe("italic run-in heads read with the other run-in heads (finding 7)", () => {
  const split = (text: string) => splitRunInHeadings(toBlocks(text)).blocks.map((b) => [b.kind, b.text]);

  it("splits a head after a paragraph number, the number staying with the text", () => {
    expect(split("12. _Ice._--Water freezes first at the top of a pond.")).toEqual([["heading", "Ice"], ["body", "12. Water freezes first at the top of a pond."]]);
  });

  it("splits a head whose stop stands after the markup", () => {
    expect(split("_Ice_.--Water freezes first at the top of a pond.")).toEqual([["heading", "Ice"], ["body", "Water freezes first at the top of a pond."]]);
  });

  it("leaves a head of the study apparatus to the apparatus", () => {
    expect(split("_References_.--Brown's Handbook; Green's Reader, 12-14.")).toHaveLength(1);
  });
});

describe("a lone 'I' after a word abbreviation (finding 10)", () => {
  it("ends the sentence before the pronoun", () => {
    expect(splitSentences("He loved the arts. I did not love them at all.").map((s) => s.text)).toEqual(["He loved the arts.", "I did not love them at all."]);
    expect(splitSentences("It was good art. I should know.")).toHaveLength(2);
  });

  it("keeps a numbered reference whole", () => {
    expect(splitSentences("See Art. I of the charter. It is short.").map((s) => s.text)).toEqual(["See Art. I of the charter.", "It is short."]);
    expect(splitSentences("See Arts. I and II here.")).toHaveLength(1);
  });
});

describe("page-foot folios read from the longest consistent run (finding 5)", () => {
  const page = (foot: string) => ["The carts went down to the mill at dawn, and the miller", "weighed the sacks before the sun was high.", "", foot].join("\n");
  const book = (feet: string[]) => feet.map(page).join("\f");
  const folios = (text: string) => (readFootFolios(text).text.match(/^(?:\d+|[ivxlcdm]+)$/gm) ?? []);

  it("keeps the body's feet when a contents line ending a page of the front matter is no part of their run", () => {
    const text = book(["CHAPTER III. THE MILL      17", "BOOK I.      41", "BOOK I.      42", "BOOK I.      43", "BOOK I.      44"]);
    expect(readFootFolios(text).count).toBe(4);
    expect(readFootFolios(text).text).toContain("CHAPTER III. THE MILL      17");
  });

  it("counts roman front matter and the arabic text apart", () => {
    const text = book(["PREFACE.      ix", "PREFACE.      x", "PREFACE.      xi", "BOOK I.      1", "BOOK I.      2", "BOOK I.      3"]);
    expect(folios(text)).toEqual(["ix", "x", "xi", "1", "2", "3"]);
  });

  it("leaves one folio misread by the OCR and keeps the rest", () => {
    const text = book(["THE MILL      xliii", "THE MILL      xliv", "THE MILL      xiv", "THE MILL      xlvi", "THE MILL      xlvii"]);
    expect(folios(text)).toEqual(["xliii", "xliv", "xlvi", "xlvii"]);
  });

  it("reads a verso's foot with the folio first", () => {
    const text = book(["41      HISTORY OF THE MILL", "BOOK I.      42", "43      HISTORY OF THE MILL", "BOOK I.      44"]);
    expect(folios(text)).toEqual(["41", "42", "43", "44"]);
  });
});
