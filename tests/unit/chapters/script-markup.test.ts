// E-text sub- and superscript markup (lib/chapters/script-markup.ts) and OCR repairs kept off
// words of a foreign quotation (lib/chapters/ocr-words.ts): the rules on INVENTED text, then a
// check on the two books in training that print them.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { readScriptMarkup } from "@/lib/chapters/script-markup";
import { repairOcrWords } from "@/lib/chapters/ocr-words";
import { fixture } from "./fixtures";

describe("sub- and superscript markup of plain e-texts", () => {
  it("sets a subscript down after its symbol and a superscript of figures as Unicode figures", () => {
    expect(readScriptMarkup("Lime water turns milky in SO_{2} and in H_2O vapour; 10^{6} atoms; 10^(-3) metres; Grade 41^{IV} steel.").text)
      .toBe("Lime water turns milky in SO2 and in H2O vapour; 10⁶ atoms; 10⁻³ metres; Grade 41IV steel.");
  });

  it("reads the markup between two prices, which are no inline formula", () => {
    // INVENTED: "$5 … $7" are prices; "$x_{1}$" is a formula left to the converters' math reader.
    expect(readScriptMarkup("It cost $5 to make CO_{2} and $7 more.").text).toBe("It cost $5 to make CO2 and $7 more.");
    expect(readScriptMarkup("Take $x_{1}$ and H_2O.").text).toBe("Take $x_{1}$ and H2O.");
  });

  it("leaves a lone underscore or caret and a name with an underscore alone", () => {
    const text = "The key file_name is kept, a ^ b is kept, and _emphasis_ is kept.";
    expect(readScriptMarkup(text).text).toBe(text);
  });

  it("leaves TeX mathematics to the math reader", () => {
    const text = "The rate is $V_{max}$ here, and $$E = mc^{2}$$ there; but CO_{2} is plain.";
    expect(readScriptMarkup(text).text).toBe("The rate is $V_{max}$ here, and $$E = mc^{2}$$ there; but CO2 is plain.");
  });

  it("keeps the braces of a subscript from being read as a page mark", () => {
    const ch = cleanDocument("CHAPTER I\n\nThe gas SO_{2} is heavy and it sinks to the floor of a closed room.\n").chapters[0];
    expect(ch.text).toContain("The gas SO2 is heavy");
    expect(ch.pages.length).toBeLessThanOrEqual(1);
  });

  it("reads the handbook in training: no script markup is left in its text", () => {
    const d = cleanDocument(fixture("pd-babcock-steam-ch-heat.txt"), { filename: "pd-babcock-steam-ch-heat.txt" });
    const text = d.chapters.map((c) => c.text).join("\n");
    expect(text).not.toMatch(/[_^][({]|CO_/);
    expect(text).toContain("CO2");
  });
});

describe("OCR word repairs and foreign quotations", () => {
  it("repairs a misread English word but not an unknown word among words of another language", () => {
    const doc = "The poet wrote these lines:\n\"Res dura, et regni novitas me talia cogunt\nMoliri, et late fines custode tueri.\"\nAnd the rnodern king was tbat man.\n";
    const out = repairOcrWords(doc).text;
    expect(out).toContain("me talia cogunt");
    expect(out).toContain("the modern king was that man");
  });

  it("keeps the Latin of the translated treatise in training as it is", () => {
    const d = cleanDocument(fixture("pd-machiavelli-prince-ch15-18.txt"), { filename: "pd-machiavelli-prince-ch15-18.txt" });
    expect(d.chapters.map((c) => c.text).join("\n")).toContain("talia cogunt");
  });
});
