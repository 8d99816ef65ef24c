// A card of a sentence's claim when none of its own cards passes the gates (lib/cards/claim-card):
// invented sentences only.
import { describe, expect, it } from "vitest";
import { overgenerate } from "@/lib/cards/candidates";
import { gate } from "@/lib/cards/gates";
import { claimCardCandidates } from "@/lib/cards/claim-card";
import { claimCardSwitch } from "@/lib/cards/claim-card/switch";
import { analyse } from "../pipeline/helpers";

/** The claim cards of sentence `i`, given its real candidates (or `made` when given), and whether each passes the gates. */
function claims(text: string, i: number, made?: []) {
  const a = analyse(text);
  const s = a.sentences[i];
  const own = made ?? overgenerate(a).filter((c) => c.sentence === s.sentence.id);
  return claimCardCandidates(s, a, own, true).map((c) => ({ front: c.front, back: c.back, dropped: gate(c, a) }));
}

const DEFINED = "Common law is the custom of the realm. ";

describe("claim card", () => {
  it("blanks the predicate of a sentence whose subject is a term the chapter defines, and the card passes the gates", () => {
    expect(claims(`${DEFINED}Common law protects the property of every subject against arbitrary seizure by the crown.`, 1)).toEqual([
      { front: "Common law {{c1::protects the property of every subject against arbitrary seizure by the crown}}.", back: "protects the property of every subject against arbitrary seizure by the crown", dropped: null },
    ]);
  });

  it("makes nothing when the switch is off", () => {
    const a = analyse(`${DEFINED}Common law protects the property of every subject against arbitrary seizure by the crown.`);
    expect(claimCardCandidates(a.sentences[1], a, [], false)).toEqual([]);
  });

  it("refuses a pronoun subject", () => {
    expect(claims("The old customs of the shires differed. They protected the property of every subject against arbitrary seizure by the crown.", 1, [])).toEqual([]);
  });

  it("refuses a bare common noun as subject, and a sentence-initial capital the tagger reads as a name", () => {
    expect(claims("The people protect the property of every subject against arbitrary seizure by the crown.", 0, [])).toEqual([]);
    expect(claims("Men gathered slowly in the market square after the harvest.", 0, [])).toEqual([]);
  });

  it("refuses a sentence that already has a card passing the gates", () => {
    const text = "The House of Commons met at Westminster. The House of Commons alone grants new taxes and controls the public revenue of the kingdom.";
    expect(claims(text, 1, []).length).toBe(1); // with no other candidate the claim is made …
    expect(claims(text, 1)).toEqual([]); // … but the sentence's own cards pass
  });

  it("refuses a quantified subject, a subject the parser cut short, and a verb of saying without its words", () => {
    expect(claims(`${DEFINED}Some parts of the common law protect the property of every subject against the crown.`, 1, [])).toEqual([]);
    expect(claims(`${DEFINED}Common law written down by the judges is followed in every county of the realm.`, 1, [])).toEqual([]);
    expect(claims("The Lord Chancellor replied, like a man roused from sleep.", 0, [])).toEqual([]);
  });

  it("refuses a past verb, a step of a story rather than a claim", () => {
    expect(claims(`${DEFINED}Common law protected the property of every subject against arbitrary seizure by the crown.`, 1, [])).toEqual([]);
  });

  it("refuses a copula (the predicate cloze's) and a hedge", () => {
    expect(claims(`${DEFINED}Common law is the surest defence of the property of every subject.`, 1, [])).toEqual([]);
    expect(claims(`${DEFINED}Common law might protect the property of every subject against the crown.`, 1, [])).toEqual([]);
  });

  it("reads LECTERN_CLAIM_CARD, off by default", () => {
    expect(claimCardSwitch({})).toBe(false);
    expect(claimCardSwitch({ LECTERN_CLAIM_CARD: "1" })).toBe(true);
    expect(claimCardSwitch({ LECTERN_CLAIM_CARD: "0" })).toBe(false);
  });
});
