// Clause clozes (candidates/clause-cloze.ts) cut to a fragment: a participle with no auxiliary, and a
// preposition whose object the next part shares (strict raters' garbled-or-cut, session 22). Invented text.
import { describe, expect, it } from "vitest";
import { auxiliaryBefore, clauses, inCommaList, standsAlone, verbOf } from "@/lib/cards/candidates/clause-cloze";
import { analyse } from "./helpers";

/** The parts of the sentence that clause clozes may be made of, as text. */
const alone = (text: string) => {
  const s = analyse(text).sentences[0];
  return clauses(s).filter((p) => standsAlone(s, p, verbOf(s, p))).map((p) => s.tokens.slice(p.a, p.b).map((t) => t.text).join(" "));
};
const parts = (text: string) => {
  const s = analyse(text).sentences[0];
  return clauses(s).map((p) => s.tokens.slice(p.a, p.b).map((t) => t.text).join(" "));
};

describe("clause clozes: a plain tense with no object keeps its card", () => {
  it.each([
    ["The rain fell for a week on the hills above Corran, and the lower fields of the village flooded.", "the lower fields of the village flooded"],
    ["The harbour bell rang twice at dawn over the Tessel quay, and the ships of the fleet went out.", "the ships of the fleet went out"],
    ["The gates of the Harl toll stayed shut all morning long, and the carters of the town waited patiently.", "the carters of the town waited patiently"],
    ["The toll on every cart rose again under the new council, and the angry carters of the valley protested.", "the angry carters of the valley protested"],
  ])("keeps the part after the cut (%s)", (text, part) => {
    expect(parts(text)).toContain(part);
    expect(alone(text)).toContain(part);
  });
});

describe("clause clozes: fragments", () => {
  it("judges a part at the sentence's start whose only verb is a bare participle without failing", () => {
    expect(() => alone("The loose threads of every bolt trimmed off.")).not.toThrow();
    const s = analyse("The loose threads of every bolt trimmed off.").sentences[0];
    expect(auxiliaryBefore(s.tokens, 0)).toBe(false);
    expect(inCommaList(s.tokens, 0, s.tokens.length - 1)).toBe(false);
  });

  it("does not make a sentence of a clause whose verb is a bare participle", () => {
    const text = "When the vats are cool, the spare dye of the Orlen works is drained off at one corner of the yard, and the loose threads of the bolts trimmed off.";
    expect(parts(text).some((p) => /^the loose threads of the bolts trimmed off$/.test(p))).toBe(true);
    expect(alone(text).some((p) => /trimmed off/.test(p))).toBe(false);
  });

  it("does not make a sentence of a list of participle phrases", () => {
    const text = "The weight of grain ground, water drawn in, and flour sent out by this wheel shows that the Dunmere mill is among the best in the valley.";
    expect(alone(text).some((p) => /^The weight of grain ground/.test(p))).toBe(false);
    expect(alone(text).some((p) => /^flour sent out/.test(p))).toBe(false);
  });

  it("does not make a sentence of a part that ends on a shared preposition", () => {
    const text = "No doubt the weight of every anchor is set by, and matched to, the draught of the hull which carries it across the Vestmark bay.";
    expect(parts(text)[0]).toMatch(/set by$/);
    expect(alone(text).some((p) => /set by$/.test(p))).toBe(false);
  });

  it("keeps a part that ends on a stranded preposition", () => {
    const text = "The old road was the only road the carters could rely on, and the council taxed it every year.";
    expect(alone(text)).toContain("The old road was the only road the carters could rely on");
  });

  it("keeps a past tense with its object, and a finite clause after the cut", () => {
    const text = "The weavers of Dunmere cut the cloth at noon on every market day, and the dyers of the lower town carried the bales to the river before dark.";
    expect(alone(text)).toEqual(["The weavers of Dunmere cut the cloth at noon on every market day", "the dyers of the lower town carried the bales to the river before dark"]);
  });
});
