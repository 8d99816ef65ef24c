// The precision gates (referring, low-value, parse, blank-choice) and the strict coreference: each
// drops the failure class it exists for and passes the well-formed card next to it, on sentences
// analysed by the real toolkit. Names are invented.
import { describe, expect, it } from "vitest";
import { referring } from "@/lib/cards/gates/referring";
import { lowValue } from "@/lib/cards/gates/low-value";
import { parse } from "@/lib/cards/gates/parse";
import { blankChoice, listItem, topicWords } from "@/lib/cards/gates/blank-choice";
import { blank } from "@/lib/cards/candidates/cloze";
import { analyse, cand } from "./helpers";

type A = ReturnType<typeof analyse>;
const clozeOn = (a: A, sentence: number, span: string, answerKind: Parameters<typeof cand>[0]["answerKind"] = "name") => {
  const s = a.sentences[sentence];
  const start = s.text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${s.text}"`);
  return cand({ kind: "cloze", type: "cloze", front: blank(s, start, start + span.length), back: span, sentence, answer: { start, end: start + span.length }, answerKind });
};
/** The gate's verdict on a cloze of `span` in the one-sentence chapter `text`. */
const onOne = (gate: typeof referring, text: string, span: string, kind: Parameters<typeof cand>[0]["answerKind"] = "name") => {
  const a = analyse(text);
  return gate(clozeOn(a, 0, span, kind), a);
};

describe("gate: referring (whole card, not only its start)", () => {
  it.each([
    ["first person anywhere", "Orlen Vance built the Marlow Lighthouse, which we still admire, in 1890.", "1890", /first or second person/],
    ["a possessive 'our'", "The Marlow Lighthouse guards our harbour since 1890.", "1890", /first or second person/],
    ["a demonstrative after the start", "The harbour board paid Orlen Vance for this work in 1890.", "1890", /points back/],
    ["'such' + noun", "In 1890 the harbour board banned such lamps at Marlow.", "1890", /points back/],
    ["'the latter'", "In 1890 the latter built the Marlow Lighthouse.", "1890", /points back/],
    ["'at that time'", "At that time Orlen Vance built the Marlow Lighthouse of granite.", "granite", /demonstrative 'that'/],
    ["a locative 'there'", "Orlen Vance built a lighthouse there in 1890.", "1890", /locative 'there'/],
    ["'by then'", "By then Orlen Vance had built the Marlow Lighthouse of granite.", "granite", /'then'/],
  ])("drops %s", (_, text, span, why) => {
    expect(onOne(referring, text, span, "date")).toMatch(why);
  });

  it("keeps an existential 'there', 'such … as', a 'the same' after a date, and an anticipatory 'it'", () => {
    expect(onOne(referring, "There was a lighthouse at Marlow from 1890.", "1890", "date")).toBeNull();
    expect(onOne(referring, "Orlen Vance used such granite as the quarry at Lisk gave in 1890.", "1890", "date")).toBeNull();
    expect(onOne(referring, "In May 1890 Lisk was renamed Vanceport; in the same month Orra was renamed Tidemouth.", "Tidemouth", "place")).toBeNull();
    expect(onOne(referring, "It is clear that Orlen Vance built the Marlow Lighthouse in 1890.", "1890", "date")).toBeNull();
  });

  it("keeps 'the same month' after a year the toolkit did not tag as a date, and drops it with no year before", () => {
    const a = analyse("It was not till September 1890 that Lisk was renamed Vanceport; and in the same month Orra was renamed Tidemouth.");
    a.sentences[0].entities = a.sentences[0].entities.filter((e) => e.kind !== "date");
    expect(referring(clozeOn(a, 0, "Tidemouth", "place"), a)).toBeNull();
    expect(onOne(referring, "Lisk was renamed Vanceport; and in the same month Orra was renamed Tidemouth.", "Tidemouth", "place")).toMatch(/points back/);
  });

  it("keeps a 'that' completed by what follows it (a relative clause, a name in apposition), drops one pointing back", () => {
    expect(onOne(referring, "Orlen Vance was the founder of that small school of lamp makers in the north who are called Vanceans.", "Orlen Vance", "person")).toBeNull();
    expect(onOne(referring, "From the days of that great Marlow engineer, Orlen Vance, the harbour kept its lamps lit.", "Orlen Vance", "person")).toBeNull();
    expect(onOne(referring, "Orlen Vance built the lamp at Marlow in that year.", "Orlen Vance", "person")).toMatch(/demonstrative 'that'/);
  });

  it("keeps 'his' with one person before it and drops it with two", () => {
    expect(onOne(referring, "Orlen Vance built his lighthouse at Marlow in 1890.", "1890", "date")).toBeNull();
    expect(onOne(referring, "Orlen Vance met Edda Ortolan and praised his lighthouse in 1890.", "1890", "date")).toMatch(/more than one possible person/);
    expect(onOne(referring, "The harbour board praised his lighthouse in 1890.", "1890", "date")).toMatch(/no person/);
  });

  it("keeps 'they' after a plural noun and 'it' after a noun on the card", () => {
    expect(onOne(referring, "The keepers of Marlow lit the lamp whenever they saw a ship in 1890.", "1890", "date")).toBeNull();
    expect(onOne(referring, "The lamp of the Marlow Lighthouse burned oil until it was replaced in 1890.", "1890", "date")).toBeNull();
  });

  it("reads the consequence template's 'What followed from this?' as pointing at its own sentence", () => {
    const a = analyse("The wool price fell by half in 1871. As a result, many upland farms were sold to the large estates.");
    const c = cand({ type: "consequence", front: "The wool price fell by half in 1871. What followed from this?", back: "Many upland farms were sold to the large estates", sentence: 1, answerKind: "clause" });
    expect(referring(c, a)).toBeNull();
  });
});

describe("strict coreference: a pronoun is replaced only when one compatible antecedent exists", () => {
  it("resolves 'He' when the previous sentence names exactly one person", () => {
    const a = analyse("Orlen Vance designed the Marlow Lighthouse. He finished it in 1890.");
    expect(a.sentences[1].pronoun).toEqual({ word: "he", resolved: true, from: 0, text: "Orlen Vance" });
    expect(a.sentences[1].text).toMatch(/^Orlen Vance finished/);
  });

  it("leaves 'He' unresolved when the previous sentence names two people, even when one is its subject", () => {
    const a = analyse("Orlen Vance hired Tomas Ortolan as his mason. He finished the tower in 1890.");
    expect(a.sentences[1].pronoun?.resolved).toBe(false);
  });

  it("does not reach back past the previous sentence", () => {
    const a = analyse("Orlen Vance designed the Marlow Lighthouse. The harbour was busy that spring. He finished the tower in 1890.");
    expect(a.sentences[2].pronoun?.resolved).toBe(false);
  });

  it("does not give 'She' to a man named by his title, nor 'He' to a woman", () => {
    const a = analyse("Sir Orlen Vance designed the Marlow Lighthouse. She finished the tower in 1890. Lady Edda Ortolan paid for the Lisk Lighthouse. He finished the tower in 1891.");
    expect(a.sentences[1].pronoun?.resolved).toBe(false);
    expect(a.sentences[3].pronoun?.resolved).toBe(false);
  });

  it("gives 'It' to the previous sentence's named subject only when it is the one named thing there", () => {
    const one = analyse("The Marlow Harbour Board met in the town hall. It approved the new lamp for ninety pounds.");
    expect(one.sentences[1].pronoun?.resolved).toBe(true);
    const two = analyse("The Marlow Harbour Board quarrelled with the Lisk Town Council. It approved the new lamp for ninety pounds.");
    expect(two.sentences[1].pronoun?.resolved).toBe(false);
  });

  it("does not read 'It sometimes happens that …' as a pronoun to resolve", () => {
    const a = analyse("The Marlow Lighthouse stood on a granite reef. It sometimes happens that a storm puts out the lamp.");
    expect(a.sentences[1].pronoun).toBeNull();
  });
});

describe("gate: low value", () => {
  it("drops questions, exclamations, hedges and an unattributed quotation; keeps a plain statement", () => {
    expect(onOne(lowValue, "Who built the Marlow Lighthouse in 1890?", "1890", "date")).toMatch(/question/);
    expect(onOne(lowValue, "Away with the Marlow Lighthouse of 1890!", "1890", "date")).toMatch(/exclamation/);
    expect(onOne(lowValue, "Perhaps Orlen Vance built the Marlow Lighthouse in 1890.", "1890", "date")).toMatch(/hedge/);
    expect(onOne(lowValue, "The keepers of 1890 lived by the rule \"never leave the lamp unattended at night\".", "1890", "date")).toMatch(/quotation/);
    expect(onOne(lowValue, "Orlen Vance built the Marlow Lighthouse in 1890.", "1890", "date")).toBeNull();
    // Hedges that open on an impersonal "it is (not) possible" and a bracket doubting the source.
    expect(onOne(lowValue, "It is not so absolutely impossible as it seems that Orlen Vance built the Marlow Lighthouse in 1890.", "1890", "date")).toMatch(/hedge/);
    expect(onOne(lowValue, "It is quite possible that Orlen Vance built the Marlow Lighthouse in 1890.", "1890", "date")).toMatch(/hedge/);
    expect(onOne(lowValue, "The possibility presents itself that the Marlow Lighthouse was built in 1890.", "1890", "date")).toMatch(/hedge/);
    expect(onOne(lowValue, "In 1890 forty keepers (if the clerk's tally is correct) met at the Marlow Lighthouse.", "1890", "date")).toMatch(/hedge/);
    expect(onOne(lowValue, "It is impossible that the Marlow Lighthouse was built before 1890.", "1890", "date")).toBeNull();
    expect(onOne(lowValue, "In 1890 forty keepers (if not more) met at the Marlow Lighthouse.", "1890", "date")).toBeNull();
    expect(onOne(lowValue, "Let us now consider the Marlow Lighthouse of 1890.", "1890", "date")).toMatch(/reader/);
    expect(onOne(lowValue, "Take next the Marlow Lighthouse, lit in 1890.", "1890", "date")).toMatch(/reader/);
    expect(onOne(lowValue, "Letters from Orlen Vance reached Marlow in 1890.", "1890", "date")).toBeNull();
    expect(onOne(lowValue, "The winter months of 1890 were quiet at the Marlow Lighthouse.", "1890", "date")).toMatch(/scene/);
    expect(onOne(lowValue, "The great storm of 1890 wrecked the Marlow Lighthouse.", "1890", "date")).toBeNull();
    const a = analyse("Two small incidents occurred in the spring of 1890.");
    expect(lowValue(cand({ type: "when", front: "When did two small incidents occur?", back: "spring of 1890", answerKind: "date" }), a)).toMatch(/not named/);
    expect(lowValue(cand({ type: "when", front: "When did the Marlow fire occur?", back: "spring of 1890", answerKind: "date" }), a)).toBeNull();
  });

  it("holds back the how and gist kinds, which train raters almost never accepted", () => {
    const a = analyse("The engineers drained the marsh by cutting a channel to the sea.");
    expect(lowValue(cand({ type: "mechanism", front: "How did the engineers drain the marsh?", back: "By cutting a channel to the sea", answerKind: "clause" }), a)).toMatch(/not yet publishable/);
    expect(lowValue(cand({ type: "gist", front: "What is the main claim of the section?", back: "The engineers drained the marsh.", answerKind: "clause" }), a)).toMatch(/not yet publishable/);
    expect(lowValue(cand({ type: "cause", front: "Why did the engineers cut a channel?", back: "To drain the marsh into the sea", answerKind: "clause" }), a)).toBeNull();
  });

  // (cover22) The cap is sixty words with LONG_SENTENCE22 on, forty with it off (../gates/long-sentence.test.ts).
  it("drops a cloze of a sentence longer than sixty words", () => {
    const long = `Orlen Vance built the Marlow Lighthouse in 1890 ${"and the keepers trimmed the wick ".repeat(10)}every night.`;
    expect(onOne(lowValue, long, "1890", "date")).toMatch(/too long/);
  });
});

describe("gate: parse (Q&A only from confident parses)", () => {
  const a = analyse("Orlen Vance built the Marlow Lighthouse in 1890.");
  it("drops a definition that runs into a second clause, a negated how-question and a broken reason", () => {
    expect(parse(cand({ type: "definition", front: "What is the cup of the lamp?", back: "the vessel, the oil is the fuel" }), a)).toMatch(/another clause/);
    expect(parse(cand({ type: "mechanism", front: "How did the lamp not go out?", back: "Through the glass chimney around the flame" }), a)).toMatch(/negated/);
    expect(parse(cand({ type: "cause", front: "Why did the keepers leave?", back: "Because then,—ten" }), a)).toMatch(/reason/);
  });
  it("passes a well-formed definition and cause", () => {
    expect(parse(cand({ type: "definition", front: "What is a tidal bore?", back: "a wave that travels up a river against the current" }), a)).toBeNull();
    expect(parse(cand({ type: "cause", front: "Why did the keepers leave?", back: "Because the lamp had been automated in 1920" }), a)).toBeNull();
    expect(parse(cand({ type: "definition", front: "Who was Orlen Vance?", back: "the younger son of a harbour pilot" }), a)).toMatch(/relation/);
    expect(parse(cand({ type: "definition", front: "Who was Orlen Vance?", back: "the engineer who built the Marlow Lighthouse" }), a)).toBeNull();
    expect(parse(cand({ type: "object", front: "What does the lighthouse stand for?", back: "hope" }), a)).toMatch(/one common noun/);
    expect(parse(cand({ type: "object", front: "What did Orlen Vance build in 1890?", back: "the Marlow Lighthouse" }), a)).toBeNull();
  });
  it("drops a cloze of a sentence that opens on 'Because'", () => {
    expect(onOne(parse, "Because the reef was low, Orlen Vance built the Marlow Lighthouse in 1890.", "1890", "date")).toMatch(/because/);
  });
});

describe("gate: blank choice", () => {
  it("finds one item of a list of three or more, not a pair or an apposition", () => {
    const t = "The board named Lisk, Orra, Tidemouth and Vanceport as ports.";
    for (const item of ["Lisk", "Orra", "Tidemouth", "Vanceport"]) expect(listItem(t, t.indexOf(item), t.indexOf(item) + item.length)).toBe(true);
    const pair = "The clash between Vance and Ortolan came in 1890.";
    expect(listItem(pair, pair.indexOf("Ortolan"), pair.indexOf("Ortolan") + 7)).toBe(false);
    const appo = "In 1890 Lisk, an old fishing port, was renamed Vanceport.";
    expect(listItem(appo, appo.indexOf("Lisk"), appo.indexOf("Lisk") + 4)).toBe(false);
  });

  it("never blanks the chapter's dominant topic", () => {
    const text = Array.from({ length: 10 }, (_, i) => `Orlen Vance built lighthouse number ${i + 2} on the northern coast in ${1880 + i}.`).join(" ");
    const a = analyse(text);
    expect(topicWords(a).has("vance")).toBe(true);
    expect(blankChoice(clozeOn(a, 0, "Orlen Vance", "person"), a)).toMatch(/topic/);
    expect(blankChoice(clozeOn(a, 0, "1880", "date"), a)).toBeNull();
  });

  it("drops an adjective + noun piece the chapter neither defines nor repeats, keeps a repeated one", () => {
    const a = analyse("The keepers feared the sudden squall in winter. A steady glow came from the lamp all night. The sudden squall wrecked two boats in 1890.");
    expect(blankChoice(clozeOn(a, 1, "steady glow", "term"), a)).toMatch(/adjective/);
    expect(blankChoice(clozeOn(a, 0, "sudden squall", "term"), a)).toBeNull();
  });

  it("drops a date in brackets, a possessor named in passing and a span of time without its event", () => {
    expect(onOne(blankChoice, "Orlen Vance built the Marlow Lighthouse (1890) of granite.", "1890", "date")).toMatch(/brackets/);
    expect(onOne(blankChoice, "The harbour was renamed Vanceport after Orlen Vance's death in 1890.", "Orlen Vance", "person")).toMatch(/possessor/);
    expect(onOne(blankChoice, "Orlen Vance's lighthouse stood on the reef of Marlow in 1890.", "Orlen Vance", "person")).toBeNull();
    expect(onOne(blankChoice, "The museum holding Orlen Vance's lamp was opened in 1890.", "Orlen Vance", "person")).toMatch(/possessor/);
    expect(onOne(blankChoice, "The keepers of Marlow had tended the lamp for three centuries before 1890.", "three centuries", "term")).toMatch(/span of time/);
  });

  it("drops the object of an adjunct phrase (circumstance, or a place after in/at), keeps the claim's span", () => {
    const text = "During the long winter of 1890 the keepers of Marlow lit the lamp with whale oil in Vanceport.";
    expect(onOne(blankChoice, text, "whale oil", "term")).toMatch(/adjunct/);
    expect(onOne(blankChoice, text, "Vanceport", "place")).toMatch(/adjunct/);
    expect(onOne(blankChoice, "The Marlow Lighthouse was designed by Orlen Vance in 1890.", "Orlen Vance", "person")).toBeNull();
    expect(onOne(blankChoice, "The keepers of Marlow lit the lamp in 1890.", "1890", "date")).toBeNull();
    expect(onOne(blankChoice, "The harbour board rejected the plans of Orlen Vance.", "Orlen Vance", "person")).toMatch(/of-phrase/);
    expect(onOne(blankChoice, "The renaming of Lisk as Vanceport came in 1890.", "Lisk", "place")).toBeNull();
    expect(onOne(blankChoice, "The lamp was the work of Orlen Vance.", "Orlen Vance", "person")).toBeNull();
    const noClause = "If, however, the storms grew worse, the keepers doubted the plans of Orlen Vance.";
    expect(analyse(noClause).sentences[0].clause).toBeNull();
    expect(onOne(blankChoice, noClause, "Orlen Vance", "person")).toMatch(/of-phrase/);
  });

  it("counts a capitalised plural of the topic noun as the topic", () => {
    const a = analyse(Array.from({ length: 11 }, (_, i) => `The lamp lit another lamp at ${i + 2} o'clock.`).join(" ") + " Lamps cannot always be lit.");
    expect(blankChoice(clozeOn(a, 11, "Lamps", "name"), a)).toMatch(/topic/);
  });

  it("counts the topic's first name as the topic", () => {
    const a = analyse(Array.from({ length: 9 }, (_, i) => `Orlen Vance inspected lamp number ${i + 2} on the northern coast.`).join(" ") + " Orlen kept a log of every wreck.");
    expect(topicWords(a).has("orlen")).toBe(true);
    expect(blankChoice(clozeOn(a, 9, "Orlen", "person"), a)).toMatch(/topic/);
  });
});

describe("gate: parse, phrase blanks that run across two phrases", () => {
  it("drops a date glued to a name and a verb inside a phrase blank", () => {
    expect(onOne(parse, "In June 1890 Marlow, a fishing port, was renamed Vanceport.", "June 1890 Marlow", "term")).toMatch(/date glued/);
    expect(onOne(parse, "The stone tower containing the lamp was finished in 1890.", "stone tower containing", "term")).toMatch(/verb inside/);
    expect(onOne(parse, "Like other lighthouses keepers of Marlow kept logs in 1890.", "lighthouses keepers", "term")).toMatch(/two phrases/);
    expect(onOne(parse, "The stone tower keeper lit the lamp in 1890.", "stone tower keeper", "term")).toBeNull();
  });
});

describe("gate: referring, pronouns the card does not resolve", () => {
  it("drops an object pronoun whose only person before it is its own subject, keeps one after a clause break", () => {
    expect(onOne(referring, "Orlen Vance had told her that the Marlow lamps were ready.", "Orlen Vance", "person")).toMatch(/object pronoun/);
    expect(onOne(referring, "When Orlen Vance came to Marlow in 1890, the harbour board gave him a medal.", "1890", "date")).toBeNull();
    // A possessive "her" may be the subject's own.
    expect(onOne(referring, "Miss Ida Vance paid for the harbour lamps out of her own purse.", "harbour lamps", "term")).toBeNull();
  });
  it("drops an 'it' whose only nouns before it are people or plurals, and a modal 'it was to be'", () => {
    expect(onOne(referring, "Orlen Vance says it is a colony of lamps.", "Orlen Vance", "person")).toMatch(/'it'/);
    expect(onOne(referring, "The old towns, and scarcely any harbours, have lit it alike.", "harbours", "term")).toMatch(/'it'/);
    expect(onOne(referring, "It was to be given to the harbour board, that is to say to the Marlow wardens.", "Marlow wardens", "group")).toMatch(/'it'/);
    expect(onOne(referring, "The Marlow lamp burned whale oil until it was replaced in 1890.", "1890", "date")).toBeNull();
    expect(onOne(referring, "It was not until 1890 that the Marlow lamp burned gas.", "1890", "date")).toBeNull();
  });
});

describe("gate: low value, the author's own verdict made generic", () => {
  const on = (text: string, front: string, answer: string) => {
    const a = analyse(text);
    const start = a.sentences[0].text.indexOf(answer);
    return lowValue(cand({ kind: "cloze", type: "predicate", front, back: answer, answer: { start, end: start + answer.length }, answerKind: "clause" }), a);
  };
  it("drops the author's 'our' judged by an adjective or an evaluating phrase", () => {
    expect(on("Our harbour ledgers are at fault.", "One's harbour ledgers are {{c1::at fault}}.", "at fault")).toMatch(/own verdict/);
    expect(on("Our proposed remedies are still vague and crude.", "One's proposed remedies are still {{c1::vague and crude}}.", "vague and crude")).toMatch(/own verdict/);
  });
  it("keeps a noun predicate, and a sentence that did not open on the author's 'our'", () => {
    expect(on("Our habits are second nature to the nervous system.", "One's habits are {{c1::second nature}} to the nervous system.", "second nature")).toBeNull();
    expect(on("One's ledgers are at fault when the tide tables are old.", "One's ledgers are {{c1::at fault}} when the tide tables are old.", "at fault")).toBeNull();
  });
});
