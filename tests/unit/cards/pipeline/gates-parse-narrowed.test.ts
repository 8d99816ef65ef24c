// The parse gate's sub-rules narrowed in session 11 (scripts/gates2-judged.json): a participle
// inside a noun phrase is no verb of the blank, and a word set in capitals for emphasis is no
// capitalised common word misread as a name. Each "passes" case was dropped by the old rule;
// each "still drops" case is the rule's own failure class. Sentences are invented.
import { describe, expect, it } from "vitest";
import { parse } from "@/lib/cards/gates/parse";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

type Kind = Parameters<typeof cand>[0]["answerKind"];
const onOne = (text: string, span: string, answerKind: Kind) => {
  const a = analyse(text);
  const s = a.sentences[0];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return parse(cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence: 0, answer: { start, end: start + span.length }, answerKind }), a);
};

describe("parse: a verb inside a phrase blank", () => {
  it("passes a participle between a determiner and its noun", () => {
    expect(onOne("Salt marsh clay is a widely spread deposit on low coasts.", "a widely spread deposit", "term")).toBeNull();
    expect(onOne("The toll paid by the ferrymen was a means to their continued trade.", "continued trade", "term")).toBeNull();
  });
  it("still drops a verb that heads the blank or follows its noun", () => {
    expect(onOne("The stone tower containing the lamp was finished in the spring.", "stone tower containing", "term")).toMatch(/verb inside/);
    expect(onOne("Six quarrels were fought between the two guilds of weavers.", "fought between the two guilds", "term")).toMatch(/verb inside/);
  });
});

describe("parse: a capitalised common word", () => {
  it("passes a common word the author sets in capitals for emphasis", () => {
    expect(onOne("The POWER of a guild cannot be broken, and relief is only to be found in checking its USE.", "POWER", "name")).toBeNull();
  });
  it("still drops a common word capitalised as a name", () => {
    expect(onOne("The weavers had worked a year at the mill, when Chance knocked at the door.", "Chance", "name")).toMatch(/capitalised common word/);
  });
});
