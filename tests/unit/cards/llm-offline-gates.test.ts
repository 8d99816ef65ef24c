// The LLM generator's `offlineGates` option (session 21's LLM ceiling, arm B): the offline gates were
// written for sentences lifted from the text, so a written card that names its own subject and answers
// "why" with a clause trips them. Since that blind measurement the option is off by default; the
// writer's own checks (validate.ts, written-card.ts) and the residue gate always apply.
import { describe, expect, it } from "vitest";
import { cleanDocument } from "@/lib/chapters";
import { createLlmGenerator } from "@/lib/cards";
import { answerSentence, LLM_SYSTEM } from "@/lib/cards/llm";

const chapter = cleanDocument(
  "The Tolvar guild admitted only masters of the loom. Its members feared that cheap cloth from the river towns would lower their prices, so they forbade its sale within the walls. Prices stayed high for a century.",
).chapters[0];

const replying = (cards: unknown[]) =>
  (async () => new Response(JSON.stringify({ choices: [{ message: { content: JSON.stringify({ cards }) } }] }), { status: 200 })) as unknown as typeof fetch;

const why = { kind: "qa", front: "Why did the members of the Tolvar guild forbid the sale of cloth from the river towns within the walls?", back: "They feared that cheap cloth from the river towns would lower their prices", sentences: [1] };
const invented = { kind: "qa", front: "Who founded the Tolvar guild?", back: "Anselm Kray", sentences: [0] }; // not in the source

describe("createLlmGenerator offlineGates", () => {
  it("keeps a self-contained why card by default (no offline gates), drops it through the offline gates when asked", async () => {
    const gen = (offlineGates?: boolean) => createLlmGenerator({ baseUrl: "http://model.invalid/v1", model: "m", fetch: replying([why]), ...(offlineGates === undefined ? {} : { offlineGates }) });
    expect(await gen(true).generate(chapter, { max: 10 })).toEqual([]);
    const kept = await gen().generate(chapter, { max: 10 });
    expect(kept.map((c) => c.back)).toEqual([why.back]);
    expect(kept[0].source.sentence).toBe(1);
  });

  it("still drops an answer the cited sentence does not support when the offline gates are off", async () => {
    const gen = createLlmGenerator({ baseUrl: "http://model.invalid/v1", model: "m", fetch: replying([invented, why]), offlineGates: false });
    expect((await gen.generate(chapter, { max: 10 })).map((c) => c.back)).toEqual([why.back]);
  });

  it("states the rubric in the system prompt", () => {
    for (const s of ["stands alone", "one right answer", "worth remembering", "why", "blanks the informative span"]) expect(LLM_SYSTEM).toContain(s);
  });
});

describe("answerSentence", () => {
  const cited = [
    { id: 4, text: "The river towns grew rich on the wool trade." },
    { id: 5, text: "Their weavers sold cloth at half the guild's price." },
  ];
  it("takes the cited sentence that holds the answer verbatim, not the first cited", () => {
    expect(answerSentence(cited, "half the guild's price")).toBe(5);
  });
  it("takes the sentence sharing most of a paraphrased answer's words, else the first", () => {
    expect(answerSentence(cited, "Weavers there sold cheaper cloth")).toBe(5);
    expect(answerSentence(cited, "Because of nothing said here")).toBe(4);
  });
});

describe("written cards without the offline gates (review of session 21)", () => {
  const two = cleanDocument("The Tolvar guild was founded in 1412 by weavers. In 1912 its hall burned, and 12 looms were lost.").chapters[0];
  const shown = async (cards: unknown[], chapterOf = chapter) =>
    (await createLlmGenerator({ baseUrl: "http://model.invalid/v1", model: "m", fetch: replying(cards) }).generate(chapterOf, { max: 10 })).map((c) => c.front);

  it("drops markup residue, vague or pointing questions, empty or answerless blanks, and unprinted numbers", async () => {
    expect(await shown([
      { kind: "qa", front: "Whom did the Tolvar guild admit[3]?", back: "masters of the loom", sentences: [0] },
      { kind: "qa", front: "Who?", back: "masters of the loom", sentences: [0] },
      { kind: "qa", front: "Why did they forbid its sale within the walls?", back: "They feared cheap cloth would lower their prices", sentences: [1] },
      { kind: "cloze", front: "{{c1::masters of the loom}}", back: "masters of the loom", sentences: [0] },
      { kind: "cloze", front: "The Tolvar guild admitted only {{c1:: }}.", back: "masters", sentences: [0] },
      { kind: "cloze", front: "The guild admitted only {{c1::Anselm Kray}} of the loom.", back: "century", sentences: [0, 2] },
    ])).toEqual([]);
    expect(await shown([{ kind: "qa", front: "When was the Tolvar guild founded by weavers?", back: "1413", sentences: [0] }], two)).toEqual([]);
    expect(await shown([{ kind: "qa", front: "When was the Tolvar guild founded by weavers?", back: "1412", sentences: [0] }], two)).toEqual(["When was the Tolvar guild founded by weavers?"]);
  });

  it("makes the cited sentence holding the answer the card's source, in the generator too", async () => {
    const [card] = await createLlmGenerator({ baseUrl: "http://model.invalid/v1", model: "m", fetch: replying([
      { kind: "qa", front: "How many looms did the Tolvar guild lose when its hall burned?", back: "12", sentences: [0, 1] },
    ]) }).generate(two, { max: 10 });
    expect(card.source.sentence).toBe(1);
    expect(answerSentence([{ id: 0, text: "In 1912 the hall burned." }, { id: 1, text: "It held 12 looms." }], "12")).toBe(1);
  });

  it("does not cache an unreadable reply, and an unreadable chunk costs only that chunk", async () => {
    const store = new Map<string, string>();
    const cache = { get: (k: string) => store.get(k), set: (k: string, v: string) => store.set(k, v) };
    const prose = (async () => new Response(JSON.stringify({ choices: [{ message: { content: "Sure, here are cards." } }] }), { status: 200 })) as unknown as typeof fetch;
    await expect(createLlmGenerator({ baseUrl: "http://model.invalid/v1", model: "m", fetch: prose, cache }).generate(chapter)).rejects.toThrow(/could be read/);
    expect(store.size).toBe(0);
    let n = 0;
    const firstUnreadable = (async () => {
      const content = n++ === 0 ? "not json" : JSON.stringify({ cards: [why] });
      return new Response(JSON.stringify({ choices: [{ message: { content } }] }), { status: 200 });
    }) as unknown as typeof fetch;
    const cards = await createLlmGenerator({ baseUrl: "http://model.invalid/v1", model: "m", fetch: firstUnreadable, chunkSentences: 1 }).generate(chapter, { max: 10 });
    expect(cards.map((c) => c.back)).toEqual([why.back]);
  });
});
