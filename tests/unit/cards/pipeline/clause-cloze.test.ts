// Clozes of one clause of a long sentence (invented sentences, no fixture names).
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { clauseClozeCandidates, clauses } from "@/lib/cards/candidates/clause-cloze";
import { analyse } from "./helpers";

const clauseClozes = (text: string, sentence = 0) => {
  const a = analyse(text);
  return { a, got: clauseClozeCandidates(a.sentences[sentence], a) };
};

describe("clause clozes", () => {
  it("splits at a semicolon and keeps the clean clause as a sentence of its own", () => {
    const { a, got } = clauseClozes("In March 1871 the harbour town of Kelmsby was renamed Port Aldous; and in the same month two villages were joined to it.");
    const fronts = got.map((c) => c.front);
    expect(fronts).toContain("In March 1871 the harbour town of Kelmsby was renamed {{c1::Port Aldous}}.");
    // The second clause points back ("the same month"): its clozes are made, and the gates drop them.
    expect(got.filter((c) => /same month/.test(c.front)).every((c) => gate(c, a))).toBe(true);
    const card = got.find((c) => c.back === "Port Aldous")!;
    expect(gate(card, a)).toBeNull();
    // The answer still points into the source sentence, for the highlight.
    expect(a.sentences[0].text.slice(card.answer!.start, card.answer!.end)).toBe("Port Aldous");
  });

  it("drops a clause that addresses the listener, keeps the statement", () => {
    const { a, got } = clauseClozes("The lamps of the Varley works are made of pressed glass, and you can see that I am holding one of them.");
    const kept = got.filter((c) => !gate(c, a));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((c) => /^The lamps of the .* are made of .*\.$/.test(c.front))).toBe(true);
    expect(kept.every((c) => !/\byou\b|\bI\b/.test(c.front))).toBe(true);
  });

  it("gives nothing for a sentence of one clause (the ordinary cloze covers it)", () => {
    expect(clauseClozes("The Brannock canal was opened to barges in 1794.").got).toEqual([]);
  });

  it("never makes a sentence of a relative clause, a list tail or a clause before a colon", () => {
    const a = analyse("The wardens recalled that Osric Vell had often praised the old mill, saying of a keeper who was trusted, but had no keys: the mill is his.");
    const parts = clauses(a.sentences[0]).map((p) => a.sentences[0].tokens.slice(p.a, p.b).map((t) => t.text).join(" "));
    expect(parts.some((p) => /^but had no keys/.test(p))).toBe(false);
    expect(clauseClozeCandidates(a.sentences[0], a).every((c) => !/saying of a keeper/.test(c.front))).toBe(true);
    const { got } = clauseClozes("Tin is a metal which, melting so easily in a furnace—cannot be drawn into wire by hand.");
    expect(got.every((c) => !/which, melting so easily\.$/.test(c.front))).toBe(true);
  });

  it("keeps a question a question: no clause of it becomes a statement", () => {
    expect(clauseClozes("The mill at Orrin burned in 1803; but who paid for the new mill at Orrin?").got.every((c) => !/who paid/.test(c.front))).toBe(true);
  });

  it("takes the clause after 'the fact that' as the author's statement", () => {
    // (The blanks are the sentence's own chosen spans, lib/cards/spans; the clause keeps those inside it.)
    const { a, got } = clauseClozes("Their answer is to be found in the fact that the Marlow mint coined copper pennies in 1790.");
    expect(got.filter((c) => !gate(c, a)).map((c) => c.front)).toContain("The Marlow mint coined copper pennies in {{c1::1790}}.");
  });

  it("is made only when the rest of the sentence would sink the whole-sentence cloze", () => {
    expect(clauseClozes("The Brannock canal was opened to barges in 1794; the Orrin canal was opened to coal boats in 1802.").got).toEqual([]);
    expect(clauseClozes("The Brannock canal was opened to barges in 1794; it was closed to them in 1802.").got.length).toBeGreaterThan(0);
  });

  it("does not cut at a pair of dashes: the clause before an aside is unfinished", () => {
    const { got } = clauseClozes("Osric Vell has reckoned that if a ewe of the Orrin breed bore only one lamb—and no breed of the valley bears fewer—the flock would still double in ten years; it was a famous sum.");
    expect(got.some((c) => /one lamb\.$/.test(c.front))).toBe(false);
    expect(got.some((c) => /^No breed/.test(c.front))).toBe(false);
  });

  it("makes no sentence of an absolute phrase, a prepositional tail or a 'such as' tail", () => {
    const texts = [
      "The main crop of the Orrin valley being now not barley, but flax, the mills of Kelmsby were turned over to linen in 1802; and they prospered.",
      "The old code of Kelmsby never names the wardens, but in all cases of theft refers to the bailiffs of the town.",
      "The greatest part of the goods at the Orrin fair, and such as the drovers of Kelmsby brought to it, are things that spoil within a week.",
    ];
    for (const text of texts) {
      const { got } = clauseClozes(text);
      expect(got.some((c) => /^The main crop[^,]*being now not barley\.$|^In all cases of theft|^Such as the drovers/.test(c.front.replace(/\{\{c1::(.*?)\}\}/g, "$1")))).toBe(false);
    }
  });

  it("still makes a clause that opens on a dated phrase", () => {
    const { got } = clauseClozes("They say it was a wet year; and in 1802 the Orrin canal was opened to coal boats from the Kelmsby pits.");
    expect(got.some((c) => /^In 1802 the Orrin canal was opened/.test(c.front.replace(/\{\{c1::(.*?)\}\}/g, "$1")))).toBe(true);
    const existential = clauseClozes("Amongst the lamps of the Marlow works there is some variety of flame; indeed I have never seen two alike.").got;
    expect(existential.some((c) => /^Amongst the lamps of the Marlow works there is/.test(c.front.replace(/\{\{c1::(.*?)\}\}/g, "$1")))).toBe(true);
  });

  it("makes no card of a clause the next one corrects ('…; but …', ', yet …') or of half a parallel", () => {
    const plain = (c: { front: string }) => c.front.replace(/\{\{c1::(.*?)\}\}/g, "$1");
    const corrected = clauseClozes("The Marlow gull lays but one egg in a season, yet it is believed to be the most numerous bird of the coast; I have counted them.").got;
    expect(corrected.some((c) => /^The Marlow gull lays but one egg in a season\.$/.test(plain(c)))).toBe(false);
    const parallel = clauseClozes("Osric Vell deceived both guilds of Kelmsby, promising the weavers a new hall, and the dyers a lower toll; it is said.").got;
    expect(parallel.some((c) => /promising the weavers a new hall\.$/.test(plain(c)))).toBe(false);
  });
  it("cuts at ', for' only when a clause follows it, not a phrase of distance or purpose", () => {
    const text = (x: string) => {
      const s = analyse(x).sentences[0];
      return clauses(s).map((p) => s.tokens.slice(p.a, p.b).map((t) => t.text).join(" "));
    };
    // "for about forty miles" is a phrase (the tagger calls both "for"s prepositions): no cut.
    expect(text("The river runs east past the old salt works, for about forty miles, to the marshes of the southern coast.")).toEqual([]);
    // "for the mills had closed" is a clause: the cut stays.
    expect(text("The weavers left the valley, for the mills had closed and no work remained.")).toEqual(["The weavers left the valley", "the mills had closed and no work remained"]);
  });
});
