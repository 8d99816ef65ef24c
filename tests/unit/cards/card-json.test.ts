// The `cards` CLI's JSON contract with a card's context line: printed after the sides when the card
// has one, absent otherwise (so output without context lines is byte for byte what it was).
import { describe, expect, it } from "vitest";
import type { GeneratedCard } from "@/lib/cards";
import { cardJson } from "../../../scripts/lib/card-json";

const card: GeneratedCard = {
  kind: "qa", front: "What did he cancel?", back: "all debts secured on the person", rule: "pipeline", score: 0.71, flags: [], type: "object", why: "answer: noun phrase",
  source: { chapter: 0, chapterTitle: "Solon", page: "12", sentence: 4, sentenceIds: [4], span: [10, 40] },
};
const at = { candidates: false, chapter: 3, sentence: () => "He cancelled all debts secured on the person." };

describe("cardJson", () => {
  it("prints the documented fields, with no context key when the card has no context line", () => {
    const out = cardJson(card, at);
    expect(Object.keys(out)).toEqual(["kind", "front", "back", "source", "flags", "rule", "score", "type", "why"]);
    expect(out.source).toEqual({ chapter: 3, page: "12", sentence: 4, text: "He cancelled all debts secured on the person." });
    expect(cardJson({ ...card, context: "" }, at)).not.toHaveProperty("context");
  });

  it("prints the context line right after the sides when set, for ranked cards and for candidates", () => {
    const withContext = { ...card, context: "Solon's reforms, Athens, 594 BC" };
    expect(Object.keys(cardJson(withContext, at)).slice(0, 4)).toEqual(["kind", "front", "back", "context"]);
    expect(cardJson(withContext, at).context).toBe("Solon's reforms, Athens, 594 BC");
    const candidate = cardJson(withContext, { ...at, candidates: true });
    expect(candidate).toMatchObject({ context: "Solon's reforms, Athens, 594 BC", sentence: "He cancelled all debts secured on the person.", type: "object" });
    expect(candidate).not.toHaveProperty("score");
  });

  it("adds the floor's predicted reject probability after the documented fields, never to candidates for labelling", () => {
    const out = cardJson({ ...card, reject: 0.42 }, at);
    expect(Object.keys(out)).toEqual(["kind", "front", "back", "source", "flags", "rule", "score", "type", "why", "reject"]);
    expect(out).toMatchObject({ reject: 0.42, score: 0.71 });
    expect(cardJson({ ...card, reject: 0.42 }, { ...at, candidates: true })).not.toHaveProperty("reject");
  });
});
