// The standalone gate keeps a card that opens on a dummy "it" (./dummy-it) and still drops one
// that opens on a referring "it" with nothing before it. Invented text.
import { describe, expect, it } from "vitest";
import { standalone, DUMMY_IT } from "@/lib/cards/gates/standalone";
import { referring } from "@/lib/cards/gates/referring";
import { clozeOn } from "../pipeline/helpers";

const PRE = "The keepers of Orra kept a strict rule. ";
const drop = (text: string, span: string, pre = PRE) => {
  const { a, c } = clozeOn(pre + text, span, "phrase");
  return standalone(c, a);
};

describe("referring gate and the dummy it", () => {
  const refers = (text: string, span: string) => {
    const { a, c } = clozeOn(text, span, "phrase");
    return referring(c, a);
  };
  it("keeps a dummy 'it' the character patterns miss, and still drops a referring one", () => {
    const CLEFT = "It is only after many seasons of careful trials on every sort of soil, that a farmer puts his trust in the new plough.";
    expect(refers(CLEFT, "new plough")).toBeNull();
    expect(refers("It is not weakness, but the contradiction of two aims.", "contradiction of two aims")).not.toBeNull();
    DUMMY_IT.on = false;
    try {
      expect(refers(CLEFT, "new plough")).not.toBeNull();
    } finally {
      DUMMY_IT.on = true;
    }
  });
});

describe("standalone gate and the dummy it", () => {
  it("keeps a card whose opening 'it' is a dummy", () => {
    expect(drop("On the other hand, it is a duty to keep the lamp lit through the night.", "a duty to keep the lamp lit")).toBeNull();
    expect(drop("It is a far cry from the first oil lamp of Orra to the great lighthouse at Lisk.", "great lighthouse at Lisk")).toBeNull();
  });
  it("drops one whose opening 'it' refers to something before", () => {
    // (Nothing before it that the analysis could put in its place.)
    expect(drop("It is not weakness, but the contradiction of two aims.", "contradiction of two aims", "")).not.toBeNull();
  });
  it("drops the dummy-it card again when the reading is switched off (the rule is what keeps it)", () => {
    DUMMY_IT.on = false;
    try {
      expect(drop("On the other hand, it is a duty to keep the lamp lit through the night.", "a duty to keep the lamp lit")).not.toBeNull();
    } finally {
      DUMMY_IT.on = true;
    }
  });
});

describe("standalone gate: the card's own 'it', not the sentence's first", () => {
  it("drops a clause cloze cut from after a dummy 'it' when the card opens on a referring 'it'", () => {
    // (A frame such as "It is plain that" is deleted by the repairs; "It was a pity that" is kept.)
    const text = "It was a pity that the mill of Orra was sold, for it fell to ruin in 1820.";
    const { a, c } = clozeOn(text, "1820", "date");
    const s = a.sentences[a.sentences.length - 1];
    const from = s.text.indexOf("it fell");
    const clause = { ...c, front: `${s.text.slice(from, c.answer!.start)}{{c1::1820}}.` };
    expect(standalone(clause, a)).not.toBeNull();
    // The whole sentence, which opens on the dummy, keeps its card.
    expect(standalone(c, a)).toBeNull();
  });
});
