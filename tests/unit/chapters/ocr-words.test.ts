// OCR glyph confusions repaired towards a known word, and the words that must be left alone.
import { describe, expect, it } from "vitest";
import { repairOcrWords } from "@/lib/chapters/ocr-words";

const repair = (s: string) => repairOcrWords(s).text;

describe("repairOcrWords", () => {
  it.each([
    ["the rnodern world", "the modern world"],
    ["a c1ear day", "a clear day"],
    ["tbat was all", "that was all"],
    ["the merchants wcre rich", "the merchants were rich"],
    ["an o1d road", "an old road"],
    ["In Eng1and and", "In England and"],
    ["they rnust go", "they must go"],
    ["a vvide river", "a wide river"],
  ])("repairs %j", (input, expected) => {
    expect(repair(input)).toBe(expected);
  });

  it.each([
    ["a name the lexicon does not know", "Harlow wrote to Barlow"],
    ["a rare word one letter from a common one", "clastic rocks"],
    ["half of a word hyphenated at a line end", "the rnod-\nern world"],
    ["a number", "in 1609 and 1790"],
    ["a word in capitals", "the RNODERN age"],
    ["a short unknown word", "voi che sapete"],
  ])("leaves %s alone", (_why, input) => {
    expect(repair(input)).toBe(input);
  });

  it("trusts the document: a word it uses twice is a word", () => {
    expect(repair("the agio rose; the agio fell")).toBe("the agio rose; the agio fell");
    expect(repair("the tbeory held; the tbeory held")).toBe("the tbeory held; the tbeory held");
  });

  // Session 10: a rare word that film subtitles (SUBTLEX) never use is still a word; a misreading
  // that OCR repeats is still a misreading when it is one of the commonest words of English.
  it("never turns a word a dictionary lists into another rare word", () => {
    expect(repair("the old wives called him a bantling and laughed")).toBe("the old wives called him a bantling and laughed"); // not "banding"
    expect(repair("the clumber ran ahead of the guns")).toBe("the clumber ran ahead of the guns"); // not "dumber"
  });

  it("still repairs a dictionary's rare word that misreads a common one by a two-letter confusion", () => {
    expect(repair("the clying man spoke")).toBe("the dying man spoke");
  });

  it("leaves a dictionary's word that one letter for another would make common (session 21)", () => {
    // A real rare word and a misreading look alike; a wrong repair costs more than a missed one.
    expect(repair("a heavy hurden of debt")).toBe("a heavy hurden of debt");
    expect(repair("she played the cither by the fire")).toBe("she played the cither by the fire"); // not "either"
    expect(repair("they slept on a botel moored in the canal")).toBe("they slept on a botel moored in the canal"); // not "hotel"
  });

  it("takes a word used once beside its plural for the document's own (session 21)", () => {
    // An invented creature's name: "mulc" alone would be read as "mule" misread.
    expect(repair("a mulc crossed the track; three mulcs followed")).toBe("a mulc crossed the track; three mulcs followed");
    expect(repair("a mulc crossed the track")).toBe("a mule crossed the track");
  });

  it("still repairs an rn or ligature misreading seen beside its plural (fixclean21)", () => {
    // OCR misreads a ligature or "m" the same way every time: singular and plural are one misreading.
    expect(repair("the ofcer came; the ofcers went")).toBe("the officer came; the officers went");
    expect(repair("the conict and the conicts")).toBe("the conflict and the conflicts");
    expect(repair("a sornething, two sornethings")).toBe("a something, two somethings");
  });

  it("repairs a misreading of a very common word even when the page repeats it", () => {
    expect(repair("he said tbat it rained, and tbat it snowed")).toBe("he said that it rained, and that it snowed");
  });

  // Session 13: ligatures that OCR reads as nothing; capitalised words only where they open a sentence.
  it.each([
    ["fi", "the harvest was nally brought in", "the harvest was finally brought in"],
    ["fi", "an old and inrm shepherd", "an old and infirm shepherd"],
    ["ff", "two quite dierent roads", "two quite different roads"],
    ["fl", "the ock came down the hill", "the ock came down the hill"], // three letters: too short to judge
    ["fl", "a ourishing trade in wool", "a flourishing trade in wool"],
  ])("puts back a dropped %s ligature: %j", (_lig, input, expected) => {
    expect(repair(input)).toBe(expected);
  });

  it("leaves a ligature repair alone when two words could result", () => {
    // "snied": "sniffed" or "sniffled" (ff, or ffl, put back); "ight" has one: "flight" ("fight" lacks no ligature).
    expect(repair("the dog snied at the gate")).toBe("the dog snied at the gate");
    expect(repair("the birds took ight at dawn")).toBe("the birds took flight at dawn");
  });

  it("leaves a word the chapter uses twice as it is (a term of its own)", () => {
    expect(repair("the nally of the hill, and a second nally below it")).toBe("the nally of the hill, and a second nally below it");
  });

  it("repairs a capitalised word that opens a sentence, not one inside a sentence (a name)", () => {
    expect(repair("The sheep came home. Tbere was snow on the pass.")).toBe("The sheep came home. There was snow on the pass.");
    expect(repair("the sheep of old Tbere came home")).toBe("the sheep of old Tbere came home");
    expect(repair("the road to Rorne was long")).toBe("the road to Rorne was long");
  });

  it("never turns a name opening a sentence into a rarer word", () => {
    expect(repair("The stars were counted. Harlow wrote to Barlow about them, and Barlow agreed.")).toBe("The stars were counted. Harlow wrote to Barlow about them, and Barlow agreed.");
  });

  it("counts its repairs", () => {
    expect(repairOcrWords("the rnodern and the c1ear").repairs).toBe(2);
  });
});
