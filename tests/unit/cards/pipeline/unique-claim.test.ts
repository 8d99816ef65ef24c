// Claims about a unique description ("The only X … is Y") as "What is the only X …?" (invented sentences).
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { uniqueClaimCandidates } from "@/lib/cards/candidates/unique-claim";
import { analyse } from "./helpers";

const asked = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s) => uniqueClaimCandidates(s)).map((c) => [c.front, c.back, c.answerKind]);
};
const shown = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s) => uniqueClaimCandidates(s)).filter((c) => !gate(c, a)).map((c) => [c.front, c.back]);
};

describe("unique-claim candidates", () => {
  it("asks for the predicate of 'The only X … is Y', past the subject's own relative clause", () => {
    expect(shown("The only tax which the river guild ever accepted was a toll on salt barges.")).toEqual([
      ["What was the only tax which the river guild ever accepted?", "A toll on salt barges"],
    ]);
  });

  it("finds the main copula after a relative clause that has its own 'is'", () => {
    expect(asked("The sole duty of a lighthouse keeper, for which the harbour board is answerable, is the nightly lighting of the lamp.")).toEqual([
      ["What is the sole duty of a lighthouse keeper, for which the harbour board is answerable?", "The nightly lighting of the lamp", "clause"],
    ]);
  });

  it("takes the claim out of a frame ('That rule is, that …') and a superlative subject", () => {
    expect(asked("That rule is, that the chief cause of silting in a tidal harbour is the sand carried by the spring floods.")).toEqual([
      ["What is the chief cause of silting in a tidal harbour?", "The sand carried by the spring floods", "clause"],
    ]);
    expect(asked("The greatest danger to a wooden hull is shipworm.")).toEqual([["What is the greatest danger to a wooden hull?", "Shipworm", "phrase"]]);
  });

  it("reads the author's 'we' as 'one' and a 'that'- or 'to'-clause as the answer", () => {
    expect(asked("The only test of a good map is that we can walk the moor with it and never lose the path.")).toEqual([
      ["What is the only test of a good map?", "That one can walk the moor with it and never lose the path", "clause"],
    ]);
    expect(asked("The real purpose of the sea wall is to break the winter waves before they reach the quay.")).toEqual([
      ["What is the real purpose of the sea wall?", "To break the winter waves before they reach the quay", "clause"],
    ]);
  });

  it("stops the answer at a semicolon or a colon: what follows is another claim", () => {
    expect(asked("The main export of the valley was wool; the cloth itself was woven in the towns.")).toEqual([
      ["What was the main export of the valley?", "Wool", "phrase"],
    ]);
  });

  it("makes no card of an ordinary subject, a pronoun, a hedge or a participle predicate", () => {
    expect(asked("The harbour is the largest on the coast.")).toEqual([]); // no restrictive word: many right answers
    expect(asked("The only reason for this is that the tide was late.")).toEqual([]); // "this" points back
    expect(asked("The real cause, if there is one, is the dredging.")).toEqual([]); // hedged description
    expect(asked("The principal engineer was dismissed in the spring.")).toEqual([]); // an event, not a claim
    expect(asked("The chief inspected the quay and left.")).toEqual([]); // "chief" is the noun: no description
    expect(asked("The only question is: can the wall be saved?")).toEqual([]); // the predicate is not a phrase
  });

  it("asks for the subject when the description is the predicate ('Y is the great means of X')", () => {
    expect(shown("The regular dredging of the channel is the chief means of keeping a tidal harbour open.")).toEqual([
      ["What is the chief means of keeping a tidal harbour open?", "The regular dredging of the channel"],
    ]);
    expect(asked("The silting of the channel has, in truth, been the principal cause of the decline of the port.")).toEqual([
      ["What has been the principal cause of the decline of the port?", "The silting of the channel", "clause"],
    ]);
  });

  it("asks 'Who' when the subject is a person, and nothing of an untyped name, a quantifier or a bare superlative", () => {
    expect(asked("Sir Edmund Marlowe was the first surveyor of the northern canal.")).toEqual([
      ["Who was the first surveyor of the northern canal?", "Sir Edmund Marlowe", "person"],
    ]);
    expect(asked("John Marlowe was the first surveyor of the northern canal.")).toEqual([]); // an untyped name: who or what?
    expect(asked("Each is the proper judge of his own harbour.")).toEqual([]);
    expect(asked("The harbour is the largest on the coast.")).toEqual([]);
    expect(asked("This was the first instance of a toll being levied on a river.")).toEqual([]);
  });

  it("makes no question longer than MAX_QUESTION_WORDS words: strict raters reject most of those", () => {
    expect(asked("The chief cause of the decline of the old river port was the silting of the channel.")).toHaveLength(1);
    expect(asked("The chief cause of the long decline of the old river port, in the years before the railway reached the northern towns of the county, was the silting of the channel.")).toEqual([]);
    expect(asked("The silting of the channel was the chief cause of the long decline of the old river port in the years before the railway reached the northern towns.")).toEqual([]);
  });
});

