// Session 19 (genfix19) on INVENTED text: an opinion and nothing else, "who" answered by a thing with
// an article, a question whose answer describes an opening "it", a surname the chapter gives to two
// people, a blank cut at a stress mark inside a word, and an unreal condition posed to the reader.
import { describe, expect, it } from "vitest";
import { analyseChapter, type Analysis } from "@/lib/cards/analyse";
import { cleanDocument } from "@/lib/chapters";
import { opinionOnly, shownTokens } from "@/lib/cards/gates/opinion-only";
import { whoThing } from "@/lib/cards/gates/who-thing";
import { pointingRelative } from "@/lib/cards/gates/pointing-relative";
import { sharedSurname } from "@/lib/cards/gates/shared-surname";
import { raterDefectsSwitch } from "@/lib/cards/gates/rater-defects-switch";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { lowValue } from "@/lib/cards/gates/low-value";
import type { Candidate } from "@/lib/cards/candidates";

const chapter = (body: string): Analysis => analyseChapter(cleanDocument(`# Chapter 2. The quarry towns\n\n${body}\n`, { filename: "test.md" }).chapters[0]);
const sentenceIn = (a: Analysis, part: string) => a.sentences.find((s) => s.text.includes(part))!;
const opinion = (text: string) => {
  const a = chapter(`The guild met twice a year. ${text}`);
  return opinionOnly(sentenceIn(a, text.slice(0, 20)).tokens);
};
const cloze = (a: Analysis, sentence: string, blank: string, answerKind: Candidate["answerKind"] = "term"): Candidate => {
  const s = sentenceIn(a, sentence);
  const at = s.text.indexOf(blank);
  return { kind: "cloze", type: "cloze", front: `${s.text.slice(0, at)}{{c1::${blank}}}${s.text.slice(at + blank.length)}`, back: blank, sentence: s.sentence.id, extra: [], answer: { start: at, end: at + blank.length }, answerKind };
};

describe("opinionOnly", () => {
  it.each([
    "The last waltz is lively, but not far from the commonplace.",
    "The two short marches are attractive.",
    "The slow air is tuneful and dainty; the final chord is of striking effect.",
    "The opening song is full of grace, and the round, with its long middle verse, is of great interest.",
    "The second overture offers some points of merit.",
  ])("an opinion only: %j", (text) => expect(opinion(text)).toBe(true));

  it.each([
    "The closing dance is lively because it doubles the speed of the opening.",
    "The two short marches are attractive to the soldiers who play them on parade.",
    "The quarry sand is fine and white, and the masons prefer it for mortar.",
    "The mayor was a charming man who had built the harbour.",
    "The new bridge is interesting, but it cost the town four thousand pounds.",
    "The harbour is deep.",
  ])("more than an opinion: %j", (text) => expect(opinion(text)).toBe(false));

  it("reads only the part of the sentence a cut card shows", () => {
    const a = chapter("The guild met twice a year. The first hymn is graceful, but the second was written by Orlen Vance in 1820.");
    const s = sentenceIn(a, "The first hymn");
    expect(opinionOnly(s.tokens)).toBe(false);
    expect(opinionOnly(shownTokens(s, "The first hymn is graceful."))).toBe(true);
  });

  it("drops an opinion card through the low-value gate, and keeps it with the switch off", () => {
    const a = chapter("The guild met twice a year. The last waltz is lively, but not far from the commonplace.");
    expect(lowValue(cloze(a, "The last waltz", "last waltz"), a)).toBe("an opinion only");
    expect(raterDefectsSwitch({ LECTERN_RATER_DEFECTS: "0" })).toBe(false);
    expect(raterDefectsSwitch({})).toBe(true);
  });
});

describe("an unreal condition posed to the reader", () => {
  it("is not a fact", () => {
    const a = chapter("The guild met twice a year. If we could count all that the town owes to its masons, the list would be a long one indeed.");
    expect(lowValue(cloze(a, "If we could", "masons"), a)).toBe("an unreal condition");
  });
  it("keeps a real condition", () => {
    const a = chapter("The guild met twice a year. If the river rose above the mill, the masons closed the lower quarry.");
    expect(lowValue(cloze(a, "If the river", "lower quarry"), a)).toBeNull();
  });
});

describe("whoThing", () => {
  const who = (sentence: string, front: string, answer: string, answerKind: Candidate["answerKind"] = "person") => {
    const a = chapter(`The guild met twice a year. ${sentence}`);
    const s = sentenceIn(a, sentence.slice(0, 15));
    const at = s.text.indexOf(answer);
    return whoThing({ kind: "qa", front, answer: { start: at, end: at + answer.length }, answerKind }, s);
  };
  it("refuses a capitalised thing with an article", () => {
    expect(who("The Gavotte closes the suite in a cheerful manner.", "Who closes the suite in a cheerful manner?", "Gavotte")).toMatch(/thing/);
    expect(who("After the march, the slow Sarabande sings of a lost home.", "Who sings of a lost home?", "Sarabande")).toMatch(/thing/);
  });
  it("keeps a person's name, a title and a plural people", () => {
    expect(who("Orlen Vance closed the quarry in a hurry after the flood.", "Who closed the quarry in a hurry after the flood?", "Orlen Vance")).toBeNull();
    expect(who("The King closed the quarry in a hurry after the flood.", "Who closed the quarry in a hurry after the flood?", "King")).toBeNull();
    expect(who("The Vandals sacked the quarry town in a single night.", "Who sacked the quarry town in a single night?", "Vandals")).toBeNull();
    expect(who("The North refused to pay the new toll on quarry stone.", "Who refused to pay the new toll on quarry stone?", "North")).toBeNull();
  });
});

describe("pointingRelative", () => {
  it("refuses a question answered by the predicate of an opening 'It is'", () => {
    const text = "It is the only bridge of the town which has five arches.";
    const at = text.indexOf("the only bridge");
    expect(pointingRelative({ kind: "qa", answer: { start: at, end: at + "the only bridge of the town".length } }, { text })).toBe(true);
  });
  it("keeps a cleft's focus", () => {
    const text = "It is patience which gives the mason his skill.";
    expect(pointingRelative({ kind: "qa", answer: { start: 6, end: 14 } }, { text })).toBe(false);
  });
  it("keeps a question whose answer is a named subject", () => {
    const text = "The Vance bridge is the only bridge of the town which has five arches.";
    expect(pointingRelative({ kind: "qa", answer: { start: 0, end: 16 } }, { text })).toBe(false);
  });
});

describe("sharedSurname", () => {
  const body = "The guild met twice a year. Orlen Vance built the harbour. His brother Tomas Vance built the mill. Vance was more than a builder.";
  it("refuses a bare surname that two people in the chapter share", () => {
    const a = chapter(body);
    expect(sharedSurname(a, "Vance")).toBe(true);
    expect(informativeBlank(cloze(a, "was more than a builder", "Vance", "person"), a)).toBe("a surname the chapter gives to two people");
  });
  it("keeps a surname one person has, with or without a title", () => {
    const a = chapter("The guild met twice a year. Orlen Vance built the harbour. Mr. Vance also built the mill. Vance was more than a builder.");
    expect(sharedSurname(a, "Vance")).toBe(false);
  });
});

describe("a blank cut at a stress mark", () => {
  it("is part of a word", () => {
    const a = chapter("The guild met twice a year. Ka´lamo´zin became the keeper of the northern quarry.");
    expect(informativeBlank(cloze(a, "became the keeper", "Ka", "name"), a)).toBe("part of a word");
  });
});

describe("a blank headed by a frame noun", () => {
  it("is refused; the of-phrase's own blank is judged as usual", () => {
    const a = chapter("The guild met twice a year. The young masons were trained in the very midst of Flemish building.");
    expect(informativeBlank(cloze(a, "The young masons", "midst of Flemish building"), a)).toMatch(/frame noun/);
    expect(informativeBlank(cloze(a, "The young masons", "Flemish building"), a) ?? "").not.toMatch(/frame noun/);
  });
});
