// The sentence splitter on its own: abbreviations, initials, quotes, brackets, ellipses, numbers.
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/chapters";

const split = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences keeps these together", () => {
  it.each([
    ["initials", "E. H. Carr and A. I. Rykov met L. Trotsky in Moscow."],
    ["titles", "Dr. Smith met Mr. Jones and Mrs. Brown at St. Albans."],
    ["reference abbreviations before numbers", "See Vol. 2, No. 7, pp. 30-41, art. 651, and cf. ibid., p. 9."],
    ["a reference number mid-sentence", "It is collected in Krasnaya Nov', No. 7, September 1925, pp. 306-309."],
    ["e.g. and i.e.", "Some rivers, e.g. the Nile, flood yearly, i.e. every summer."],
    ["dotted abbreviations before a name", "They went to the U.S. Army base near Washington."],
    ["decimals and money", "The rate rose from 3.5 to 4.25 per cent, costing $3.50 a head."],
    ["times of day", "The train left at 10 a.m. and arrived at 4 p.m. on Monday."],
    ["an ellipsis before a lowercase word", "They said it was fine... even as it got worse."],
    ["et al. before a year", "In contrast, LeCun et al. (1998) trained networks end to end."],
    ["Messrs.", "Messrs. Humphreys and Abbot made the survey."],
    ["a spaced semicolon", "Petrograd was renamed Leningrad ; in May 1924 Simbirsk was renamed Ulyanovsk."],
  ])("%s", (_label, text) => {
    expect(split(text)).toEqual([text]);
  });
});

describe("splitSentences splits here", () => {
  it.each([
    ["after a year", "It opened on August 1, 1924. Crowds came.", ["It opened on August 1, 1924.", "Crowds came."]],
    ["after a closing quote", 'He said "Long live Leninism!" Then silence.', ['He said "Long live Leninism!"', "Then silence."]],
    ["after a question in quotes", 'He asked, "Why?" She left.', ['He asked, "Why?"', "She left."]],
    ["after a full stop inside quotes", 'He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]],
    ["after a bracketed sentence", "(This was new.) Then it was old.", ["(This was new.)", "Then it was old."]],
    ["after a full stop inside brackets", "It was done (see below.) Then more.", ["It was done (see below.)", "Then more."]],
    ["after curly quotes", "“Really?” she said. “Yes.”", ["“Really?” she said.", "“Yes.”"]],
    ["after an ellipsis before a capital", "Wait... What happened?", ["Wait...", "What happened?"]],
    ["after etc. before a capital", "Salt, grain, etc. The trade grew.", ["Salt, grain, etc.", "The trade grew."]],
    ["after a.m. before a sentence starter", "He came at 10 a.m. The meeting began.", ["He came at 10 a.m.", "The meeting began."]],
    ["after a roman numeral that looks like an initial", "This was World War I. The second part began.", ["This was World War I.", "The second part began."]],
    ["after a reference that ends a sentence", "He cited vol. ii, p. 45. Then he stopped.", ["He cited vol. ii, p. 45.", "Then he stopped."]],
    ["after ! and ?!", "This is it! Is that so?! Yes.", ["This is it!", "Is that so?!", "Yes."]],
    ["after a number", "The answer was 42. The question was unknown.", ["The answer was 42.", "The question was unknown."]],
    ["after a temperature unit", "Most enzymes work best near 37 °C. Pepsin prefers pH 2.", ["Most enzymes work best near 37 °C.", "Pepsin prefers pH 2."]],
    ["after p.m. before an indefinite pronoun", "The meeting ended at 3 p.m. Everyone left.", ["The meeting ended at 3 p.m.", "Everyone left."]],
    ["after an initial before a connective", "The treaty was called Plan B. Nevertheless it failed.", ["The treaty was called Plan B.", "Nevertheless it failed."]],
  ])("%s", (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe("splitSentences offsets", () => {
  it("reports offsets into the original text, shifted by the given offset", () => {
    const text = "  One.  Two three.\nFour? ";
    const spans = splitSentences(text, 10);
    expect(spans.map((s) => s.text)).toEqual(["One.", "Two three.", "Four?"]);
    for (const s of spans) expect(text.slice(s.start - 10, s.end - 10)).toBe(s.text);
  });

  it("returns nothing for blank text and the whole text when there is no terminal punctuation", () => {
    expect(splitSentences("   ")).toEqual([]);
    expect(split("a heading without a full stop")).toEqual(["a heading without a full stop"]);
  });
});

describe("abbreviations that are also words, and runs of company abbreviations", () => {
  it.each([
    ["'no' closed by a quote", "They said 'no.' Then they left.", ["They said 'no.'", "Then they left."]],
    ["'art' at a sentence end", "She studied modern art. Then she painted.", ["She studied modern art.", "Then she painted."]],
    ["'No.' before a number stays a reference", "He lived at No. 10 Downing Street. It was costly.", ["He lived at No. 10 Downing Street.", "It was costly."]],
    ["'Co. Ltd.' is one name", "The firm was Smith & Co. Ltd. in London. It failed in 1931.", ["The firm was Smith & Co. Ltd. in London.", "It failed in 1931."]],
    ["titles before names are not sentence ends", "Gen. Grant took Richmond. Col. Smith followed.", ["Gen. Grant took Richmond.", "Col. Smith followed."]],
  ])("%s", (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe("a short quotation of cries is read whole", () => {
  it.each([
    ["a call repeated in straight single quotes, then its speaker", "The finch hopped to the sill. 'Pinck! Pinck!' said the finch, and flew off. Then it rained.", ["The finch hopped to the sill.", "'Pinck! Pinck!' said the finch, and flew off.", "Then it rained."]],
    ["three cries, then a new sentence", "'Wolf! Wolf! Wolf!' The boy ran down the hill.", ["'Wolf! Wolf! Wolf!'", "The boy ran down the hill."]],
    ["a challenge and a question in curly quotes", "“Halt! Who goes there?” cried the sentry. He waited.", ["“Halt! Who goes there?” cried the sentry.", "He waited."]],
    ["the same in straight double quotes", '"Halt! Who goes there?" cried the sentry.', ['"Halt! Who goes there?" cried the sentry.']],
  ])("%s", (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
  it.each([
    ["a quotation that goes on past the cry into a long sentence", "'Go! I have walked for three hours in the rain and I am tired of it!' he said.", ["'Go!", "I have walked for three hours in the rain and I am tired of it!' he said."]],
    ["cries with no quotation", "Stop! Thief! The crowd ran.", ["Stop!", "Thief!", "The crowd ran."]],
    ["an apostrophe, not an opening quote", "The soldiers' camp burned! Nobody came!' he wrote.", ["The soldiers' camp burned!", "Nobody came!' he wrote."]],
    ["a quotation that closes on its own cry", "He shouted 'Fire!' Then he ran.", ["He shouted 'Fire!'", "Then he ran."]],
  ])("still splits %s", (_label, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe("quoted cries and units after a quantity (review findings)", () => {
  const texts = (t: string) => splitSentences(t).map((s) => (typeof s === "string" ? s : s.text));
  it("ends a sentence after a cry when an earlier quotation in single quotes has closed", () => {
    expect(texts("She said 'no' twice! Then she wept! 'Why?' asked Tom.")).toEqual(["She said 'no' twice!", "Then she wept!", "'Why?' asked Tom."]);
    expect(texts("'Wolf! Wolf!' cried the boy.")).toEqual(["'Wolf! Wolf!' cried the boy."]);
  });
  it("ends a sentence after a unit before a capitalised word, runs on only into a formula", () => {
    expect(texts("It weighs 5 g. Water is lighter.")).toEqual(["It weighs 5 g.", "Water is lighter."]);
    expect(texts("Add 5 cc. H2O, and stir.")).toEqual(["Add 5 cc. H2O, and stir."]);
  });
});
