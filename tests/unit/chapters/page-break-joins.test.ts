// A sentence cut by a page break in a scanned layout (a word hyphenated over the break, a footnote
// at the foot of the page, the next page's number and running head on one line): one sentence,
// on the page it starts on. Invented pages.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";

const para = (n: number) => `The salt works of the coast were busy in every season of the
year, and the boilers kept their fires alight from one week to the
next. The trade of the town number ${n} depended on them entirely.`;

const pages = `                      ON SALT.                        41
${para(1)}
The pans were set along the shore, and the brine ran from the tanks
into them through a channel of stone. The keeper of the pans, who
was paid by the load,* watched the channel from a hut; and from the
hut the brine was led, in a long and gentle fall, for about two hun-

* The rate was fixed by the town in the year of the great flood, and
was not changed for a century after.


42                         ESSAYS ON TRADE.
dred yards, to the drying floors beside the harbour wall.

${para(2)}


                      ON SALT.                        43
${para(3)}

${para(4)}


44                         ESSAYS ON TRADE.
${para(5)}
`;

describe("a sentence across a scanned page break", () => {
  const doc = cleanDocument(pages);
  const ch = doc.chapters[0];
  const sentence = ch.sentences.find((s) => s.text.includes("drying floors"));

  it("is one sentence, the hyphenated word joined and the furniture gone", () => {
    expect(sentence?.text).toBe("The keeper of the pans, who was paid by the load, watched the channel from a hut; and from the hut the brine was led, in a long and gentle fall, for about two hundred yards, to the drying floors beside the harbour wall.");
    expect(ch.sentences.some((s) => /^dred yards|^About two hundred|ESSAYS ON TRADE|ON SALT/.test(s.text))).toBe(false);
  });

  it("is on the page it starts on, and the footnote is filed under that page", () => {
    expect(sentence?.page).toBe("41");
    expect(ch.footnotes.map((f) => [f.number, f.page])).toEqual([["*", "41"]]);
    expect(ch.footnotes[0].citedAt?.sentence).toBe(sentence?.id);
  });

  it("puts the next paragraph on the next page", () => {
    expect(ch.sentences.find((s) => s.text.includes("number 2"))?.page).toBe("42");
  });
});
