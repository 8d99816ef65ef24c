// Trivial blanks strict raters refuse on book after book (lib/cards/spans/trivial-blank): half a
// coordination and one common word written with a capital; the blank-choice gate refuses each, and
// the sentence's cloze moves to another span. Sentences and names are invented.
import { describe, expect, it } from "vitest";
import { capitalisedCommonWord, halfCoordination, lowerCaseWords, TRIVIAL_BLANK, trivialBlank } from "@/lib/cards/spans/trivial-blank";
import { blankChoice } from "@/lib/cards/gates/blank-choice";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

/** The sentence `sentence` of an analysed text and the offsets of `span` in it. */
function spanOf(text: string, span: string, sentence = 0) {
  const a = analyse(text);
  const s = a.sentences[sentence];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return { a, s, start, end: start + span.length };
}

const gate = (text: string, span: string, sentence = 0) => {
  const { a, s, start, end } = spanOf(text, span, sentence);
  return blankChoice(cand({ kind: "cloze", type: "cloze", front: blank(s, start, end), back: span, sentence, answer: { start, end }, answerKind: "term" }), a);
};

describe("half a coordination", () => {
  it("flags the second of two modifiers sharing the blank's head", () => {
    const { s, start, end } = spanOf("The gap between the early and late frosts decides the harvest of the valley.", "late frosts");
    expect(halfCoordination(s, start, end)).toBe(true);
    const n = spanOf("There were six hundred and forty-two lamps in the hall.", "forty-two lamps");
    expect(halfCoordination(n.s, n.start, n.end)).toBe(true);
  });

  it("leaves the whole pair, and a first modifier that only measures", () => {
    const whole = spanOf("The gap between the early and late frosts decides the harvest of the valley.", "early and late frosts");
    expect(halfCoordination(whole.s, whole.start, whole.end)).toBe(false);
    const vague = spanOf("The quarrels of the valley came from the various and uneven shares of the harvest.", "uneven shares of the harvest");
    expect(halfCoordination(vague.s, vague.start, vague.end)).toBe(false);
    const fair = spanOf("The quarrels of the valley came from the fair and uneven shares of the harvest.", "uneven shares of the harvest");
    expect(halfCoordination(fair.s, fair.start, fair.end)).toBe(true);
  });

  it("flags one name of a pair that opens on a common word, not a name with no partner", () => {
    const pair = spanOf("The elder Vance and Orrin have shown that every harbour silts up in time.", "elder Vance");
    expect(halfCoordination(pair.s, pair.start, pair.end)).toBe(true);
    const alone = spanOf("The elder Vance has shown that every harbour silts up in time.", "elder Vance");
    expect(halfCoordination(alone.s, alone.start, alone.end)).toBe(false);
  });
});

describe("one common word written with a capital", () => {
  const chapter = "Commerce keeps many ships in its service, but not one sailor. The growth of commerce was slow in the valley.";

  it("flags a capitalised ordinary word the chapter also writes in lower case", () => {
    const { a, s, start, end } = spanOf(chapter, "Commerce");
    expect(capitalisedCommonWord(s, start, end, lowerCaseWords(a))).toBe(true);
  });

  it("leaves it when the chapter never writes it in lower case, a name, and a term being defined", () => {
    const once = spanOf("Commerce keeps many ships in its service, but not one sailor. The valley grew slowly.", "Commerce");
    expect(capitalisedCommonWord(once.s, once.start, once.end, lowerCaseWords(once.a))).toBe(false);
    const name = spanOf("Orrinford keeps many ships in its service. The orrinford trade was slow.", "Orrinford");
    expect(capitalisedCommonWord(name.s, name.start, name.end, lowerCaseWords(name.a))).toBe(false);
    const defined = spanOf("Commerce is a trade which, carried on by sea, binds distant towns. The growth of commerce was slow.", "Commerce");
    expect(capitalisedCommonWord(defined.s, defined.start, defined.end, lowerCaseWords(defined.a))).toBe(false);
  });
});

describe("the blank-choice gate", () => {
  it("refuses each class and lets the near-misses through the check", () => {
    expect(gate("The gap between the early and late frosts decides the harvest of the valley.", "late frosts")).toBe("half a coordination");
    expect(gate("Commerce keeps many ships in its service, but not one sailor. The growth of commerce was slow in the valley.", "Commerce")).toBe("one common word");
    expect(gate("The gap between the early and late frosts decides the harvest of the valley.", "early and late frosts")).not.toMatch(/coordination|common word/);
  });

  it("can be turned off for the audit", () => {
    const { a, s, start, end } = spanOf("The gap between the early and late frosts decides the harvest of the valley.", "late frosts");
    expect(trivialBlank(s, a, start, end)).toBe("half a coordination");
    TRIVIAL_BLANK.on = false;
    try {
      expect(gate("The gap between the early and late frosts decides the harvest of the valley.", "late frosts") ?? "").not.toMatch(/coordination/);
    } finally {
      TRIVIAL_BLANK.on = true;
    }
  });
});
