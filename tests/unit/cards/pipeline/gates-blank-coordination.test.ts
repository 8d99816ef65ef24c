// The boundary gate drops a cloze whose blank ends inside a coordinated phrase: the answer is half of
// what the sentence names. Invented sentences, analysed by the real toolkit.
import { describe, expect, it } from "vitest";
import { boundary } from "@/lib/cards/gates/boundary";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

function verdict(text: string, span: string) {
  const a = analyse(text);
  const s = a.sentences[0];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return boundary(cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: 0, answer: { start, end: start + span.length }, answerKind: "phrase" }), a);
}

describe("gate: boundary, a blank that cuts a coordinated phrase", () => {
  it("drops a blank that ends before the second of two coordinated nouns", () => {
    expect(verdict("The relative merits of canals and a railway divided the harbour board for a decade.", "relative merits of canals")).toMatch(/coordinated/);
    expect(verdict("The board fixed the number of pilots and boats that each guild could keep.", "number of pilots")).toMatch(/coordinated/);
  });

  it("keeps the whole coordinated phrase, a blank followed by a new clause, and a bare name of two", () => {
    expect(verdict("The relative merits of canals and a railway divided the harbour board for a decade.", "canals and a railway")).toBeNull();
    expect(verdict("The board fixed the number of pilots and the guild paid their wages.", "number of pilots")).toBeNull();
    expect(verdict("Orlen Vance and Doctor Ortolan surveyed the harbour of Marlow.", "Orlen Vance")).toBeNull();
  });
});
