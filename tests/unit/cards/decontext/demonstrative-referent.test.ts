// "These guilds", "this tax" replaced by the one fuller mention the paragraph gives, and left alone
// when the paragraph does not confirm one (switch LECTERN_REFERENT). Invented text, real toolkit.
import { describe, expect, it } from "vitest";
import { demonstrativeReferent, referentSwitch } from "@/lib/cards/decontext/demonstrative";
import { applyEdits } from "@/lib/cards/decontext";
import { cleanDocument } from "@/lib/chapters";
import { analyseChapter } from "@/lib/cards/analyse";

// The sentences as written (the house's own repairs off), which is what each op reads.
const analyse = (text: string) => analyseChapter(cleanDocument(`# Chapter 1. Test\n\n${text}\n`, { filename: "test.md" }).chapters[0], { decontext: false });

/** The last sentence repaired by the op alone, with the context the analysis gives it. */
function repaired(text: string): string {
  const a = analyse(text);
  const s = a.sentences.at(-1)!;
  const i = a.sentences.length - 1;
  const prev = a.sentences.slice(Math.max(0, i - 3), i);
  const r = demonstrativeReferent(s, { prev, paragraph: s.sentence.paragraph, recent: prev, fullNames: new Map(), seenNames: new Set() });
  return applyEdits(s.text, r.edits);
}

describe("demonstrative referent (LECTERN_REFERENT)", () => {
  it("is off unless LECTERN_REFERENT=1", () => {
    expect(referentSwitch({})).toBe(false);
    expect(referentSwitch({ LECTERN_REFERENT: "1" })).toBe(true);
  });
  it("replaces 'these guilds' by the one fuller mention in the sentences before", () => {
    expect(repaired("The river towns kept the wool guilds of the valley until the great flood. In the statutes of these guilds lies the chief reason for the high price of cloth.")).toBe("In the statutes of the wool guilds of the valley lies the chief reason for the high price of cloth.");
  });
  it("replaces 'this tax' after an indefinite mention with an of-phrase that says which, two sentences before", () => {
    expect(repaired("In 1610 the council laid a tax of one penny on every household. The millers paid it unwillingly. Within four years this tax was repealed.")).toBe("Within four years the tax of one penny was repealed.");
  });
  it("refuses two different fuller mentions", () => {
    const s = "The river towns kept the wool guilds, and the hill towns kept the mining guilds. In every trade the price was fixed by these guilds.";
    expect(repaired(s)).toBe("In every trade the price was fixed by these guilds.");
  });
  it("refuses a mention whose added words do not say which ('a new tax')", () => {
    expect(repaired("In 1610 the council laid a new tax on every household. Within four years this tax was repealed.")).toBe("Within four years this tax was repealed.");
  });
  it("refuses a mention named by the label of a figure ('the curved line AB')", () => {
    expect(repaired("The pressure is drawn as the curved line AB of the figure. Thus this curved line gives a picture of the relation.")).toBe("Thus this curved line gives a picture of the relation.");
  });
  it("refuses when no mention of the noun stands before", () => {
    expect(repaired("The millers rebuilt the weir in the spring. Every farmer on the river felt this effect.")).toBe("Every farmer on the river felt this effect.");
  });
  it("refuses a mention in another paragraph", () => {
    expect(repaired("In 1610 the council laid a tax of one penny on every household.\n\nWithin four years this tax was repealed.")).toBe("Within four years this tax was repealed.");
  });
  it("refuses a mention inside a quotation", () => {
    expect(repaired("The clerk wrote: “the council shall lay a tax of one penny on every household.” Within four years this tax was repealed.")).toBe("Within four years this tax was repealed.");
  });
  it("refuses a demonstrative inside a quotation", () => {
    expect(repaired("In 1610 the council laid a tax of one penny on every household. The miller said: “this tax will ruin us all.”")).toBe("The miller said: “this tax will ruin us all.”");
  });
  it("refuses a noun of another sense: the same word as a modifier of another head", () => {
    expect(repaired("The council opened the tax office of the harbour. Within four years this tax was repealed.")).toBe("Within four years this tax was repealed.");
  });
  it("refuses a mention in the other number ('the tax' for 'these taxes')", () => {
    expect(repaired("In 1610 the council laid a tax of one penny on every household. Within four years these taxes were repealed.")).toBe("Within four years these taxes were repealed.");
  });
  it("refuses a quantified mention ('many taxes')", () => {
    expect(repaired("In 1610 the council laid many taxes of one penny on every household. Within four years these taxes were repealed.")).toBe("Within four years these taxes were repealed.");
  });
});
