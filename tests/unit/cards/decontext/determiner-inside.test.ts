// Session 15: a pointing word whose antecedent is in its own sentence ("100 quarters … a further 85
// quarters", "quaestor and tribune … the latter") carries that stretch, and a card that shows it
// does not depend on the text before; one whose antecedent is outside still does. The rule ships off
// (measured below the bar); it is switched on here to test what it does. Invented text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INSIDE_RULE } from "@/lib/cards/decontext/determiner";
import { dropsCard, shownDependences } from "@/lib/cards/decontext";
import { analyse } from "../pipeline/helpers";

const last = (text: string) => {
  const a = analyse(text);
  return a.sentences[a.sentences.length - 1];
};
/** The determiner dependences a card showing the whole sentence still has. */
const left = (text: string) => {
  const s = last(text);
  return shownDependences(s, s.text).filter((d) => d.op === "determiner" && dropsCard(d)).map((d) => d.text.toLowerCase());
};

describe("shipped switch", () => {
  it("is off", () => expect(INSIDE_RULE.on).toBe(false));
});

describe("determiners that point inside their sentence", () => {
  beforeAll(() => void (INSIDE_RULE.on = true));
  afterAll(() => void (INSIDE_RULE.on = false));
  it("'a further' / 'a similar' with the same noun named earlier in the sentence", () => {
    expect(left("If a miller grinds 40 sacks of rye with one stone, and by a second stone he grinds a further 30 sacks, the second stone yields less.")).toEqual([]);
    expect(left("When a child has felt the pain of a nettle, he will expect a similar pain from any nettle.")).toEqual([]);
  });
  it("'the latter' after two things named in the sentence", () => {
    expect(left("Between his years as harbour master and keeper of the lamps, and even in the year of the latter office, Vance lived quietly.")).toEqual([]);
    expect(left("The old tide table can be derived from the new tide table by setting the moon's pull to zero in the latter.")).toEqual([]);
  });
  it("still drops one whose antecedent is outside the sentence", () => {
    expect(left("The keepers of Orra rowed out at dawn. The strength of the latter was soon spent.")).toEqual(["the latter"]);
    expect(left("The mill at Orra ground rye. The guild then built a further mill at Lisk.")).toEqual(["a further"]);
    expect(left("The mill at Orra ground rye. A similar mill stood at Lisk.")).toEqual(["a similar"]);
  });
  it("still drops it on a card that does not show the antecedent", () => {
    const s = last("If a miller grinds 40 sacks of rye with one stone, and by a second stone he grinds a further 30 sacks, the second stone yields less.");
    const cut = s.text.slice(s.text.indexOf("by a second"));
    expect(shownDependences(s, cut).filter((d) => d.op === "determiner" && dropsCard(d)).map((d) => d.text)).toEqual(["a further"]);
  });
});
