// Session 22 (cover22) on INVENTED text: the low-value gate's sentence cap on clozes is 60 words with
// LONG_SENTENCE22 on (the default), 40 with it off; a question is not capped by it either way.
import { afterEach, describe, expect, it } from "vitest";
import { analyseChapter, type Analysis } from "@/lib/cards/analyse";
import { cleanDocument } from "@/lib/chapters";
import { lowValue, LONG_MAX_WORDS, MAX_WORDS } from "@/lib/cards/gates/low-value";
import { LONG_SENTENCE22, longSentenceSwitch } from "@/lib/cards/gates/long-sentence-switch";
import type { Candidate } from "@/lib/cards/candidates";

const chapter = (body: string): Analysis => analyseChapter(cleanDocument(`# Chapter 3. Of tolls and bridges\n\n${body}\n`, { filename: "test.md" }).chapters[0]);
const cloze = (a: Analysis, blank: string): Candidate => {
  const s = a.sentences.find((x) => x.text.includes(blank))!;
  const at = s.text.indexOf(blank);
  return { kind: "cloze", type: "cloze", front: `${s.text.slice(0, at)}{{c1::${blank}}}${s.text.slice(at + blank.length)}`, back: blank, sentence: s.sentence.id, extra: [], answer: { start: at, end: at + blank.length }, answerKind: "term" };
};
const words = (text: string) => text.split(/\s+/).length;

// A claim stated in one long periodic sentence (48 words), and a run-on of 66 words.
const CLAIM = "A toll that is raised whenever the river floods falls most heavily on the carters who cross it every day, and least on the merchants who cross it once a season, so that the burden of mending the bridge is carried by those who can least afford to pay for it.";
const RUN_ON = `${CLAIM.slice(0, -1)}, while the wardens of the bridge, who are chosen by the merchants, keep the accounts in a book that no carter may read, and answer to nobody.`;

afterEach(() => { LONG_SENTENCE22.on = true; });

describe("low-value: the sentence cap on clozes (LONG_SENTENCE22)", () => {
  it("the invented sentences are between the two caps and over the higher one", () => {
    expect(words(CLAIM)).toBeGreaterThan(MAX_WORDS);
    expect(words(CLAIM)).toBeLessThanOrEqual(LONG_MAX_WORDS);
    expect(words(RUN_ON)).toBeGreaterThan(LONG_MAX_WORDS);
  });

  it("lets a cloze of a 41–60-word claim through to the other gates", () => {
    const a = chapter(CLAIM);
    expect(lowValue(cloze(a, "carters"), a)).toBeNull();
  });

  it("still refuses a cloze of a sentence over 60 words", () => {
    const a = chapter(RUN_ON);
    expect(lowValue(cloze(a, "carters"), a)).toBe("sentence too long for one fact");
  });

  it("lets a cloze of exactly 60 words through, and refuses one of 61 (the cap is inclusive)", () => {
    const TAIL = "all the year round in the wet months and in the dry months alike whenever the water runs high".split(" ");
    const sized = (n: number) => `${CLAIM.slice(0, -1)} ${TAIL.slice(0, n - words(CLAIM)).join(" ")}.`;
    expect(words(sized(60))).toBe(60);
    expect(words(sized(61))).toBe(61);
    const a60 = chapter(sized(60));
    expect(lowValue(cloze(a60, "carters"), a60)).toBeNull();
    const a61 = chapter(sized(61));
    expect(lowValue(cloze(a61, "carters"), a61)).toBe("sentence too long for one fact");
  });

  it("refuses the 41–60-word claim at the old cap of 40 words when switched off", () => {
    LONG_SENTENCE22.on = false;
    const a = chapter(CLAIM);
    expect(lowValue(cloze(a, "carters"), a)).toBe("sentence too long for one fact");
  });

  it("reads LECTERN_LONG_SENTENCE22: on by default, '0' off, '1' on", () => {
    expect(longSentenceSwitch({})).toBe(true);
    expect(longSentenceSwitch(undefined)).toBe(true);
    expect(longSentenceSwitch({ LECTERN_LONG_SENTENCE22: "0" })).toBe(false);
    expect(longSentenceSwitch({ LECTERN_LONG_SENTENCE22: "1" })).toBe(true);
    expect(longSentenceSwitch({ LECTERN_LONG_SENTENCE22: "yes" })).toBe(true);
  });
});
