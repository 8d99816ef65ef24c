// Enumeration cards from lists that span sentences (lib/cards/enumeration), on invented text.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { generateCards } from "@/lib/cards";
import { gate } from "@/lib/cards/gates";
import { announced, enumerationListCards, findLists, itemMarker, listsOf, whyRefused } from "@/lib/cards/enumeration";
import { analyse } from "./helpers";

const cards = (text: string) => {
  const a = analyse(text);
  return enumerationListCards(a).map((c) => [c.front, c.back, gate(c, a) ?? "kept"]);
};
const refusals = (text: string) => {
  const a = analyse(text);
  return listsOf(a).map((l) => whyRefused(a, l));
};

const MILLS = `The water-mill spread slowly through the valleys of the north. There are three causes of the decline of the village mill. The first is the cost of repair. The second is the loss of the common pasture. Lastly, the railway brought cheap flour from the cities.

The millers complained to the county court in vain.`;

describe("item markers", () => {
  it("reads ordinal adverbs, 'The first …', numbers, letters and numerals, with their rank", () => {
    expect(itemMarker("Secondly, the weir holds.")).toMatchObject({ rank: 2, style: "ordinal", last: false, rest: "the weir holds." });
    expect(itemMarker("In the third place, it rained.")).toMatchObject({ rank: 3, style: "ordinal" });
    expect(itemMarker("Thirdly, and lastly, the sluice.")).toMatchObject({ rank: 3, last: true });
    expect(itemMarker("Finally, the grating.")).toMatchObject({ rank: 0, last: true });
    expect(itemMarker("First.—The remains of a wall.")).toMatchObject({ rank: 1, rest: "The remains of a wall." });
    expect(itemMarker("The second cause was the frost.")).toMatchObject({ rank: 2, style: "the-nth", rest: "cause was the frost." });
    expect(itemMarker("(2) The hedges were cut.")).toMatchObject({ rank: 2, style: "number" });
    expect(itemMarker("3. A fallow year.")).toMatchObject({ rank: 3, style: "number" });
    expect(itemMarker("(b) Under the same terms.")).toMatchObject({ rank: 2, style: "letter" });
    expect(itemMarker("IV. Character of the people.")).toMatchObject({ rank: 4, style: "roman" });
    // Numerals past X rank too (lib/chapters/roman, the shared reader); a numeral written wrongly ranks 0.
    expect(itemMarker("XII. Extent of the commons.")).toMatchObject({ rank: 12, style: "roman" });
    expect(itemMarker("IIII. Extent of the commons.")).toMatchObject({ rank: 0, style: "roman" });
    expect(itemMarker("Firstborn sons inherited the land.")).toBeNull();
    expect(itemMarker("The firstborn inherited.")).toBeNull();
  });

  it("finds runs from rank 1 in order, mixing 'The first' with 'Secondly', closed by 'lastly'; a run from rank 2 is none", () => {
    const t = ["Intro.", "The first is A.", "Secondly, B.", "Lastly, C.", "Other."];
    expect(findLists(t).map((l) => l.items.map((i) => i.sentence))).toEqual([[1, 2, 3]]);
    expect(findLists(["Intro.", "Secondly, B.", "Thirdly, C."])).toEqual([]);
    // Items too far apart are not one list.
    expect(findLists(["First, A.", ...Array(8).fill("Filler."), "Secondly, B."])).toEqual([]);
    // … unless each item opens its paragraph.
    const far = ["First, A.", ...Array(8).fill("Filler."), "Secondly, B."];
    expect(findLists(far, (i) => i === 0 || i === 9).map((l) => l.items.length)).toEqual([2]);
    // A number left glued to the end of the sentence before its item ("… as follows—1.").
    expect(findLists(["Three rules were kept:—1.", "A.", "The reeve said so.—2.", "B."]).map((l) => l.items.map((i) => i.sentence))).toEqual([[1, 3]]);
  });
});

describe("the announcing phrase", () => {
  it("names what is listed with its count and qualifier", () => {
    expect(announced("There are three causes of the decline of the village mill.")).toEqual({ count: 3, what: "causes of the decline of the village mill" });
    expect(announced("The old charter has two great defects.")).toEqual({ count: 2, what: "great defects of the old charter" });
    // The count that matches the list's length wins over an earlier count.
    expect(announced("The last three chapters rest on two hypotheses from the old physics; they are:", 2)).toEqual({ count: 2, what: "hypotheses from the old physics" });
  });

  it("refuses a phrase that points back", () => {
    expect(announced("There are three causes of this.")).toEqual({ refused: "the announcing phrase points back" });
    expect(announced("These two rules were kept.")).toEqual({ refused: "the announcing phrase points back" });
    expect(announced("His two objections were these.")).toEqual({ refused: "the announcing phrase points back" });
    expect(announced("The mill stood by the river.")).toMatchObject({ refused: expect.stringContaining("no announcing phrase") });
  });
});

describe("enumeration cards", () => {
  it("asks the announced list with each item's head, sourced on the announcing sentence, and passes the gates", () => {
    expect(cards(MILLS)).toEqual([["What are the three causes of the decline of the village mill?", "the cost of repair; the loss of the common pasture; the railway", "kept"]]);
    const a = analyse(MILLS);
    const c = enumerationListCards(a)[0];
    expect(a.sentences[c.sentence].text).toMatch(/^There are three causes/);
    expect(c.extra).toEqual([2, 3, 4]);
  });

  it("says a statement item whole when the list is of rules or conditions, and reads numbers the cleaner left outside the sentence", () => {
    expect(cards(`The old rules were written on the church door. Three rules of the common field were kept for centuries:—1. No beast grazed the stubble before the gleaning. 2. The hedges were cut in winter. 3. The reeve kept the tally of the ploughs.`)).toEqual([
      ["What are the three rules of the common field?", "no beast grazed the stubble before the gleaning; the hedges were cut in winter; the reeve kept the tally of the ploughs", "kept"],
    ]);
  });

  it("names a list from the heading over its numbered items", () => {
    expect(cards(`The farmers of the upland kept old customs long after the lowlands had changed.\n\n## Conditions of a sound harvest\n\n1. Dry seed.\n\n2. Deep ploughing before the frost.\n\n3. A fallow year in every four.`)).toEqual([
      ["What are the three conditions of a sound harvest?", "dry seed; deep ploughing before the frost; a fallow year in every four", "kept"],
    ]);
  });

  it("refuses a list with an item too long to say in a few words, a count that disagrees, no count and no close, no qualifier, or a pointing announcement", () => {
    const long = MILLS.replace("The second is the loss of the common pasture.", "The second is the slow and costly enclosure of the broad common pasture of the parish by the lord.");
    expect(refusals(long)).toEqual(["an item longer than 8 words"]);
    // A long "that" clause is not cut to its subject ("the enclosure of the common pasture" is not
    // what ruined the farmer): the list is refused, and its items get cards of their own (itemCards).
    const clause = MILLS.replace("The second is the loss of the common pasture.", "The second is that the enclosure of the common pasture, which the lord carried through against every protest, ruined the small farmer.");
    expect(refusals(clause)).toEqual(["an item clause longer than 8 words"]);
    expect(refusals(MILLS.replace("three causes", "four causes"))).toEqual(["announced 4, found 3 items"]);
    expect(refusals(MILLS.replace("There are three causes of the decline of the village mill.", "Several causes of the decline of the village mill are known.").replace("Lastly, the", "Thirdly, the"))).toEqual([expect.stringContaining("neither counted nor closed")]);
    expect(refusals(MILLS.replace(" of the decline of the village mill", ""))).toEqual([expect.stringContaining("not named")]);
    expect(refusals(MILLS.replace("There are three causes of the decline of the village mill.", "There are three causes of these troubles."))).toEqual(["the announcing phrase points back"]);
    expect(refusals(MILLS.replace("The first is the cost of repair.", "The first is that it cost too much."))).toEqual(["an item whose head points back (a pronoun)"]);
  });

  it("leaves named items after a colon to the scheme cards, and makes nothing of a story told in order", () => {
    const guild = `The apprentices learned the rules by heart. The names of the rules, with their sayings, were:\n\n1. PATIENCE. Wait for the hemp to dry before the spinning begins.\n\n2. CARE. Keep the walk clear of stones and loose ends.\n\n3. THRIFT. Waste no fibre that a second rope can use.`;
    expect(cards(guild)).toEqual([]);
    expect(cards(`The boats left the harbour at dawn. First, we rowed past the mole. Secondly, we raised the sail. Lastly, we made for the open sea.`)).toEqual([]);
  });

  it("is one card a sentence in the selection: the list card wins its announcing sentence and is shown once", () => {
    const chapter = cleanDocument(`# Chapter 1. Mills\n\n${MILLS}\n`, { filename: "t.md" }).chapters[0];
    const out = generateCards(chapter);
    const list = out.filter((c) => c.front.startsWith("What are the three causes"));
    expect(list).toHaveLength(1);
    expect(list[0].source.sentenceIds).toEqual([1, 2, 3, 4]);
    expect(out.filter((c) => c.source.sentence === 1)).toHaveLength(1);
  });
});

// Announced lists whose items are sentences too long for one list card: one card per item.
const ENCLOSURE = `The village mill closed in the winter of that year.

There are two causes of the decline of the village mill. The first is that the railway brought cheap flour and cheap bread from the distant cities. A second cause is that the common pasture was enclosed by the great landowners of the parish.

The millers complained to the county court in vain.`;

describe("item cards (a named list with long items)", () => {
  const items = (text: string, on = true) => {
    const a = analyse(text);
    return enumerationListCards(a, true, on).map((c) => [c.front, c.back, gate(c, a) ?? "kept"]);
  };

  it("asks each item by its rank in the named list, answered by the item's whole clause, and passes the gates", () => {
    expect(refusals(ENCLOSURE)).toEqual(["an item clause longer than 8 words"]);
    expect(items(ENCLOSURE)).toEqual([
      ["What is the first of the two causes of the decline of the village mill?", "the railway brought cheap flour and cheap bread from the distant cities", "kept"],
      ["What is the second of the two causes of the decline of the village mill?", "the common pasture was enclosed by the great landowners of the parish", "kept"],
    ]);
    const a = analyse(ENCLOSURE);
    const c = enumerationListCards(a)[1];
    expect(a.sentences[c.sentence].text).toMatch(/^A second cause is/);
    expect(c.extra.map((i) => a.sentences[i].text)).toEqual(["There are two causes of the decline of the village mill."]);
  });

  it("reads 'A second …' as the second item after 'The first …', but not a second anything elsewhere", () => {
    expect(itemMarker("A second cause is the frost.")).toMatchObject({ rank: 2, style: "the-nth", rest: "cause is the frost." });
    expect(itemMarker("A secondary school stood there.")).toBeNull();
  });

  it("makes none when the switch is off, when the list is not named, or for an item too long or pointing back", () => {
    expect(items(ENCLOSURE, false)).toEqual([]);
    expect(items(ENCLOSURE.replace(" of the decline of the village mill", ""))).toEqual([]);
    const long = ENCLOSURE.replace("of the parish.", "of the parish, who had bought the old manor with its rights over the waste and the meadows.");
    expect(items(long).map((c) => c[0])).toEqual(["What is the first of the two causes of the decline of the village mill?"]);
    const back = ENCLOSURE.replace("The first is that the railway brought", "The first is that it brought");
    expect(items(back).map((c) => c[0])).toEqual(["What is the second of the two causes of the decline of the village mill?"]);
  });

  it("leaves a list whose items are short to the one list card", () => {
    expect(items(MILLS).map((c) => c[0])).toEqual(["What are the three causes of the decline of the village mill?"]);
  });
});

