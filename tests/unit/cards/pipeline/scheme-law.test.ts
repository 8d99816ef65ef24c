// Numbered or named schemes and named laws (candidates/scheme.ts, candidates/law.ts), on invented text.
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { schemeCandidates } from "@/lib/cards/candidates/scheme";
import { lawCandidates } from "@/lib/cards/candidates/law";
import { FEATURE_NAMES } from "@/lib/cards/rank/features";
import { overgenerate } from "@/lib/cards/candidates";
import { select, type Ranked } from "@/lib/cards/select";
import { cand } from "./helpers";
import { analyse } from "./helpers";

const schemes = (text: string) => {
  const a = analyse(text);
  return schemeCandidates(a).map((c) => [c.front, c.back, gate(c, a) ? "dropped" : "kept"]);
};
const laws = (text: string) => {
  const a = analyse(text);
  return lawCandidates(a).map((c) => [c.front, c.back, gate(c, a) ? "dropped" : "kept"]);
};

const GUILD = `The apprentices of the rope-walk learned the rules of the trade by heart. The names of the rules, with their sayings, were:

1. PATIENCE. Wait for the hemp to dry before the spinning begins.

2. CARE. Keep the walk clear of stones and loose ends.

3. THRIFT. Waste no fibre that a second rope can use.

The old masters taught nothing else for a year.`;

describe("scheme candidates: named items after a colon", () => {
  it("asks each item's precept with the scheme's name and count, and the names when there are at most five", () => {
    expect(schemes(GUILD)).toEqual([
      ["What is the saying of Patience in the list of three rules?", "Wait for the hemp to dry before the spinning begins", "kept"],
      ["What is the saying of Care in the list of three rules?", "Keep the walk clear of stones and loose ends", "kept"],
      ["What is the saying of Thrift in the list of three rules?", "Waste no fibre that a second rope can use", "kept"],
      ["What are the three rules?", "Patience, Care and Thrift", "kept"],
    ]);
  });

  it("needs at least three named items and an introduction ending in a colon", () => {
    expect(schemes(GUILD.replace("were:", "were these."))).toEqual([]);
    expect(schemes(GUILD.replace(/\n\n3\. THRIFT\.[^\n]*/, ""))).toEqual([]);
  });

  it("is registered: the pipeline's candidates include the scheme cards", () => {
    expect(overgenerate(analyse(GUILD)).filter((c) => c.type === "scheme").map((c) => c.front)).toContain("What are the three rules?");
  });
});

describe("scheme candidates: counted lists and ordinal precepts", () => {
  it("asks a counted list in one sentence with its items in order", () => {
    expect(schemes("There are two ways of keeping a canal open: the one, by dredging the silt each spring; the other, by narrowing the channel so the current scours it.")).toEqual([
      ["What are the two ways of keeping a canal open?", "by dredging the silt each spring; by narrowing the channel so the current scours it", "kept"],
    ]);
    // The count must match the items.
    expect(schemes("There are three ways of keeping a canal open: the one, by dredging the silt each spring; the other, by narrowing the channel.")).toEqual([]);
  });

  it("asks ordinal precepts with the chapter's own qualifier, reading an imperative's 'you' as the follower's", () => {
    const text = `Every ferryman keeps a final rule about crossings in mind. Two old rules come from the river guild.
The first is that we must test the rope before the boat leaves the bank.
The second rule is, Never take more passengers than your boat has seats.`;
    expect(schemes(text)).toEqual([
      ["What is the first rule about crossings?", "One must test the rope before the boat leaves the bank", "kept"],
      ["What is the second rule about crossings?", "Never take more passengers than your boat has seats", "kept"],
    ]);
  });

  it("asks nothing when the chapter never says what the rules are about", () => {
    expect(schemes("The second rule is, Never take more passengers than the boat has seats.")).toEqual([]);
  });
});

describe("law candidates", () => {
  it("takes a law's statement from the sentence before 'This rule is known as …'", () => {
    expect(laws("Varga found that the speed of a glacier is proportional to the slope of its bed. This rule is known as Varga's Law of Flow, and surveyors still use it.")).toEqual([
      ["What does Varga's Law of Flow state?", "The speed of a glacier is proportional to the slope of its bed", "kept"],
    ]);
  });

  it("finds what a person stated when a later sentence names the person's law", () => {
    expect(laws("The most careful result is that stated by Ostrander in 1901. He stated that the pressure of a column of salt water rises with the square of its depth. Ostrander's square law has been confirmed by many divers.")).toEqual([
      ["What does Ostrander's square law state?", "The pressure of a column of salt water rises with the square of its depth", "kept"],
    ]);
  });

  it("reads a law from a one-sentence statement and from a section titled by the law", () => {
    expect(laws("Kessel's principle states that no two bells of one tower may share a note.")).toEqual([
      ["What does Kessel's principle state?", "No two bells of one tower may share a note", "kept"],
    ]);
    const a = analyse("Some opening words on bells and towers.\n\n## Halden's Laws\n\nThe measurements show that the pitch of a bell falls as its rim thickens and that its loudness grows with its weight.");
    expect(lawCandidates(a).map((c) => [c.front, c.back])).toEqual([
      ["What do Halden's laws state?", "The pitch of a bell falls as its rim thickens and its loudness grows with its weight"],
    ]);
  });

  it("drops the report's second 'that' from the statement ('… that A, but that B')", () => {
    expect(laws("Mardell held that a river does not cut its bed only in flood, but that both scouring and filling go on all year. This view of Mardell's is called the Theory of Balance.")).toEqual([
      ["What does Mardell's Theory of Balance state?", "A river does not cut its bed only in flood, but both scouring and filling go on all year", "kept"],
    ]);
  });

  it("asks nothing for a bare 'the rule' or a law with no statement", () => {
    expect(laws("The tide comes in twice a day. This is called the rule.")).toEqual([]);
    expect(laws("Ostrander's square law has been confirmed by many divers.")).toEqual([]);
  });
});

describe("rule ids for the ranker", () => {
  it("puts the new types' features after every feature the shipped weights were fitted on (they give them 0)", () => {
    const after = FEATURE_NAMES.slice(FEATURE_NAMES.indexOf("span-score") + 1);
    expect(after.slice(0, 2)).toEqual(["type:scheme", "type:law"]);
    expect(FEATURE_NAMES.indexOf("type:gist") + 1).toBe(FEATURE_NAMES.indexOf("answer:person"));
  });
});

describe("select: a counted list's card over a cloze of the same sentence", () => {
  const ranked = (p: number, over: Parameters<typeof cand>[0]): Ranked => ({ c: cand({ sentence: 3, ...over }), x: FEATURE_NAMES.map(() => 0), p, section: 0 });
  const cloze = (p: number) => ranked(p, { kind: "cloze", type: "cloze", front: "There are two ways of keeping a {{c1::canal}} open: the one, by dredging; the other, by narrowing the channel.", back: "canal", answerKind: "term" });
  const list = (p: number) => ranked(p, { kind: "qa", type: "scheme", front: "What are the two ways of keeping a canal open?", back: "by dredging; by narrowing the channel", answerKind: "list" });

  it("shows the list card when it is near-equal, and the cloze when the list card is far behind", () => {
    expect(select([cloze(0.6), list(0.53)], 1)[0].c.type).toBe("scheme");
    expect(select([cloze(0.6), list(0.4)], 1)[0].c.type).toBe("cloze");
  });
});
