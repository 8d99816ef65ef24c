// Blanks on the wrong span of a sentence worth a card (lib/cards/spans/misplaced-blank), the claim
// a sentence gets instead (spans/claim-fallback), end focus (spans/end-focus) and the predicate
// repairs (candidates/predicate). Every sentence and name here is invented.
import { afterEach, describe, expect, it } from "vitest";
import { bracketAside, cutCoordination, determinedListItem, functionWordOnly, MISPLACED_BLANK, misplacedBlank, partOfNumber } from "@/lib/cards/spans/misplaced-blank";
import { claimFallback } from "@/lib/cards/spans/claim-fallback";
import { endFocusFor } from "@/lib/cards/spans/end-focus";
import { predicateCandidates } from "@/lib/cards/candidates/predicate";
import { blankChoice } from "@/lib/cards/gates/blank-choice";
import { blank, clozeCandidates } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "../pipeline/helpers";

function spanOf(text: string, span: string, sentence = 0) {
  const a = analyse(text);
  const s = a.sentences[sentence];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return { a, s, start, end: start + span.length };
}
const check = (f: (s: ReturnType<typeof spanOf>["s"], start: number, end: number) => boolean, text: string, span: string) => {
  const { s, start, end } = spanOf(text, span);
  return f(s, start, end);
};
const textOf = (s: { text: string }, o: { start: number; end: number } | null) => (o ? s.text.slice(o.start, o.end) : null);

afterEach(() => {
  MISPLACED_BLANK.on = true;
});

describe("an aside in brackets", () => {
  it("refuses a gloss on the noun before the brackets, and a detail of a longer aside", () => {
    expect(check(bracketAside, "Every measuring rod (reference scale) has its own particular length.", "reference scale")).toBe(true);
    expect(check(bracketAside, "Our habits have (in Dr. Ormond's phrase) grown to the way they were used.", "Dr. Ormond")).toBe(true);
  });
  it("keeps a bracket that names what a whole clause said, and a blank outside brackets", () => {
    expect(check(bracketAside, "Two clocks that agree at rest disagree in motion, and the reverse holds too (relativity of rhythm).", "relativity of rhythm")).toBe(false);
    expect(check(bracketAside, "Every measuring rod (reference scale) has its own particular length.", "own particular length")).toBe(false);
  });
});

describe("a function word", () => {
  it("refuses a blank of closed-class words, the archaic free relative included", () => {
    expect(check(functionWordOnly, "Whoso would keep a garden, must be a patient man.", "Whoso")).toBe(true);
  });
  it("keeps a content word", () => {
    expect(check(functionWordOnly, "Whoso would keep a garden, must be a patient man.", "patient man")).toBe(false);
  });
});

describe("part of a number", () => {
  const text = "Nine hundred and ninety-nine sheep grazed on the common.";
  it("refuses a blank that starts or ends inside a number", () => {
    expect(check(partOfNumber, text, "ninety-nine sheep")).toBe(true);
    expect(check(partOfNumber, text, "Nine hundred")).toBe(true);
  });
  it("keeps the whole number, and a number that stands alone", () => {
    expect(check(partOfNumber, text, "Nine hundred and ninety-nine")).toBe(false);
    expect(check(partOfNumber, "Sixty ships sailed from the harbour in the spring.", "Sixty ships")).toBe(false);
  });
});

describe("one item of a list", () => {
  it("refuses any item of three or more determined phrases", () => {
    const courts = "There was no court at Tyre like the Hall of Pleas, the Bench of the Guilds, or the Assembly of the Lowland Towns.";
    for (const item of ["Hall of Pleas", "Bench of the Guilds", "Assembly of the Lowland Towns"]) expect(check(determinedListItem, courts, item)).toBe(true);
    expect(check(determinedListItem, "The speed of the horse is not helped either by the patience of the ox, or by the cunning of the fox, or by the loyalty of the dog.", "cunning of the fox")).toBe(true);
    expect(check(determinedListItem, "A good farmer is a husband, a merchant, and a soldier.", "a husband")).toBe(true);
    expect(check(determinedListItem, "The miller, the baker, and the smith went home.", "baker")).toBe(true);
  });
  it("refuses one name of a run of names, and one bare name of a list", () => {
    expect(check(determinedListItem, "Ambrose was mocked, and Gregory, and Bede, and every patient scholar.", "Ambrose")).toBe(true);
    expect(check(determinedListItem, "In Westmarch the number of farms rose tenfold, while in Elmshire, Dunmoor, and Harrowfield it has hardly doubled.", "Dunmoor")).toBe(true);
  });
  it("keeps a pair, an apposition, a lead-in and a name outside the list", () => {
    expect(check(determinedListItem, "Before the storm, the miller and the baker went home.", "storm")).toBe(false);
    expect(check(determinedListItem, "Paris, the capital, is large.", "Paris")).toBe(false);
    expect(check(determinedListItem, "In Westmarch the number of farms rose tenfold, while in Elmshire, Dunmoor, and Harrowfield it has hardly doubled.", "Westmarch")).toBe(false);
  });
});

describe("a cut coordination", () => {
  it("refuses a blank that crosses 'and' from inside its first conjunct", () => {
    expect(check(cutCoordination, "Every reader weighs the careful claims of his teacher and his own idle fancies.", "teacher and his own idle fancies")).toBe(true);
  });
  it("keeps a whole coordination and a pair of modifiers", () => {
    expect(check(cutCoordination, "The garden of the abbot and the orchard of the prior lay side by side.", "garden of the abbot and the orchard of the prior")).toBe(false);
    expect(check(cutCoordination, "The gap between the early and late frosts decides the harvest.", "early and late frosts")).toBe(false);
  });
});

describe("the blank gate", () => {
  it("refuses a misplaced cloze blank, and lets it through when the checks are off", () => {
    const { a, s, start, end } = spanOf("Every measuring rod (reference scale) has its own particular length.", "reference scale");
    const c = cand({ kind: "cloze", type: "cloze", front: blank(s, start, end), back: "reference scale", answer: { start, end }, answerKind: "term" });
    expect(misplacedBlank(s, start, end)).toBe("an aside in brackets");
    expect(blankChoice(c, a)).toBe("an aside in brackets");
    MISPLACED_BLANK.on = false;
    expect(blankChoice(c, a)).not.toBe("an aside in brackets");
  });
  it("still refuses half of a pair of modifiers ('the stationary and ___'), as spans/trivial-blank does", () => {
    const { a, s, start, end } = spanOf("The gap between the stationary and progressive towns is a great secret of the valley.", "progressive towns");
    expect(blankChoice(cand({ kind: "cloze", type: "cloze", front: blank(s, start, end), back: "progressive towns", answer: { start, end }, answerKind: "term" }), a)).toBe("half a coordination");
  });
});

describe("the claim instead of a misplaced blank", () => {
  it("takes a verb's object to the clause's end, or a passive participle that ends its clause", () => {
    const rod = analyse("Every measuring rod (reference scale) has its own particular length.").sentences[0];
    expect(textOf(rod, claimFallback(rod))).toBe("its own particular length");
    const saints = analyse("Ambrose was mocked, and Gregory, and Bede, and every patient scholar.").sentences[0];
    expect(textOf(saints, claimFallback(saints))).toBe("mocked");
  });
  it("takes nothing when the verb governs a preposition or the clause runs on", () => {
    const s = analyse("Every reader weighs the careful claims of his teacher and his own idle fancies.").sentences[0];
    expect(claimFallback(s)).toBeNull();
  });
});

describe("end focus", () => {
  it("moves a blank on a detail of the subject to the clause's closing phrase", () => {
    const { s, start, end } = spanOf("The utility of thrift as a mark of virtue is to be classed as a secondary growth.", "mark of virtue");
    expect(textOf(s, endFocusFor(s, start, end))).toBe("secondary growth");
    const p = spanOf("The wearing of aprons by the guildsmen implies a considerable degree of dependence.", "guildsmen");
    expect(textOf(p.s, endFocusFor(p.s, p.start, p.end))).toBe("dependence");
  });
  it("leaves the subject's own head, a lead-in, and a closing phrase that is half a pair", () => {
    const head = spanOf("The utility of thrift as a mark of virtue is to be classed as a secondary growth.", "utility of thrift");
    expect(endFocusFor(head.s, head.start, head.end)).toBeNull();
    const lead = spanOf("In the towns of the valley, the guild keeps a register of apprentices.", "towns");
    expect(endFocusFor(lead.s, lead.start, lead.end)).toBeNull();
    const pair = spanOf("The bearing of the abbot was sedate and dignified.", "abbot");
    expect(endFocusFor(pair.s, pair.start, pair.end)).toBeNull();
  });
});

describe("predicate repairs", () => {
  const backs = (text: string) => {
    const a = analyse(text);
    return a.sentences.flatMap((s) => predicateCandidates(s, a).map((c) => c.back));
  };
  it("takes a whole list of three items, not its first item", () => {
    expect(backs("Every good farmer is a husband, a merchant, and a soldier.")).toEqual(["a husband, a merchant, and a soldier"]);
    // (Without the repair the blank stops at the first comma, and "a husband" alone is refused as one common word.)
    MISPLACED_BLANK.on = false;
    expect(backs("Every good farmer is a husband, a merchant, and a soldier.")).toEqual([]);
  });
  it("blanks the noun a 'vested in' participle governs, not the verb phrase", () => {
    expect(backs("All taxing powers shall be vested in a Folkmoot of the Northern Towns.")).toEqual(["Folkmoot"]);
    MISPLACED_BLANK.on = false;
    expect(backs("All taxing powers shall be vested in a Folkmoot of the Northern Towns.")).toEqual(["vested in a Folkmoot of the Northern Towns"]);
  });
});

describe("the cloze of a sentence whose best blank is misplaced", () => {
  it("is the claim when nothing else passes", () => {
    const text = "Tarrow was mocked, and Gelden, and Borrin, and every patient scholar.";
    const a = analyse(text);
    expect(clozeCandidates(a.sentences[0], a).map((c) => c.back)).toEqual(["mocked"]);
    MISPLACED_BLANK.on = false;
    const b = analyse(text);
    expect(clozeCandidates(b.sentences[0], b).map((c) => c.back)).toEqual(["Tarrow"]);
  });
  it("moves to another item-free span, or to none, when every best span is a list item", () => {
    const a = analyse("The Quillan Hall, the Vessin Bench, and the Ormond Assembly were abolished by the reform.");
    expect(clozeCandidates(a.sentences[0], a).map((c) => c.back)).toEqual([]);
  });
});
