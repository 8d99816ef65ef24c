// Session 21 (clean21): a short quotation in another language under a colon, not set in, is kept out
// of the sentences; English under a colon stays. Invented text (the Latin is made up of common words).
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const sentences = (text: string) => cleanDocument(`CHAPTER 1.\n\nThe valley was farmed by the same families for three hundred years, and their customs changed slowly.\n\n${text}\n`).chapters[0].sentences.map((s) => s.text);

describe("a short foreign quotation under a colon", () => {
  it("is kept out of the sentences", () => {
    const s = sentences("The farmers said the old poet had it right:\n\nNocte sub alta\nrustici canunt, et agros colunt.\n\nThe harvest that year was the best in memory.");
    expect(s.join(" ")).not.toMatch(/rustici/);
    expect(s).toContain("The harvest that year was the best in memory.");
  });

  it("leaves an English line under a colon", () => {
    const s = sentences("The farmers had one rule:\n\nNever sow before the frost is gone.\n\nThe harvest that year was the best in memory.");
    expect(s).toContain("Never sow before the frost is gone.");
  });

  // fixclean21: a note cued in the quotation keeps its link, to the sentence that leads into it.
  it("cites a note cued inside the quotation at the lead-in sentence", () => {
    const ch = cleanDocument("CHAPTER 1.\n\nThe valley was farmed by the same families for three hundred years, and their customs changed slowly.\n\nThe poet put it so:\n\nNocte sub alta[1] rustici canunt, et agros colunt.\n\nThe harvest that year was the best in memory.\n\n[1] The line is an old farmers' saying.\n").chapters[0];
    const note = ch.footnotes.find((f) => /farmers' saying/.test(f.text));
    expect(note?.citedAt).not.toBeNull();
    expect(ch.sentences[note!.citedAt!.sentence].text).toBe("The poet put it so:");
    expect(ch.sentences[note!.citedAt!.sentence].footnoteRefs).toContain(note!.id);
  });

  it("leaves a list of names under a colon", () => {
    const s = sentences("The carrier called at six villages on his round:\n\nKettleby, Wrandon, Oxcombe, Threlkeld, Burnholme and Skelwith.\n\nHe was never late.");
    expect(s).toContain("Kettleby, Wrandon, Oxcombe, Threlkeld, Burnholme and Skelwith.");
  });

  it("judges a verse in capitals by its lower-case words", () => {
    const s = sentences("The farmers sang it so:\n\nAurea messis, Rustica et alta.\n\nThe harvest that year was the best in memory.");
    expect(s.join(" ")).not.toMatch(/Aurea/);
  });
});
