// The parse gate and quotations: a question that cuts a quotation open is refused; a cloze whose
// blank is the quoted idea (the point of a report) is not refused for a participle the tagger reads
// as a verb. Invented sentences.
import { describe, expect, it } from "vitest";
import { parse, unbalancedQuote } from "@/lib/cards/gates/parse";
import { blank } from "@/lib/cards/candidates/cloze";
import { isPointBlank } from "@/lib/cards/spans/point";
import { analyse, cand } from "./helpers";

describe("gate: parse, quotations", () => {
  it.each([
    ["What is a 'harbour? ", true],
    ["a sheltered water'", true],
    ["What did the keepers' guild build?", false],
    ["What did Orlen Vance call 'the lamp of the north'?", false],
    ["What is a harbour?", false],
  ])("reads %j as a quotation cut open: %s", (text, want) => {
    expect(unbalancedQuote(text)).toBe(want);
  });

  it("refuses a question whose quotation was cut open", () => {
    const a = analyse("A 'harbour,' as Orlen Vance says, 'is a sheltered water'.");
    const c = cand({ kind: "qa", type: "definition", front: "What is a 'harbour?", back: "a sheltered water'", answerKind: "phrase" });
    expect(parse(c, a)).toMatch(/quotation cut open/);
  });

  it("keeps a cloze on the quoted idea that is the sentence's point, refuses the same verb-tagged phrase unquoted", () => {
    const on = (text: string, span: string) => {
      const a = analyse(text);
      const s = a.sentences[0];
      const start = s.text.indexOf(span);
      const c = cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, answer: { start, end: start + span.length }, answerKind: "term" });
      return { a, c };
    };
    const quoted = on("A 'guild,' as Orlen Vance says, 'is a thoroughly trained hand'.", "thoroughly trained hand");
    expect(isPointBlank(quoted.c, quoted.a)).toBe(true);
    expect(parse(quoted.c, quoted.a)).toBeNull();
    const plain = on("Pilgrims visited the mausoleum containing the relics of Orlen Vance.", "mausoleum containing the relics");
    expect(parse(plain.c, plain.a)).toMatch(/verb inside/);
  });
});
