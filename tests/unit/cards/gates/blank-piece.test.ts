// Session 18 (genfixF) on INVENTED text: blanks that are a piece of the text's apparatus or of a phrase
// (a numbering label, a piece of a formula or a figure's lettering, a conjunct split from its
// determiner), a speaker's promise or decree read as the "we" of anyone, the "others" and numbered-
// statement pointers, and a question whose answer repeats it.
import { describe, expect, it } from "vitest";
import { analyseChapter } from "@/lib/cards/analyse";
import { cleanDocument } from "@/lib/chapters";
import { blankPiece } from "@/lib/cards/gates/blank-piece";
import { promiseOrDecree } from "@/lib/cards/gates/generic-we";
import { answerEchoesQuestion, echoAnswer } from "@/lib/cards/gates/echo-answer";
import { referringRules } from "@/lib/cards/gates/referring";
import type { Candidate } from "@/lib/cards/candidates";

// (A label that opens a paragraph is cut by the clean-up; mid-paragraph it stays, so a lead sentence comes first.)
const sentenceOf = (text: string) => {
  const ch = cleanDocument(`# Chapter 3. The canals\n\nThe rules were read aloud. ${text}\n`, { filename: "test.md" }).chapters[0];
  return analyseChapter(ch).sentences.find((s) => s.text.includes(text.slice(5, 25)))!;
};
/** A sentence as blankPiece reads it: its text and word tokens (no tagger needed). */
const plain = (text: string) => ({ text, tokens: [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length })) }) as unknown as Parameters<typeof blankPiece>[0];
/** The reason blanking `part` (its first occurrence from `from`) is a piece, or null. */
const piece = (text: string, part: string, from = 0) => {
  const s = plain(text);
  const at = s.text.indexOf(part, from);
  return blankPiece(s, at, at + part.length);
};

describe("blankPiece", () => {
  it.each([
    ["XIV. No tenant of the abbey shall pay the toll twice.", "XIV"],
    ["12. The keeper shall open the lock at dawn.", "12"],
    ["Section 4. The board shall meet every quarter.", "4"],
  ])("a numbering label: %j", (text, part) => expect(piece(text, part)).toBe("a numbering label"));

  it("keeps a number or numeral that the sentence is about", () => {
    expect(piece("Article IV gives the board its power over the tolls.", "IV")).toBeNull();
    expect(piece("The canal was cut by 300 men in two summers.", "300")).toBeNull();
    expect(piece("Henry IV. granted the town its charter in the spring.", "Henry IV")).toBeNull();
  });

  it("a piece of a formula", () => {
    expect(piece("Thus the relation a + b = 2 is the same as 4a + 4b = 8 and so on.", "4a")).toBe("a piece of a formula");
    expect(piece("Thus the relation a + b = 2 is the same as b + a = 2 in every case.", "b", 30)).toBe("a piece of a formula");
  });

  it("a letter of a figure", () => {
    expect(piece("If the line AB be drawn to meet BC at the point B, the angle ABC is fixed by AC and the other lines.", "BC")).toBe("a letter of a figure");
    expect(piece("The NATO pact was signed by the ministers in the spring of that year.", "NATO")).toBeNull();
    // (fixgf, review 11) Capital words sharing letters in a sentence about a line: a four-letter acronym is no lettering.
    expect(piece("At that point the USA, the UK and the USSR drew a line across the whole map of the region.", "USSR")).toBeNull();
  });

  it("one conjunct split from its shared determiner", () => {
    expect(piece("The height and width of the lock decided the size of the barges.", "width of the lock")).toBe("one conjunct split from its determiner");
    expect(piece("The quarrel between the church and the crown lasted a century.", "the crown")).toBeNull();
    expect(piece("Beside them stood the Levellers or Diggers, who asked for common land.", "Diggers")).toBeNull();
  });
});

describe("promiseOrDecree", () => {
  it.each(["We will restore to every citizen his old liberties.", "To no one will we refuse a fair hearing.", "We shall not grant any tolls to any man.", "We firmly decree that the market be free."])("%j binds its speaker", (t) => expect(promiseOrDecree(t)).toBe(true));
  it.each(["We shall see that the tolls rose.", "If we grant that the mind is free, the rest follows.", "We can measure the flow of the river."])("%j is not a promise", (t) => expect(promiseOrDecree(t)).toBe(false));
});

const echoAnswerGate = (front: string, back: string) => echoAnswer({ kind: "qa", front, back } as unknown as Candidate, {} as never);

describe("answerEchoesQuestion", () => {
  it("finds an answer that copies the question", () => {
    expect(answerEchoesQuestion("How does a kiln differ from an oven inasmuch as it is closed on every side?", "A kiln differs from an oven inasmuch as it is closed on every side")).toBe(true);
  });
  it("keeps an answer with content of its own", () => {
    expect(echoAnswerGate("Is the kiln hotter than the oven on every side?", "No, the kiln is not hotter than the oven on every side")).toBeNull();
    expect(echoAnswerGate("According to Orlen, are kilns hotter than ovens on every side?", "No: kilns are hotter than ovens on one side only")).toBeNull();
    // (fixgf, review 11) An answer that echoes the question, kept only by the yes/no guard.
    expect(answerEchoesQuestion("According to Orlen, are kilns hotter than ovens on every side?", "Kilns are hotter than ovens on every side")).toBe(true);
    expect(echoAnswerGate("According to Orlen, are kilns hotter than ovens on every side?", "Kilns are hotter than ovens on every side")).toBeNull();
    expect(echoAnswerGate("How does a kiln differ from an oven inasmuch as it is closed on every side?", "A kiln differs from an oven inasmuch as it is closed on every side")).toBe("the answer repeats the question");
    expect(answerEchoesQuestion("How does a kiln differ from an oven?", "A kiln is closed on every side and fired with charcoal")).toBe(false);
  });
});

describe("referring: others and numbered statements (genfixF)", () => {
  const rules = (text: string, front = text) => {
    const s = sentenceOf(text);
    const c = { kind: "cloze", front: front === text ? s.text : front, back: "", type: "cloze", answer: null, sentence: 0, extra: [] } as unknown as Candidate;
    return referringRules(c, s).map((r) => r.rule);
  };
  it("'others' opening the sentence points back", () => {
    expect(JSON.stringify(rules("Others, like Vance, built their kilns of brick."))).toContain("others");
    expect(JSON.stringify(rules("Some potters fired with wood and others with coal."))).not.toContain("others");
  });
  it("a statement called by its number points back", () => {
    expect(JSON.stringify(rules("The rule seems stronger in (4') than in the first form."))).toContain("numbered-statement");
    expect(JSON.stringify(rules("The kiln had three parts (1848 plan) and a chimney."))).not.toContain("numbered-statement");
    expect(JSON.stringify(rules("The kiln had three parts (3) and a tall chimney."))).not.toContain("numbered-statement");
  });
  it("'In that famous book, Orlen argues' points back; 'that book, the Almanac, …' is completed", () => {
    expect(JSON.stringify(rules("In that famous book, Orlen argues for lower tolls."))).toContain("that-noun");
    expect(JSON.stringify(rules("In that famous book, the Canal Almanac, Orlen argues for lower tolls."))).not.toContain("that-noun");
  });
});
