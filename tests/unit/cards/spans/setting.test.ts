// A blank on the sentence's frame (lib/cards/spans/setting): one figure of a run of figures, the
// opening prepositional phrase, a year before the main verb; such a blank gives its place to the
// main clause's claim. Every sentence and name here is invented.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { figureListItem, inOpeningSetting, SETTING, settingBlank, yearAfterTimePreposition, yearOfSeries } from "@/lib/cards/spans/setting";
import { clozeCandidates } from "@/lib/cards/candidates/cloze";
import type { AnalysedSentence } from "@/lib/cards/analyse";
import { analyse } from "../pipeline/helpers";

function spanOf(text: string, span: string, nth = 0) {
  const a = analyse(text);
  const s = a.sentences[0];
  let start = -1;
  for (let k = 0; k <= nth; k++) start = s.text.indexOf(span, start + 1);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return { a, s, start, end: start + span.length };
}
const on = (f: (s: AnalysedSentence, start: number, end: number) => unknown, text: string, span: string, nth = 0) => {
  const { s, start, end } = spanOf(text, span, nth);
  return f(s, start, end);
};
// The sentence's clozes, read in a chapter of a few other sentences (a chapter of one sentence makes
// every noun "run through the chapter").
const OTHERS = "The early mills of the valley were driven by water from the hills. Glassmakers drew into partnership merchants from the ports who had no knowledge of the trade. The meetings of the council of the town are held in secret.";
const blanks = (text: string) => {
  const a = analyse(`${text} ${OTHERS}`);
  return clozeCandidates(a.sentences[0], a).map((c) => c.back);
};

const DEFAULT = SETTING.on;
beforeEach(() => {
  SETTING.on = true;
});
afterEach(() => {
  SETTING.on = DEFAULT;
});

it("is off by default (measured no better on the check set)", () => {
  expect(DEFAULT).toBe(false);
});

describe("one figure of a run of figures", () => {
  it("refuses one year of three and one year of a pair, in every place of the run", () => {
    const three = "In 1802, 1806, and 1811 general acts were passed permitting the towns to build markets.";
    expect(on(figureListItem, three, "1811")).toBe(true);
    expect(on(figureListItem, three, "1806")).toBe(true);
    expect(on(figureListItem, three, "1802")).toBe(true);
    const pair = "Several bleaching machines were invented in 1791 and 1795 by the mill's owners.";
    expect(on(figureListItem, pair, "1795")).toBe(true);
    expect(on(figureListItem, pair, "1791")).toBe(true);
    expect(on(figureListItem, "The tolls were raised in 1791, or 1795 at the latest, by the council.", "1791")).toBe(true);
    // a comma before the conjunction, on either side of the pair
    expect(on(figureListItem, "The tolls were raised in 1791, or 1795 at the latest, by the council.", "1795")).toBe(true);
    expect(on(figureListItem, "Two looms were patented in 1792, and 1793 by the weavers of the town.", "1793")).toBe(true);
  });
  it("keeps a lone figure, a figure beside a word, and the two ends of a range", () => {
    expect(on(figureListItem, "The first bridge over the river was opened in 1791 by the council.", "1791")).toBe(false);
    expect(on(figureListItem, "The guild admitted 40 masters and their apprentices.", "40")).toBe(false);
    expect(on(figureListItem, "The brightest stars lie at a distance between 40,000 and 90,000 times that of the moon.", "40,000")).toBe(false);
    expect(on(figureListItem, "The brightest stars lie at a distance between 40,000 and 90,000 times that of the moon.", "90,000")).toBe(false);
  });
  it("no sentence offers one year of a run as its blank", () => {
    expect(blanks("In 1802, 1806, and 1811 general acts were passed permitting the towns to build new markets for grain and wool.")).not.toContain("1811");
    SETTING.on = false;
    expect(blanks("In 1802, 1806, and 1811 general acts were passed permitting the towns to build new markets for grain and wool.")).toContain("1811");
  });
});

describe("one year of a series of dates", () => {
  it("refuses one year of a sentence naming three or more, and keeps a year of a sentence naming two", () => {
    const series = "The weavers earned thirty shillings in 1801, twenty in 1811, and only eight shillings in 1831.";
    expect(on(yearOfSeries, series, "1831")).toBe(true);
    expect(on(yearOfSeries, series, "1811")).toBe(true);
    expect(on(yearOfSeries, "The weavers earned thirty shillings in 1801 and only eight shillings in 1831.", "1831")).toBe(false);
    expect(on(settingBlank, series, "1831")).toBe("one figure of a list of figures");
  });
});

describe("the opening prepositional phrase", () => {
  it("refuses a blank inside an opening phrase set off before the subject", () => {
    const text = "In the earlier periods of the trade, we find everywhere a complicated system of local tolls.";
    expect(on(inOpeningSetting, text, "periods of the trade")).toBe(true);
    expect(on(inOpeningSetting, text, "complicated system of local tolls")).toBe(false);
    expect(on(inOpeningSetting, "In 1790 a certain weight of bleached linen was worth forty shillings.", "1790")).toBe(true);
  });
  it("keeps an opening that is not a preposition's phrase, and a subject with no opening", () => {
    expect(on(inOpeningSetting, "Wherever the guild is strong, the wages of its weavers are high.", "guild")).toBe(false);
    expect(on(inOpeningSetting, "The guild of the weavers kept its own hall in the market.", "guild")).toBe(false);
  });
  it("gives the blank to the main clause's claim", () => {
    const reign = "In the reign of Queen Marlis, the towns kept everywhere a complicated system of local tolls.";
    expect(blanks(reign)).toEqual(["complicated system of local tolls"]);
    const periods = "In the earlier periods of the trade, the towns kept everywhere a complicated system of local tolls.";
    expect(blanks(periods)).toEqual(["complicated system of local tolls"]);
    SETTING.on = false;
    expect(blanks(reign)).toEqual(["Queen Marlis"]);
    expect(blanks(periods)).not.toContain("complicated system of local tolls");
  });
  it("leaves a sentence's other blank alone when it has one (no claim is added beside it)", () => {
    const text = "In the reign of Queen Marlis, the Harlow guild kept a complicated system of local tolls.";
    expect(blanks(text)).not.toContain("Queen Marlis");
  });
});

describe("a year before the main verb", () => {
  it("refuses a year after 'in' in the subject or a clause before the main verb", () => {
    const text = "The weavers of the valley, who earned thirty shillings in 1805, earned only eight shillings afterwards.";
    expect(on(yearAfterTimePreposition, text, "1805")).toBe(true);
    expect(on(yearAfterTimePreposition, "The population of the valley in 1685 cannot be known with accuracy.", "1685")).toBe(true);
  });
  it("keeps a year after the main verb, the clause's when", () => {
    expect(on(yearAfterTimePreposition, "The first lamp of the harbour was lit in 1890.", "1890")).toBe(false);
    expect(on(yearAfterTimePreposition, "The guild hall burned down during 1790 and was never rebuilt.", "1790")).toBe(false);
  });
  it("is off with the switch", () => {
    SETTING.on = false;
    expect(blanks("In 1802, 1806, and 1811 general acts were passed permitting the towns to build new markets for grain and wool.").length).toBeGreaterThan(0);
  });
});
