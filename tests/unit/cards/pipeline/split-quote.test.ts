// A question or answer cut through a quotation (lib/cards/gates/split-quote). Invented sentences.
import { describe, expect, it } from "vitest";
import { splitQuote, unpairedQuote } from "@/lib/cards/gates/split-quote";
import { analyse, cand } from "./helpers";

describe("a quotation cut in two", () => {
  it.each([
    "What is a 'motto?",
    "a borrowed courage'",
    'What did the keeper call "the long watch?',
    "the “second tide",
  ])("finds an unpaired quotation mark in %j", (text) => {
    expect(unpairedQuote(text)).toBe(true);
  });

  it.each([
    "What is a 'motto'?",
    "What did the keeper's daughter light?",
    "the keepers' lamps",
    "What don't the pilots trust?",
    'the "long watch" of the winter',
    "the “second tide”",
    "Vance's clerk",
  ])("reads %j as whole", (text) => {
    expect(unpairedQuote(text)).toBe(false);
  });

  it("drops such a question card, and leaves clozes to the other gates", () => {
    const a = analyse("A 'motto,' as the old pilot says, 'is a borrowed courage'.");
    expect(splitQuote(cand({ front: "What is a 'motto?", back: "a borrowed courage'" }), a)).toBe("a quotation cut in two");
    expect(splitQuote(cand({ front: "What is a 'motto'?", back: "a borrowed courage" }), a)).toBeNull();
    expect(splitQuote(cand({ kind: "cloze", type: "cloze", front: "A 'motto,' is a {{c1::borrowed courage}}'.", back: "borrowed courage" }), a)).toBeNull();
  });
});
