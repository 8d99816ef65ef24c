import { describe, expect, it } from "vitest";
import { repairArchaic, verbBase } from "@/lib/cards/analyse/archaic";
import type { Token } from "@/lib/cards/analyse";
import { analyse } from "./helpers";

const tagOf = (text: string, word: string) => {
  const s = analyse(text).sentences[0];
  const t = s.tokens.find((k) => k.lower === word);
  if (!t) throw new Error(`no token ${word} in ${s.tokens.map((k) => k.text).join(" ")}`);
  return { pos: t.pos, lemma: t.lemma, stop: t.stop };
};

describe("repairArchaic", () => {
  it("gives a sentence with 'hath' a verb and a clause whose subject stops before it", () => {
    const s = analyse("The miller of Tarnholt hath a lawful claim to the water of the upper brook.").sentences[0];
    expect(s.clause).not.toBeNull();
    expect(s.tokens[s.clause!.verb].lower).toBe("hath");
    expect(s.tokens[s.clause!.verb].lemma).toBe("have");
    expect(s.clause!.subject.text).toBe("The miller of Tarnholt");
    // No noun phrase swallows the verb.
    expect(s.phrases.some((p) => /hath/.test(p.text))).toBe(false);
  });

  it("reads regular '-eth' verbs as verbs with their base form", () => {
    const s = analyse("The careful weaver maketh good cloth, and the merchant carrieth it to the fair.").sentences[0];
    expect(s.clause && s.tokens[s.clause.verb].lower).toBe("maketh");
    expect(tagOf("The careful weaver maketh good cloth.", "maketh")).toMatchObject({ pos: "VERB", lemma: "make" });
    expect(tagOf("The merchant carrieth it to the fair.", "carrieth")).toMatchObject({ pos: "VERB", lemma: "carry" });
    expect(tagOf("Whoever putteth his hand to the plough must finish the furrow.", "putteth")).toMatchObject({ pos: "VERB", lemma: "put" });
  });

  it("leaves nouns that end in -eth, names and ordinals untouched", () => {
    expect(tagOf("The teeth of the old horse were worn.", "teeth").pos).toBe("NOUN");
    expect(tagOf("The boy lost his eyeteeth that winter.", "eyeteeth").pos).not.toBe("VERB");
    expect(tagOf("The twentieth year of the lease began in spring.", "twentieth").pos).not.toBe("VERB");
    expect(tagOf("Queen Orleth founded the harbour school.", "orleth").pos).toBe("PROPN");
    expect(tagOf("The breadth of the field was measured.", "breadth").pos).toBe("NOUN");
  });

  it("tags the closed class like its modern equivalent", () => {
    expect(tagOf("The farmer doth plough the field.", "doth")).toEqual({ pos: "AUX", lemma: "do", stop: true });
    expect(tagOf("Whilst the river rose, the mill stood idle.", "whilst")).toMatchObject({ pos: "SCONJ", lemma: "while" });
    expect(tagOf("If thou hast sold the grain, thy debt is paid.", "thy")).toMatchObject({ pos: "DET", lemma: "your" });
    expect(tagOf("If thou hast sold the grain, thy debt is paid.", "thou")).toMatchObject({ pos: "PRON", lemma: "you" });
    expect(tagOf("The cloth was shewn to the buyers.", "shewn")).toMatchObject({ pos: "VERB", lemma: "show" });
    expect(tagOf("The tools, the seed, &c. were sold.", "c.")).toMatchObject({ pos: "X", lemma: "etc." });
  });

  it("reads the participle after an archaic 'have' as a verb, as after 'has'", () => {
    expect(tagOf("The weaver hath dyed the wool twice.", "dyed").pos).toBe("VERB");
    expect(tagOf("The weaver hath painted the sign.", "painted")).toMatchObject({ pos: "VERB", lemma: "paint" });
    expect(tagOf("The farmer hath oxen and a cart.", "oxen").pos).toBe("NOUN");
    expect(tagOf("The weaver hath mixed the colours.", "mixed")).toMatchObject({ pos: "VERB", lemma: "mix" });
  });

  it("reads pronominal adverbs, old spellings and the -soever words by their class", () => {
    expect(tagOf("The orchard and the apples thereof were sold.", "thereof").pos).toBe("ADV");
    expect(tagOf("The town, whereof the walls were old, fell.", "whereof").pos).toBe("ADV");
    expect(tagOf("The council chuses a warden every year.", "chuses")).toMatchObject({ pos: "VERB", lemma: "choose" });
    expect(tagOf("Whosoever finds the key keeps the house.", "whosoever")).toMatchObject({ pos: "PRON", lemma: "whoever" });
  });

  it("reads 'art' as the verb next to 'thou' and as the noun elsewhere", () => {
    expect(tagOf("Thou art the keeper of the gate.", "art")).toMatchObject({ pos: "AUX", lemma: "be" });
    expect(tagOf("The art of weaving came from the east.", "art").pos).toBe("NOUN");
  });

  it("reads '-est' as a verb only after 'thou'", () => {
    expect(tagOf("Thou knowest the road to the ford.", "knowest")).toMatchObject({ pos: "VERB", lemma: "know" });
    expect(tagOf("The greatest mill stood by the ford.", "greatest").pos).not.toBe("VERB");
  });

  it("changes only part of speech, lemma and stop flag: text and offsets stay as read", () => {
    const tokens: Token[] = [
      { text: "He", lower: "he", lemma: "he", pos: "PRON", start: 0, end: 2, stop: true },
      { text: "hath", lower: "hath", lemma: "hath", pos: "NOUN", start: 3, end: 7, stop: false },
      { text: "form'd", lower: "form'd", lemma: "form'd", pos: "PROPN", start: 8, end: 14, stop: false },
    ];
    const before = tokens.map((t) => [t.text, t.lower, t.start, t.end]);
    repairArchaic(tokens);
    expect(tokens.map((t) => [t.text, t.lower, t.start, t.end])).toEqual(before);
    expect(tokens.map((t) => t.pos)).toEqual(["PRON", "AUX", "VERB"]);
    expect(tokens[2].lemma).toBe("form");
  });
});

describe("verbBase", () => {
  it.each([
    ["giv", "give"], ["mak", "make"], ["know", "know"], ["putt", "put"], ["carri", "carry"], ["di", "die"],
    ["se", "see"], ["produc", "produce"], ["belong", "belong"], ["acquir", "acquire"], ["caus", "cause"], ["pass", "pass"], ["situat", "situate"],
  ])("%s → %s", (stem, base) => expect(verbBase(stem)).toBe(base));
});
