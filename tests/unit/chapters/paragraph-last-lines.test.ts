// A paragraph's short last line that closes the sentence the full line before it left open is the
// paragraph's, not a side-note, even in a book whose side-notes have been seen (scanned layout).
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { normalizeDocument, toBlocks } from "@/lib/chapters/blocks";
import { liftSideNotes } from "@/lib/chapters/side-notes";
import { paragraphs, wrap } from "../../support/prose";

const paras = paragraphs(23, 8, [4, 6]).map((p) => wrap(p.join(" ")));
// Two notes cutting sentences: the document has shown certain side-notes, so looser ones are lifted too.
const withNotes = (extra: string[][]) => {
  const ps = paras.map((p) => [...p]);
  ps[1].splice(2, 0, "Salt and the", "river trade");
  ps[4].splice(1, 0, "A new bridge");
  return [...ps.slice(0, 3), ...extra, ...ps.slice(3)].map((p) => p.join("\n")).join("\n\n");
};
const lifted = (text: string) => liftSideNotes(toBlocks(normalizeDocument(text))).lifted;
const bodyText = (text: string) => cleanDocument(text).chapters.map((c) => c.text).join(" ");

const ENDING = [
  "The merchants who first settled on the northern shore gave",
  "their harbour the name it still carries on every chart of",
  "Varnholm.",
];

describe("a paragraph's short last line", () => {
  it("stays in the text when it closes the sentence the full line before it left open", () => {
    const text = withNotes([ENDING]);
    expect(lifted(text)).toEqual(["Salt and the river trade", "A new bridge"]);
    expect(bodyText(text)).toContain("on every chart of Varnholm.");
  });

  it("stays when a new paragraph, set in, follows it in the same block", () => {
    const text = withNotes([[...ENDING, "   The ferry to the island ran twice a day in summer and once"]]);
    expect(lifted(text)).not.toContain("Varnholm.");
    expect(bodyText(text)).toContain("on every chart of Varnholm.");
  });

  it("is still a note when the sentence it cuts goes on in lower case", () => {
    const text = withNotes([[ENDING[0], ENDING[1], "Tolls abolished.", "the town that grew along the river mouth in a century."]]);
    expect(lifted(text)).toContain("Tolls abolished.");
    expect(bodyText(text)).toContain("on every chart of the town that grew");
  });

  it("is still a note after a paragraph's own short last line", () => {
    const text = withNotes([[...ENDING, "Harbour names."]]);
    expect(lifted(text)).toContain("Harbour names.");
    expect(bodyText(text)).toContain("on every chart of Varnholm.");
    expect(bodyText(text)).not.toContain("Harbour names");
  });
});

describe("a paragraph's last line turned over to the next page", () => {
  it("stays in the text, after the running head, when it closes the sentence the page left open", () => {
    const text = withNotes([[ENDING[0], ENDING[1]], ["52                  THE SALT COAST"], ["Varnholm."]]);
    expect(lifted(text)).not.toContain("Varnholm.");
    expect(bodyText(text)).toContain("on every chart of Varnholm.");
  });
});
