// A copula sentence "X is Y" read as a definition only when it is one (gen22b; invented sentences).
// Strict raters rejected or rewrote "What is X?" cards from narrative descriptions in the past
// tense, from "the" + a noun the text had just mentioned, from epithets ("a cheerful songster"),
// from an adjective put first with its subject after the verb, from half of a gapped contrast, and
// from "may be called" figures.
import { describe, expect, it } from "vitest";
import { definitionCandidates } from "@/lib/cards/candidates/definition";
import { analyse } from "./helpers";

const definitions = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s) => definitionCandidates(s, a)).map((c) => [c.front, c.back]);
};

describe("a copula sentence that is not a definition gives no 'What is X?'", () => {
  it.each([
    ["'the' with a bare common noun", "The heron is a patient hunter of the shallows."],
    ["a shell noun after an adjective", "The final outcome is a heavy loss to the miller of ten shillings."],
    ["an adjective that points back", "The next step is the grinding of the dried grain."],
    ["a particular thing, 'the X of the Y'", "The roof of the barn is a frame of oak beams covered with thatch."],
    ["an epithet for a genus", "A wren is a cheerful songster."],
    ["an adjective first, its subject after a plural verb", "Remarkable are the patience and cunning of the heron that waits all day by the weir."],
    ["a figure: 'may well be called'", "Reeds may well be called the thatch of the marsh."],
  ])("%s", (_why, text) => {
    expect(definitions(text)).toEqual([]);
  });
});

describe("a past tense says what a thing was, not what a term means", () => {
  const qa = (text: string) => {
    const a = analyse(text);
    return a.sentences.flatMap((s) => definitionCandidates(s, a)).map((c) => [c.kind, c.type, c.front, c.back]);
  };
  it.each([
    ["The old granary was a place of meeting for the farmers of the valley.", "The old granary was {{c1::a place of meeting for the farmers of the valley}}.", "a place of meeting for the farmers of the valley"],
    ["Orlen Vance was the keeper of the Marrow light.", "Orlen Vance was {{c1::the keeper of the Marrow light}}.", "the keeper of the Marrow light"],
    ["Fear of the river was a slow poison, spread by the tales of the old boatmen.", "Fear of the river was {{c1::a slow poison, spread by the tales of the old boatmen}}.", "a slow poison, spread by the tales of the old boatmen"],
  ])("no 'What was X?', the predicate blanked: %s", (text, front, back) => {
    expect(qa(text)).toEqual([["cloze", "predicate", front, back]]);
  });

  it.each([
    ["an epithet", "The hill farmers were a hardy people."],
    ["a subject that is no noun phrase (inverted)", "Side by side with the weavers were the carders or combers, who were making bold and crude claims on the guild."],
    ["a subject that points back", "None the less it was a sudden interference with the life of the village."],
    ["a pronoun in the predicate", "A worn copy of the almanac was the chief treasure of her kitchen shelf."],
  ])("in the past gives nothing: %s", (_why, text) => {
    expect(qa(text)).toEqual([]);
  });
});

describe("definitions keep their card", () => {
  it.each([
    ["a term with 'a' and a genus with its difference", "A tithe is a tenth part of the produce of the land, paid to the church.", ["What is a tithe?", "a tenth part of the produce of the land, paid to the church"]],
    ["an epithet with an of-phrase is a genus", "A wren is a small bird of the hedges and gardens.", ["What is a wren?", "a small bird of the hedges and gardens"]],
    ["'the X of the Ys' is general", "The law of the spring tides is the rule that the highest waters follow the new and the full moon.", ["What is the law of the spring tides?", "the rule that the highest waters follow the new and the full moon"]],
    ["'the X of a Y' is general", "The specific gravity of a body is the ratio of its weight to the weight of an equal volume of water.", ["What is the specific gravity of a body?", "the ratio of its weight to the weight of an equal volume of water"]],
    ["an authority's short definition, with its source", "A habit, as Orme says, is a deeply worn path.", ["What, as Orme says, is a habit?", "a deeply worn path"]],
    ["a person's identity in the past, asked 'Who'", "Dr. Orlen Vance was the keeper of the Marrow light.", ["Who was Dr. Orlen Vance?", "the keeper of the Marrow light"]],
    ["a person's role of a particular, asked 'Who'", "The first keeper of the light is the mother and the second keeper is the father.", ["Who is the first keeper of the light?", "the mother"]],
    ["a name given ('has been called')", "Vellmoor has been called a doubtful victory, though the loss was heavier on one side.", ["What has Vellmoor been called?", "a doubtful victory"]],
  ])("%s", (_why, text, card) => {
    expect(definitions(text)).toContainEqual(card);
  });
});
