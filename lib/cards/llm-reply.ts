// The one reader of a card-writing model's reply ({"cards": [{kind, front, back, sentences}]}, the schema
// lib/cards/llm.ts asks for). The LLM generator, the sentence-choice labels (./choice/replies.ts) and the
// blank supervision (scripts/lib/llm-blanks.ts) all read replies through it, so a reply means the same
// everywhere: the first "{" to the last "}" of the message is the JSON (models wrap it in prose or
// fences), and a card missing a field or of another kind is skipped, not fatal.
export type ReplyCard = { kind: "qa" | "cloze"; front: string; back: string; sentences: number[] };
export type ReplyReading = { ok: true; cards: ReplyCard[] } | { ok: false; error: string };

const isCard = (c: unknown): c is ReplyCard => {
  if (!c || typeof c !== "object") return false;
  const r = c as Partial<ReplyCard>;
  return (r.kind === "qa" || r.kind === "cloze") && typeof r.front === "string" && typeof r.back === "string" && Array.isArray(r.sentences);
};

/** The reply's well-formed cards, or why there are none to read (no JSON, invalid JSON, no cards array). */
export function readReply(content: string): ReplyReading {
  const json = content.match(/\{[\s\S]*\}/)?.[0];
  if (!json) return { ok: false, error: "The card generator's reply was not JSON." };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, error: "The card generator's reply was not valid JSON." };
  }
  const cards = parsed && typeof parsed === "object" ? (parsed as { cards?: unknown }).cards : undefined;
  if (!Array.isArray(cards)) return { ok: false, error: "The card generator's reply had no cards array." };
  return { ok: true, cards: cards.filter(isCard) };
}

/** readReply's cards, none for an unreadable reply (for readers of stored replies, where one bad file must not stop a fit). */
export const replyCardsOrNone = (content: string): ReplyCard[] => {
  const r = readReply(content);
  return r.ok ? r.cards : [];
};
