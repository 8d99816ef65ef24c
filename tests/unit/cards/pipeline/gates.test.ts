// One describe per hard gate (lib/cards/gates/*): each passes a good card and drops the bad shape
// it exists for, on sentences analysed by the real toolkit.
import { describe, expect, it } from "vitest";
import { standalone } from "@/lib/cards/gates/standalone";
import { answerType } from "@/lib/cards/gates/answer-type";
import { informativeBlank } from "@/lib/cards/gates/informative-blank";
import { boundary } from "@/lib/cards/gates/boundary";
import { residue } from "@/lib/cards/gates/residue";
import { brokenQuestion, shape } from "@/lib/cards/gates/shape";
import { parse } from "@/lib/cards/gates/parse";
import { sameFact } from "@/lib/cards/gates";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

const clozeOn = (a: ReturnType<typeof analyse>, sentence: number, span: string, answerKind: Parameters<typeof cand>[0]["answerKind"] = "name") => {
  const s = a.sentences[sentence];
  const start = s.text.indexOf(span);
  return cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence, answer: { start, end: start + span.length }, answerKind });
};

describe("gate: standalone", () => {
  const a = analyse("Professor Vance met Doctor Ortolan in the spring. He said the tides were late that year. The harbour board approved the plan after this decision. Orlen Vance built the Marlow Lighthouse in 1890.");
  it("drops a card from a sentence whose leading pronoun could not be resolved", () => {
    expect(standalone(clozeOn(a, 1, "that year", "date"), a)).toMatch(/unresolved/);
  });
  it("drops a card that keeps a demonstrative pointing back", () => {
    expect(standalone(clozeOn(a, 2, "harbour board", "term"), a)).toMatch(/demonstrative/);
  });
  it("drops a question whose pronoun has nothing on the card to stand for", () => {
    expect(standalone(cand({ front: "What did the board give him?", back: "a medal", sentence: 3 }), a)).toMatch(/pronoun/);
  });
  it("passes a self-contained card", () => {
    expect(standalone(clozeOn(a, 3, "1890", "date"), a)).toBeNull();
  });
  it("drops a card where a speaker or the reader talks ('I', 'you'), but not a Roman numeral", () => {
    // ("You see that …" is a frame the decontextualisation deletes: decontext/author-frames.)
    const b = analyse("I claim that Orlen Vance built the Marlow Lighthouse in 1890. You may remember that Orlen Vance built the tower of granite. Part I. of the Marlow report names Orlen Vance as its builder in 1890.");
    expect(standalone(clozeOn(b, 0, "Orlen Vance", "person"), b)).toMatch(/first or second person/);
    expect(standalone(clozeOn(b, 1, "granite", "term"), b)).toMatch(/first or second person/);
    expect(standalone(clozeOn(b, 2, "Orlen Vance", "person"), b)).toBeNull();
  });
  it("keeps a cleft 'It was not till … that' and a 'the same month' pointing to a date earlier in the sentence", () => {
    const b = analyse("It was not till September 1890 that Marlow was renamed Vanceport; and in the same month two other towns, Lisk and Orra, were renamed. The harbour board met in the same month.");
    expect(standalone(clozeOn(b, 0, "Lisk", "place"), b)).toBeNull();
    // "in the same month" of a later sentence is dated from the one before (decontext/relative-time).
    expect(b.sentences[1].text).toBe("The harbour board met in September 1890.");
    expect(standalone(clozeOn(b, 1, "harbour board", "term"), b)).toBeNull();
  });
  it("drops a card whose sentence opens on 'Here' (a step of a demonstration)", () => {
    const b = analyse("Here are a couple of lamps commonly called Argands. Orlen Vance built the Marlow Lighthouse in 1890.");
    expect(standalone(clozeOn(b, 0, "Argands", "term"), b)).toMatch(/lecturer/);
    expect(standalone(clozeOn(b, 1, "1890", "date"), b)).toBeNull();
  });
  it("drops a month without its year, and keeps one with it", () => {
    const b = analyse("In September Orlen Vance opened the Marlow Lighthouse. In September 1890 Orlen Vance opened the Marlow Lighthouse.");
    expect(standalone(clozeOn(b, 0, "Orlen Vance", "person"), b)).toMatch(/month without a year/);
    expect(standalone(clozeOn(b, 1, "Orlen Vance", "person"), b)).toBeNull();
  });
});

describe("gate: answer type", () => {
  it("wants a person or group for who, a date for when, a place for where, a number for how many", () => {
    expect(answerType(cand({ front: "Who built the lighthouse?", back: "September", answerKind: "date" }), analyse("x."))).toMatch(/who/);
    expect(answerType(cand({ front: "When was it built?", back: "Vance", answerKind: "person" }), analyse("x."))).toMatch(/when/);
    expect(answerType(cand({ front: "Where did he die?", back: "1890", answerKind: "date" }), analyse("x."))).toMatch(/where/);
    expect(answerType(cand({ front: "How many lamps burned?", back: "many", answerKind: "phrase" }), analyse("x."))).toMatch(/how many/);
    expect(answerType(cand({ front: "Who built the lighthouse?", back: "Orlen Vance", answerKind: "person" }), analyse("x."))).toBeNull();
    expect(answerType(cand({ front: "When was the lighthouse built?", back: "1890", answerKind: "date" }), analyse("x."))).toBeNull();
  });
});

describe("gate: informative blank", () => {
  const a = analyse("Orlen Vance built the Marlow Lighthouse in 1890 for the harbour. The lighthouse had a new door.");
  it("passes a named entity and a date", () => {
    expect(informativeBlank(clozeOn(a, 0, "Orlen Vance", "person"), a)).toBeNull();
    expect(informativeBlank(clozeOn(a, 0, "1890", "date"), a)).toBeNull();
  });
  it("drops a function word, part of a name and a phrase of common words", () => {
    expect(informativeBlank(clozeOn(a, 0, "the", "term"), a)).toMatch(/function/);
    expect(informativeBlank(clozeOn(a, 0, "Vance", "person"), a)).toMatch(/part of a name/);
    expect(informativeBlank(clozeOn(a, 1, "new door", "term"), a)).toMatch(/common words/);
  });
  it("drops one lowercase common word as a blank unless the chapter defines it", () => {
    const b = analyse("A lumen is a unit of the light a lamp gives. The Marlow Lighthouse gave the light of nine thousand candles. Its keepers measured each lumen with care.");
    expect(informativeBlank(clozeOn(b, 1, "candles", "term"), b)).toMatch(/one common word/);
    expect(informativeBlank(clozeOn(b, 2, "lumen", "term"), b)).toBeNull();
  });
  it("drops a sentence-opening common word, a blank ending on a verb, and a passing description; keeps a repeated term", () => {
    const b = analyse("Men cannot always be trusted. The old lamp burned all night. A keeper needs a powerful lamp. The tidal bore rose at noon. Pilots fear the tidal bore in spring.");
    expect(informativeBlank(clozeOn(b, 0, "Men", "term"), b)).toMatch(/one common word/);
    expect(informativeBlank(clozeOn(b, 1, "lamp burned", "phrase"), b)).toMatch(/crosses phrases/);
    expect(informativeBlank(clozeOn(b, 2, "powerful lamp", "term"), b)).toMatch(/passing description/);
    expect(informativeBlank(clozeOn(b, 3, "tidal bore", "term"), b)).toBeNull();
  });
  it("drops a date or name that ends a title ('Tides of October')", () => {
    const b = analyse("In 1890 Orlen Vance wrote a pamphlet with the title Tides of October.");
    expect(informativeBlank(clozeOn(b, 0, "October", "date"), b)).toMatch(/part of a name/);
  });
});

describe("gate: boundary", () => {
  it("drops a sentence cut at a page break (starts in lower case) and passes a whole one", () => {
    const a = analyse("Orlen Vance built the lighthouse in 1890.\n\nand the harbour board paid for it in 1891.");
    const cut = a.sentences.findIndex((s) => s.text.startsWith("and"));
    expect(boundary(clozeOn(a, cut, "1891", "date"), a)).toMatch(/mid-sentence/);
    expect(boundary(clozeOn(a, 0, "1890", "date"), a)).toBeNull();
  });
});

describe("gate: residue", () => {
  it("drops page references, ibid. and emphasis markers", () => {
    expect(residue(cand({ front: "Who wrote it (ibid., p. 34)?" }), analyse("x."))).toMatch(/citation/);
    expect(residue(cand({ front: "What is **the** lamp?" }), analyse("x."))).toMatch(/markup/);
    expect(residue(cand({ front: "Who built the Marlow Lighthouse?", back: "Orlen Vance" }), analyse("x."))).toBeNull();
    // a formula the clean-up could only mark as a picture placeholder: the card has lost its content
    expect(residue(cand({ front: "The pendulum swings {{c1::faster}} by [equation] each hour.", back: "faster" }), analyse("x."))).toMatch(/lost formula/);
    expect(residue(cand({ front: "By how much does the pendulum slow?", back: "[equation] seconds" }), analyse("x."))).toMatch(/lost formula/);
  });
});

describe("gate: shape", () => {
  it("drops a question without a question mark, an answer given away and unbalanced brackets", () => {
    expect(shape(cand({ front: "Who built the lighthouse", back: "Vance" }), analyse("x."))).toMatch(/\?/);
    expect(shape(cand({ front: "Who was Orlen Vance?", back: "Orlen Vance" }), analyse("x."))).toMatch(/answer in question/);
    expect(shape(cand({ front: "Who built (the lighthouse?", back: "Vance" }), analyse("x."))).toMatch(/brackets/);
    expect(shape(cand({ front: "Who built the lighthouse?", back: "Orlen Vance" }), analyse("x."))).toBeNull();
  });
});

describe("gate: standalone, openings that continue the sentence before", () => {
  it.each([
    ["Neither is the height of the Marlow tower of the first importance.", "Marlow tower"],
    // (With a comma the ordinal is deleted by the decontextualisation: gates-standalone-narrowed.test.ts.)
    ["Thirdly the harbour board of Marlow bought new lamps.", "harbour board"],
    ["To which question the reply of the Marlow wardens was to build a tower.", "Marlow wardens"],
  ])("drops a cloze of %j", (text, span) => {
    const a = analyse(text);
    expect(standalone(clozeOn(a, 0, span, "term"), a)).toMatch(/continues the sentence before/);
  });
  it("keeps 'Neither X nor Y …' and a question that asks 'Which …?'", () => {
    const a = analyse("Neither the Marlow tower nor the Lisk quay survived the storm of 1893.");
    expect(standalone(clozeOn(a, 0, "Lisk quay", "term"), a)).toBeNull();
    expect(standalone(cand({ front: "Which tower survived the storm of 1893?", back: "the Marlow tower", sentence: 0 }), a)).toBeNull();
  });
  it("drops a when-question answered by a season with no year", () => {
    const a = analyse("In the summer the wardens of Marlow quarrelled with the harbour board.");
    expect(standalone(cand({ type: "when", front: "When did the wardens of Marlow quarrel with the harbour board?", back: "summer", sentence: 0 }), a)).toMatch(/season/);
  });
});

describe("gate: shape, broken question templates", () => {
  it("drops a question with no subject, a question word inside it, or a dangling end; passes good ones", () => {
    expect(brokenQuestion("What does with a number of moulds in it stand here?")).toMatch(/no subject/);
    expect(brokenQuestion("Why are the things in the harbour that what we see?")).toMatch(/question word inside/);
    expect(brokenQuestion("How does the keeper see the light better than?")).toMatch(/needs more/);
    expect(brokenQuestion("What did the collapse of the wool price lead to?")).toBeNull();
    expect(brokenQuestion("Who built the Marlow Lighthouse in 1890?")).toBeNull();
    expect(brokenQuestion("Who built the Marlow Lighthouse, and when?")).toBeNull();
    expect(brokenQuestion("The wool price fell by half in 1871. What followed from this?")).toBeNull();
    expect(shape(cand({ front: "What do in ordinary life the keepers mean?", back: "the light" }), analyse("x."))).toMatch(/no subject/);
    expect(shape(cand({ kind: "cloze", type: "cloze", front: "What is {{c1::Socialism}}?", back: "Socialism" }), analyse("x."))).toMatch(/cloze of a question/);
  });
});

describe("gate: shape and parse, questions that fold in a second clause or lost their verb", () => {
  it("drops a folded second clause, an adverb for a subject, a lost infinitive and a 'not only' with no 'but'", () => {
    expect(brokenQuestion("What did the harbour board replace, which was idle while Vance sat on it, and formed the staff of the new port?")).toMatch(/second clause/);
    expect(brokenQuestion("Where do Orlen Vance preferred to buy his own lamps, and carried a great many of them to Marlow?")).toMatch(/second clause/);
    expect(brokenQuestion("What did first call or charters, which the wardens were bound to keep?")).toMatch(/adverb/);
    expect(brokenQuestion("When may the keeping of lights seem to under a different rule?")).toMatch(/verb was taken/);
    expect(brokenQuestion("When had the board not only approved and paid for the light?")).toMatch(/not only/);
    expect(brokenQuestion("Why is one mistake that of supposing?")).toMatch(/verb of thinking/);
    expect(brokenQuestion("What is the process of cooking?")).toBeNull();
    // One question about one event, a subject "Who" before an adverb, and a whole "not only … but".
    expect(brokenQuestion("Who built the Marlow Lighthouse, and when?")).toBeNull();
    expect(brokenQuestion("Who was also a warden of the Marlow Lighthouse?")).toBeNull();
    expect(brokenQuestion("Why did the board not only approve but also pay for the light?")).toBeNull();
    // "not A, but B" is one claim by contrast; a second clause after "not" elsewhere still is one.
    expect(brokenQuestion("What are those whose task it is not to steer the ship, but to watch the stars, called?")).toBeNull();
    expect(brokenQuestion("What did the board not pay for, and later built the new light in the harbour?")).toMatch(/second clause/);
  });
  it("drops a question whose verb is the base form of a relative clause's verb", () => {
    const a = analyse("The rule which gave rise to the toll was forgotten by the wardens of Marlow.");
    expect(parse(cand({ front: "What did the rule which give rise to?", back: "the toll was forgotten", sentence: 0, type: "consequence" }), a)).toMatch(/relative clause/);
    expect(parse(cand({ front: "What was forgotten by the wardens of Marlow?", back: "the rule which gave rise to the toll", sentence: 0 }), a)).toBeNull();
  });
});

describe("near-duplicates across kinds", () => {
  const a = analyse("Orlen Vance built the Marlow Lighthouse in 1890.");
  it("counts a cloze and a Q&A asking the same span of one sentence as one fact", () => {
    const cloze = clozeOn(a, 0, "1890", "date");
    const qa = cand({ front: "When did Orlen Vance build the Marlow Lighthouse?", back: "1890", answer: cloze.answer, answerKind: "date" });
    expect(sameFact(cloze, qa)).toBe(true);
  });
  it("counts two clozes of one sentence as one (the rubric's rule) but keeps different sentences apart", () => {
    const b = analyse("Orlen Vance built the Marlow Lighthouse in 1890. The harbour board paid for a new quay in 1902.");
    expect(sameFact(clozeOn(b, 0, "1890", "date"), clozeOn(b, 0, "Orlen Vance", "person"))).toBe(true);
    expect(sameFact(clozeOn(b, 0, "1890", "date"), clozeOn(b, 1, "1902", "date"))).toBe(false);
  });
});

describe("gate: boundary and residue on scanned layouts", () => {
  it("drops a sentence with a side-note left inside it, and note markers like /1/ or [19]", () => {
    const a = analyse("The board regarded safety as the final test on Safety the final test. all harbour questions were settled by it.");
    expect(boundary(clozeOn(a, 0, "harbour questions", "term"), a)).toMatch(/note inside/);
    expect(residue(cand({ front: "The formula seems to bring the case within the rule. /1/ Cicero narrates it.", back: "rule" }), analyse("x."))).toMatch(/markup/);
    expect(residue(cand({ front: "In the laws of the time (A.D. 680) [19] it is said.", back: "laws" }), analyse("x."))).toMatch(/markup/);
  });
  it("passes abbreviations followed by lower case", () => {
    const a = analyse("Tides are caused by the moon, i.e. its pull on the oceans, as Dr. Vance showed in 1890.");
    expect(boundary(clozeOn(a, 0, "1890", "date"), a)).toBeNull();
  });
});
