// Optional LLM generator for any OpenAI-compatible chat endpoint. Grounded: the model sees numbered
// sentences and must cite the ids its card comes from; cards citing unknown sentences or with
// unsupported answers are dropped, and the rest go through the offline pipeline's gates, ranker and selection. Responses are
// cached by a hash of (model, prompt) through the injected cache.
import { createHash } from "node:crypto";
import type { CleanChapter } from "@/lib/chapters/types";
import type { CardGenerator, GeneratedCard, GenerateOptions } from "./types";
import { isRejected, validateCard } from "./validate";
import { gateRankSelect, type Draft } from "./pipeline";

export type LlmCache = { get(k: string): Promise<string | undefined> | string | undefined; set(k: string, v: string): unknown };
export type LlmConfig = { baseUrl: string; model: string; apiKey?: string; fetch?: typeof fetch; cache?: LlmCache; timeoutMs?: number; chunkSentences?: number };

const SYSTEM = `You write flashcards for students from a book chapter. Use only facts stated in the numbered sentences.
Each card tests one fact: renamings, appointments, definitions of terms, events with their dates, who did what, key terms.
Never use footnotes, page references or publication titles. Questions must make sense on their own (no "he", "this").
Reply with JSON only: {"cards":[{"kind":"qa"|"cloze","front":"...","back":"...","sentences":[ids]}]}.
For cloze cards write the sentence with the answer as {{c1::answer}} in "front" and the answer in "back".`;

const SCHEMA = {
  name: "cards",
  schema: {
    type: "object", additionalProperties: false, required: ["cards"],
    properties: {
      cards: {
        type: "array",
        items: {
          type: "object", additionalProperties: false, required: ["kind", "front", "back", "sentences"],
          properties: { kind: { enum: ["qa", "cloze"] }, front: { type: "string" }, back: { type: "string" }, sentences: { type: "array", items: { type: "integer" } } },
        },
      },
    },
  },
};

type RawCard = { kind: "qa" | "cloze"; front: string; back: string; sentences: number[] };

function parseCards(content: string): RawCard[] {
  const json = content.match(/\{[\s\S]*\}/)?.[0];
  if (!json) throw new Error("The card generator's reply was not JSON.");
  const parsed = JSON.parse(json) as { cards?: unknown };
  if (!Array.isArray(parsed.cards)) throw new Error("The card generator's reply had no cards array.");
  return parsed.cards.filter((c): c is RawCard =>
    !!c && typeof c === "object" && ((c as RawCard).kind === "qa" || (c as RawCard).kind === "cloze") && typeof (c as RawCard).front === "string" &&
    typeof (c as RawCard).back === "string" && Array.isArray((c as RawCard).sentences));
}

async function complete(cfg: LlmConfig, prompt: string): Promise<string> {
  const key = createHash("sha256").update(`${cfg.model}\n${SYSTEM}\n${prompt}`).digest("hex");
  const cached = await cfg.cache?.get(key);
  if (cached !== undefined) return cached;
  const url = `${cfg.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), cfg.timeoutMs ?? 60_000);
  let res: Response;
  try {
    res = await (cfg.fetch ?? fetch)(url, {
      method: "POST", signal: controller.signal,
      headers: { "content-type": "application/json", ...(cfg.apiKey ? { authorization: `Bearer ${cfg.apiKey}` } : {}) },
      body: JSON.stringify({ model: cfg.model, temperature: 0, messages: [{ role: "system", content: SYSTEM }, { role: "user", content: prompt }], response_format: { type: "json_schema", json_schema: SCHEMA } }),
    });
  } catch (err) {
    const limit = cfg.timeoutMs ?? 60_000;
    const why = controller.signal.aborted ? `no answer within ${limit < 1000 ? `${limit} ms` : `${Math.round(limit / 1000)} s`}` : err instanceof Error ? err.message : String(err);
    throw new Error(`The card generator endpoint at ${url} is not reachable: ${why}.`);
  } finally {
    clearTimeout(timer);
  }
  if (!res.ok) throw new Error(`The card generator endpoint at ${url} refused the request (HTTP ${res.status}): ${(await res.text()).slice(0, 200)}`);
  const body = (await res.json()) as { choices?: { message?: { content?: string } }[] };
  const content = body.choices?.[0]?.message?.content;
  if (typeof content !== "string") throw new Error(`The card generator endpoint at ${url} sent no message content.`);
  await cfg.cache?.set(key, content);
  return content;
}

export function createLlmGenerator(cfg: LlmConfig): CardGenerator {
  return {
    name: `llm:${cfg.model}`,
    async generate(chapter: CleanChapter, opts: GenerateOptions = {}): Promise<GeneratedCard[]> {
      const size = cfg.chunkSentences ?? 60;
      // The book's author, as the offline generator gets it (GenerateOptions.author): the model can
      // name a first-person narrator. Without one the prompt is as before (and so are cached replies).
      const byline = opts.author?.trim() ? `Author: ${opts.author.trim()}\n` : "";
      const drafts: Draft[] = [];
      for (let i = 0; i < chapter.sentences.length; i += size) {
        const chunk = chapter.sentences.slice(i, i + size);
        const prompt = `Chapter: ${chapter.title}\n${byline}\n${chunk.map((s) => `[${s.id}] ${s.text}`).join("\n")}\n\nWrite up to ${Math.ceil(((opts.max ?? 40) * chunk.length) / chapter.sentences.length) + 2} cards.`;
        for (const raw of parseCards(await complete(cfg, prompt))) {
          const ids = raw.sentences.filter((id) => chunk.some((s) => s.id === id));
          if (!ids.length || ids.length !== raw.sentences.length) continue; // cites a sentence it was not given
          const s = chapter.sentences[ids[0]];
          const at = s.text.indexOf(raw.back);
          const card = validateCard({
            kind: raw.kind, front: raw.front.trim(), back: raw.back.trim(), rule: "llm", score: 0.8, flags: [],
            source: { chapter: chapter.index, chapterTitle: chapter.title, page: s.page, sentence: s.id, sentenceIds: ids, span: at >= 0 ? [s.start + at, s.start + at + raw.back.length] : [s.start, s.end] },
          }, chapter);
          // The LLM-specific check (an answer the cited sentences do not support) first, then the
          // offline pipeline's gates, ranker and selection.
          if (!isRejected(card)) drafts.push({ kind: card.kind, front: card.front, back: card.back, sentenceIds: ids, rule: "llm" });
        }
      }
      return gateRankSelect(chapter, drafts, opts);
    },
  };
}
