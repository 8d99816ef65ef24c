// The fragment gate: headings, section numbers and captions the cleaner let through make no card;
// a short statement with a verb does. Sentences are invented and analysed by the real toolkit.
import { describe, expect, it } from "vitest";
import { fragment } from "@/lib/cards/gates/fragment";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

function verdict(text: string, span: string) {
  const a = analyse(text);
  const i = a.sentences.findIndex((s) => s.text.includes(span));
  if (i < 0) throw new Error(`"${span}" not in ${JSON.stringify(a.sentences.map((s) => s.text))}`);
  const s = a.sentences[i];
  const start = s.text.indexOf(span);
  return fragment(cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: i, answer: { start, end: start + span.length }, answerKind: "name" }), a);
}

describe("gate: fragment", () => {
  it.each([
    ["a three-word line", "The harbour board met in Marlow in the spring of 1890 to hear the engineers.\n\nVance at Marlow.\n\nThe board paid Orlen Vance.", "Vance at"],
    ["a heading with no verb", "The harbour board met in Marlow in the spring of 1890 to hear the engineers.\n\nThe nature of the limits to growth.\n\nThe board paid Orlen Vance.", "nature"],
    ["a caption with only an infinitive", "The harbour board met in Marlow in 1890.\n\nThe causes of the tendency to increase.\n\nThe board paid Orlen Vance.", "causes"],
  ])("drops %s", (_, text, span) => {
    expect(verdict(text, span)).toMatch(/statement/);
  });

  it("keeps a short statement with a verb", () => {
    expect(verdict("The harbour board paid Orlen Vance in 1890.", "Orlen Vance")).toBeNull();
  });

  it("drops every line of a synopsis paragraph, even one with a verb, and keeps a paragraph of statements", () => {
    // (Not right under the chapter heading: there the cleaner itself keeps a synopsis out of the text.)
    const synopsis = "The harbour board met in Marlow in the spring of 1890 to hear the engineers.\n\nBears on the Marlow survey. Powers of increase of the gulls. Rapid increase of the harbour seals. Effects of the winter storms.\n\nOrlen Vance counted the gulls of Marlow in 1890.";
    expect(verdict(synopsis, "Marlow survey")).toMatch(/synopsis/);
    expect(verdict(synopsis, "Orlen Vance")).toBeNull();
    expect(verdict("Orlen Vance counted the gulls. The seals grew fat. Winter storms. The board paid Orlen Vance.", "seals")).toBeNull();
  });
});

describe("gate: fragment, one item of a marked list", () => {
  const LIST = "The older engineers rested their designs on two assumptions:\n\n(1) The tide at Marlow never rises above the harbour wall.\n\n(2) The sand of the bar never moves in a single winter.\n\nBoth were later shown to be false.";

  it("drops an item that opens on a list marker, whose lead-in is another sentence", () => {
    expect(verdict(LIST, "sand of the bar")).toMatch(/marked list/);
  });

  it("keeps a sentence that opens on a year in brackets, and one that only mentions a numbered item", () => {
    expect(verdict("(1890) The harbour board paid Orlen Vance for the new wall.", "Orlen Vance")).toBeNull();
    expect(verdict("The second assumption (2) was that the sand of the bar never moves.", "sand of the bar")).toBeNull();
  });
});
