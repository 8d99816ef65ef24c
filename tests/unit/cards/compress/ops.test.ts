// Sentence compression ops on invented sentences: each leaves out what it should, and refuses a cut
// that would leave no sentence or change what the sentence claims.
import { describe, expect, it } from "vitest";
import { CLOZE_OPS, COMPRESSORS, compressedFront, cutsOf, type CutOp } from "@/lib/cards/compress";
import { analyse } from "../pipeline/helpers";

const sentence = (text: string) => {
  const a = analyse(`Orlen Vance came to Marlow in 1889. ${text}`);
  return a.sentences[a.sentences.length - 1];
};
/** The sentence with the op's cuts left out. */
const compress = (op: CutOp, text: string) => {
  const s = sentence(text);
  const cuts = COMPRESSORS[op](s);
  if (!cuts.length) return null;
  let out = "";
  let at = 0;
  for (const c of cuts) { out += s.text.slice(at, c.start); at = c.end; }
  return out + s.text.slice(at);
};

describe("compress: a leading connective (the decontextualisation's connective repair)", () => {
  it.each([
    ["On the contrary, the northern quarries supplied the best slate in the valley.", "The northern quarries supplied the best slate in the valley."],
    ["In this way, the guild of weavers kept the new looms out of Lisk.", "The guild of weavers kept the new looms out of Lisk."],
    ["Secondly, the river carried the timber of the upland farms down to the coast.", "The river carried the timber of the upland farms down to the coast."],
    ["So that the mill of Dunmore stood idle through the whole winter.", "The mill of Dunmore stood idle through the whole winter."],
  ])("leaves out the connective of %j", (text, want) => {
    const s = sentence(text);
    expect(s.text).toBe(want);
    expect(s.context?.edits.map((e) => e.op)).toContain("connective");
  });

  it.each([
    ["On the contrary, if the dam had held, the valley would be dry."],
    ["In this way alone the guild refused."],
    // A result opener is what the consequence questions read: it stays.
    ["For this reason, the guild of weavers refused the new looms of Lisk."],
    ["So that is why the mill stood idle all winter long."],
  ])("keeps %j (what follows is no sentence of its own, or the phrase is content)", (text) => {
    const s = sentence(text);
    expect(s.text).toBe(text);
    expect(COMPRESSORS.lead(s)).toEqual([]);
  });
});

describe("compress: a bracketed aside", () => {
  it.each([
    ["The harbour master (a former captain of the Lisk packet) kept the tide tables.", "The harbour master kept the tide tables."],
    ["The abbey of Dunmore — a house of twelve monks — owned the whole northern shore.", "The abbey of Dunmore owned the whole northern shore."],
  ])("leaves out the aside of %j", (text, want) => expect(compress("parenthesis", text)).toBe(want));

  it.each([
    ["The new canal carried (at least in dry years) more grain than the old road."],
    ["(1) The harbour master kept the tide tables of the port."],
  ])("keeps %j (a hedge qualifies the claim; an opening number is no aside)", (text) => expect(compress("parenthesis", text)).toBeNull());
});

describe("compress: a non-restrictive relative clause", () => {
  it.each([
    ["The abbot of Dunmore, who had ruled the house for ten years, died in the winter of 1190.", "The abbot of Dunmore died in the winter of 1190."],
    ["The weavers of Lisk adopted the new loom in 1802, which ruined the spinners of the valley.", "The weavers of Lisk adopted the new loom in 1802."],
  ])("leaves out the relative clause of %j", (text, want) => expect(compress("relative", text)).toBe(want));

  it.each([
    // A quantified subject: the relative restricts it even between commas.
    ["Every farmer, who owned more than ten acres, paid the tithe to the abbey."],
    // The comma closes an apposition: cutting would garble "a clerk was".
    ["Marten Oske, a clerk, who had kept the books for years, was dismissed in 1801."],
    // A symbol defined after a formula.
    ["The pressure of the gas is equal to kT, where T is the absolute temperature."],
  ])("keeps %j", (text) => expect(compress("relative", text)).toBeNull());
});

describe("compress: a trailing participial phrase", () => {
  it.each([
    ["The river flooded the whole lower valley in 1820, leaving the farms under water for a month.", "The river flooded the whole lower valley in 1820."],
    ["The garrison of Lisk surrendered after a siege of six weeks, driven by hunger and disease.", "The garrison of Lisk surrendered after a siege of six weeks."],
  ])("leaves out the phrase of %j", (text, want) => expect(compress("trailing", text)).toBe(want));

  it.each([
    ["The grain will keep for a year in the new stores, provided the roofs stay dry."],
    ["The tax of 1820 was unjust, according to the weavers of the valley."],
    ["The morning was fair, and the boats of the fleet, their decks crowded with men, sailed up to the town."],
  ])("keeps %j (a condition, a source, or a main verb)", (text) => expect(compress("trailing", text)).toBeNull());
});

describe("compress: an opening concession", () => {
  it.each([
    ["Although the harvest of 1820 failed, the town of Lisk paid its tax in full.", "the town of Lisk paid its tax in full."],
    ["Whereas the old mill used water, the new mill of Dunmore burned coal.", "the new mill of Dunmore burned coal."],
  ])("leaves out the concession of %j", (text, want) => expect(compress("concession", text)).toBe(want));

  it.each([
    // The main clause leans on the concession as on a condition.
    ["Though there were no harbour at all, the town of Lisk would still trade by the river."],
    // A condition or a time restricts when the main clause is true: never cut.
    ["If the dam breaks, the lower valley of the Lisk will flood."],
    ["When the dam broke in 1820, the lower valley of the Lisk flooded."],
  ])("keeps %j", (text) => expect(compress("concession", text)).toBeNull());
});

describe("compressedFront", () => {
  const front = (text: string, answer: string) => {
    const s = sentence(text);
    const at = s.text.indexOf(answer);
    return compressedFront(s, cutsOf(s, CLOZE_OPS), { start: at, end: at + answer.length });
  };
  it("blanks the answer in the sentence less its aside", () => {
    expect(front("The abbot of Dunmore, who had ruled the house for ten years, died in the winter of 1190.", "1190")).toEqual({ front: "The abbot of Dunmore died in the winter of {{c1::1190}}.", back: "1190" });
  });
  it("capitalises the answer when a cut leaves it opening the sentence", () => {
    expect(front("Although the harvest of 1820 failed, the town of Lisk paid its tax in full.", "the town of Lisk")).toEqual({ front: "{{c1::The town of Lisk}} paid its tax in full.", back: "The town of Lisk" });
  });
});

describe("compressedClozes", () => {
  const made = async (text: string, rescueOnly: boolean) => {
    const { compressedClozes } = await import("@/lib/cards/compress");
    const { clozeCandidates } = await import("@/lib/cards/candidates/cloze");
    const a = analyse(`Orlen Vance came to Marlow in 1889. ${text}`);
    const s = a.sentences[a.sentences.length - 1];
    return compressedClozes(s, clozeCandidates(s, a), a, CLOZE_OPS, rescueOnly);
  };
  it("blanks the sentence's spans in the compressed sentence, records the op, and never blanks inside a cut", async () => {
    const cards = await made("The abbot of Dunmore, who had ruled the house for ten years, died in the winter of 1190.", false);
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) {
      expect(c.compressed).toEqual(["relative"]);
      expect(c.front).not.toMatch(/ruled the house/);
    }
  });
  it("as a rescue, compresses only a card the gates drop whole", async () => {
    // The aside points back ("this house"): the whole card fails the standalone gate, the compressed one is made.
    expect((await made("The abbot of Dunmore, who had ruled this house for ten years, died in the winter of 1190.", true)).length).toBeGreaterThan(0);
    // Nothing in the aside that the gates object to: the whole-sentence card stands, nothing is added.
    expect(await made("The abbot of Dunmore, who had ruled the house for ten years, died in the winter of 1190.", true)).toEqual([]);
  });
});

describe("compress: a conclusive connective inside the clause (the connective repair)", () => {
  it.each([
    ["The latent causes of the feud are thus sown in the nature of the valley.", "The latent causes of the feud are sown in the nature of the valley."],
    ["The court of Lisk therefore held that the weir was lawful.", "The court of Lisk held that the weir was lawful."],
    ["Habit is thus a second nature to the weavers of Lisk.", "Habit is a second nature to the weavers of Lisk."],
  ])("leaves out the connective of %j", (text, want) => {
    const s = sentence(text);
    expect(s.text).toBe(want);
    expect(s.context?.edits.map((e) => e.op)).toContain("connective");
  });

  it.each([
    // The in-sentence conclusion the claim questions read.
    ["The tax was unjust, and therefore the weavers of Lisk refused it."],
    // Manner, at the end of the clause.
    ["The miller of Dunmore built the great wheel thus."],
  ])("keeps %j", (text) => expect(sentence(text).text).toBe(text));
});

describe("compressedSentence and compressedQuestions", () => {
  const text = "The abbot of Dunmore, who had ruled this house for ten years, died in the winter of 1190.";
  it("re-bases tokens and entities on the compressed text and maps offsets back", async () => {
    const { compressedSentence } = await import("@/lib/cards/compress/sentence");
    const s = sentence(text);
    const { sentence: sub, back } = compressedSentence(s, cutsOf(s, CLOZE_OPS));
    expect(sub.text).toBe("The abbot of Dunmore died in the winter of 1190.");
    for (const t of sub.tokens) expect(sub.text.slice(t.start, t.end)).toBe(t.text);
    const at = sub.text.indexOf("1190");
    const src = back(at, at + 4)!;
    expect(s.text.slice(src.start, src.end)).toBe("1190");
    expect(sub.clause && sub.text.slice(sub.clause.subject.start, sub.clause.subject.end)).toBe("The abbot of Dunmore");
  });
  it("asks questions of the compressed sentence when none of its cards passes, with answers in the source", async () => {
    const { compressedQuestions } = await import("@/lib/cards/compress");
    const a = analyse(`Orlen Vance came to Marlow in 1889. ${text}`);
    const s = a.sentences[a.sentences.length - 1];
    const qs = compressedQuestions(s, a, [], CLOZE_OPS);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q.front).not.toMatch(/this house/);
      expect(q.compressed).toEqual(["relative"]);
      if (q.answer) expect(s.text.slice(q.answer.start, q.answer.end).toLowerCase()).toBe(q.back.toLowerCase());
    }
    // Off when no op is on.
    expect(compressedQuestions(s, a, [], [])).toEqual([]);
  });
});
