// A blank is a whole constituent (lib/cards/spans/constituent): a noun phrase with its complement,
// never run into a predicate, never half a comparative or the end of a name. Every sentence and
// name here is invented.
import { afterEach, describe, expect, it } from "vitest";
import { CONSTITUENT, cutConstituent, wholeConstituent } from "@/lib/cards/spans/constituent";
import { clozeCandidates } from "@/lib/cards/candidates/cloze";
import { blankChoice } from "@/lib/cards/gates/blank-choice";
import { analyse, clozeAt } from "../pipeline/helpers";

function spanOf(text: string, span: string) {
  const a = analyse(text);
  const s = a.sentences[0];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return { a, s, start, end: start + span.length };
}
const cut = (text: string, span: string) => {
  const { s, start, end } = spanOf(text, span);
  return cutConstituent(s, start, end);
};
const whole = (text: string, span: string) => {
  const { s, start, end } = spanOf(text, span);
  const w = wholeConstituent(s, start, end);
  return w ? s.text.slice(w.start, w.end) : null;
};

afterEach(() => {
  CONSTITUENT.on = true;
});

describe("a noun phrase cut before its complement", () => {
  it("refuses an 'X of Y' whose Y goes on with its own of-phrase, and offers the whole phrase", () => {
    const text = "Profit is the surplus left by the employment of two parcels of timber and stone.";
    expect(cut(text, "employment of two parcels")).toBe("a noun phrase cut before its complement");
    expect(whole(text, "employment of two parcels")).toBe("employment of two parcels of timber and stone");
    const text2 = "The pupils traced the growth of the movement of rural teachers.";
    expect(cut(text2, "growth of the movement")).toBe("a noun phrase cut before its complement");
    expect(whole(text2, "growth of the movement")).toBe("growth of the movement of rural teachers");
  });
  it("refuses a deverbal head cut before its of-phrase", () => {
    expect(cut("There is a limit to the reasonable interference of public taste with private conduct.", "reasonable interference")).toBe("a noun phrase cut before its complement");
  });
  it("refuses an of-object cut before its partner", () => {
    const text = "The rival merits of tillage and pasture have long divided the county's farmers.";
    expect(cut(text, "rival merits of tillage")).toBe("a noun phrase cut before its complement");
    expect(whole(text, "rival merits of tillage")).toBe("rival merits of tillage and pasture");
  });
  it("offers no whole phrase from inside a noun phrase", () => {
    const text = "Small parties of wounded were already beginning to arrive.";
    expect(cut(text, "parties")).toBeNull(); // (a lower-case single word: the informative-blank gate's business)
    expect(whole("The rise of the debate of farmers' wages was slow, and Small detachments of the reserve arrived.", "detachments")).toBeNull();
  });
  it("follows a possessor to its head", () => {
    expect(whole("Describe the growth of the debate of farmers' wages.", "growth of the debate")).toBe("growth of the debate of farmers' wages");
  });
  it("keeps a whole phrase, and a plain head before an of-phrase", () => {
    expect(cut("Profit is the surplus left by the employment of two parcels of timber and stone.", "employment of two parcels of timber and stone")).toBeNull();
    expect(cut("The old harbour of the town was rebuilt in granite.", "old harbour")).toBeNull();
    expect(cut("The valley was flooded by the melting of the glacier.", "melting of the glacier")).toBeNull();
  });
});

describe("a noun phrase run into a predicate", () => {
  it("refuses a blank that runs on from the noun into an adjective", () => {
    expect(cut("Frost first makes the leaf buds weak.", "leaf buds weak")).toBe("a noun phrase run into a predicate");
    expect(cut("In six towns full and free trade had been granted.", "towns full and free trade")).toBe("a noun phrase run into a predicate");
  });
  it("keeps a singular noun modifier the tagger reads before an adjective", () => {
    expect(cut("(SO4) is the sulphate radical; K2SO4 is potassium sulphate.", "sulphate radical")).toBeNull();
  });
  it("keeps the noun phrase itself and an adjective before its noun", () => {
    expect(cut("Frost first makes the leaf buds weak.", "leaf buds")).toBeNull();
    expect(cut("In six towns full and free trade had been granted.", "full and free trade")).toBeNull();
  });
});

describe("half a comparative", () => {
  it("refuses a blank that opens after 'more' and holds its 'than'", () => {
    expect(cut("Idleness is far more wearing than steady labour.", "wearing than steady labour")).toBe("half a comparative");
  });
  it("keeps the compared noun alone and a comparative without 'more'", () => {
    expect(cut("Idleness is far more wearing than steady labour.", "steady labour")).toBeNull();
    expect(cut("Candour is kinder than the pretence of praise.", "kinder than the pretence of praise")).toBeNull();
  });
});

describe("the end of a name", () => {
  it("refuses a blank after a common word's capitalised possessive inside a name, and offers the whole name", () => {
    expect(cut("The Sailor's Orphan Asylum of Dunmere was opened in 1861.", "Orphan Asylum of Dunmere")).toBe("the end of a name");
    expect(whole("The Sailor's Orphan Asylum of Dunmere was opened in 1861.", "Orphan Asylum of Dunmere")).toBe("Sailor's Orphan Asylum of Dunmere");
    expect(cut("He held the office of People's Steward for a year.", "Steward")).toBe("the end of a name");
    expect(cut("In 1852 the Northern Teachers' Mutual Society was founded at Dunmere.", "Mutual Society")).toBe("the end of a name");
    expect(whole("In 1852 the Northern Teachers' Mutual Society was founded at Dunmere.", "Mutual Society")).toBe("Northern Teachers' Mutual Society");
  });
  it("keeps a work after its author's possessive", () => {
    expect(cut("Sir Edmund Hale's Harvest Tables were printed in 1790.", "Harvest Tables")).toBeNull();
  });
});

describe("in the pipeline", () => {
  const backs = (text: string) => {
    const a = analyse(text);
    return clozeCandidates(a.sentences[0], a).map((x) => x.back);
  };
  it("the blank gate refuses a cut constituent; with the checks off it passes", () => {
    const { a, c } = clozeAt("Profit is the surplus left by the employment of two parcels of timber and stone.", 0, "employment of two parcels");
    expect(blankChoice(c, a)).toBe("a noun phrase cut before its complement");
    CONSTITUENT.on = false;
    expect(blankChoice(c, a)).not.toBe("a noun phrase cut before its complement");
  });
  it("a sentence's cloze does not run past its noun phrase", () => {
    expect(backs("Frost first makes the leaf buds weak.")).not.toContain("leaf buds weak");
    CONSTITUENT.on = false;
    expect(backs("Frost first makes the leaf buds weak.")).toContain("leaf buds weak");
  });
  it("blanks the whole name in place of its end", () => {
    const text = "The Sailor's Orphan Asylum of Dunmere was opened in 1861 by the harbour board.";
    expect(backs(text)).toEqual(["Sailor's Orphan Asylum of Dunmere"]);
    CONSTITUENT.on = false;
    expect(backs(text)).toEqual(["Orphan Asylum of Dunmere"]);
  });
});
