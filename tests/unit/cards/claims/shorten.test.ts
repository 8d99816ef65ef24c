// Shortening a long thesis by side cuts (lib/cards/claims/shorten) on INVENTED sentences: what is
// cut (a non-restrictive relative, a closing participle, an example, an interruption before the
// verb) and what never is (a condition or limit, a list item, the subject or verb, a cleft's relative).
import { describe, expect, it } from "vitest";
import { analyse } from "../pipeline/helpers";
import { sideCuts, shortenClaim, SHORTEN_ON } from "@/lib/cards/claims/shorten";
import { applyCuts, stripClaim } from "@/lib/cards/claims/strip";

const one = (text: string) => analyse(text).sentences[0];
const cutTexts = (text: string) => { const s = one(text); return sideCuts(s).map((c) => s.text.slice(c.start, c.end)); };
const shortened = (text: string, max = 1000) => { const s = one(text); return shortenClaim(s, [], max, applyCuts)?.text ?? null; };

describe("side cuts", () => {
  it("cuts a closing non-restrictive relative clause", () => {
    expect(cutTexts("The new canal carried coal from the northern pits to the river port, which had been founded by the old merchant guilds.")).toContain(", which had been founded by the old merchant guilds");
  });

  it("cuts an example introduced by 'such as'", () => {
    expect(cutTexts("Soft rocks wear away quickly under running water, such as chalk, clay and soft sandstone.").join(" ")).toMatch(/such as chalk/);
  });

  it("cuts a relative clause between the subject and its verb", () => {
    const after = shortened("The village miller, who had ground the valley's corn for thirty years, kept a record of every harvest and its price.", -Infinity);
    expect(after).toBe("The village miller kept a record of every harvest and its price.");
  });

  it("never cuts a stretch that limits the claim: a condition, 'so far as', 'only', a negation", () => {
    expect(cutTexts("The treaty opened every harbour of the coast to foreign ships, which was true so far as the merchants were concerned.")).toEqual([]);
    expect(cutTexts("The council, which may act only when the harvest has failed, must open the public granaries to the poor of the town.")).toEqual([]);
    expect(cutTexts("The council, which meets when the harvest has failed, must open the public granaries to the poor of the town.")).toEqual([]);
    expect(cutTexts("The river floods the lower fields every spring, which does not happen in the hill country.")).toEqual([]);
  });

  it("never cuts a prepositional phrase before the verb, which may set the claim's time or scope", () => {
    expect(cutTexts("The common land, after the enclosure of the meadows, would no longer feed the cattle of the poorer villagers.")).toEqual([]);
  });

  it("never cuts an item of a list", () => {
    const cuts = cutTexts("A demand for cheap bread, for lower rents, or for any other change of that kind, spreads quickly through a crowded town.");
    expect(cuts.some((c) => /lower rents/.test(c) && !/cheap bread/.test(c))).toBe(false);
  });

  it("never cuts the relative clause of a cleft, which is its predicate", () => {
    expect(cutTexts("It is not the rainfall but the depth of the soil, which decides how much corn a field will bear.")).toEqual([]);
  });
});

describe("shortening a claim", () => {
  it("makes cuts only until the claim fits, largest first", () => {
    const text = "The village miller, who had ground the valley's corn for thirty years, kept a careful record of every harvest and its price, which the parish later used to set its tithes.";
    const s = one(text);
    const short = shortenClaim(s, [], 22, applyCuts);
    expect(short).not.toBeNull();
    expect(short!.cuts.length).toBe(1);
    expect(short!.text).toBe("The village miller kept a careful record of every harvest and its price, which the parish later used to set its tithes.");
  });

  it("gives nothing when no side cut brings the claim under the limit", () => {
    expect(shortened("The miller kept a careful record of every harvest, and the parish used it to set the tithes that every farmer paid.", 10)).toBeNull();
  });

  it("is off by default (judged faithful on too few long theses), and the strip step then refuses a long thesis", () => {
    expect(SHORTEN_ON).toBe(false);
    const long = "The great canal that joins the two rivers across the central plain, which was dug by hand over twenty years by the labourers of four counties, carries the grain of the whole plain to the sea ports at half the cost of the roads.";
    expect("why" in stripClaim(one(long))).toBe(true);
    const on = stripClaim(one(long), true);
    expect("why" in on).toBe(false);
    expect((on as { text: string; shortened?: boolean }).shortened).toBe(true);
    expect((on as { text: string }).text).toMatch(/^The great canal that joins the two rivers across the central plain carries the grain/);
  });
});
