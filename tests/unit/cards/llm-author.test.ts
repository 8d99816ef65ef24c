// The LLM generator passes the book's author (GenerateOptions.author) as the offline generator does:
// to the analysis its cards are gated and ranked on, and to the model in the prompt. Invented text.
import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/cards/analyse", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/cards/analyse")>();
  return { ...real, analyseChapter: vi.fn(real.analyseChapter) };
});

import { analyseChapter } from "@/lib/cards/analyse";
import { cleanDocument } from "@/lib/chapters";
import { createLlmGenerator } from "@/lib/cards";

const chapter = cleanDocument("The ferry to Lisk was built in 1890 by Orlen Vance. It crossed the sound twice a day.").chapters[0];

function fakeEndpoint() {
  const prompts: string[] = [];
  const fetch = (async (_url: string, init: { body: string }) => {
    prompts.push((JSON.parse(init.body) as { messages: { content: string }[] }).messages[1].content);
    const cards = [{ kind: "qa", front: "Who built the ferry to Lisk?", back: "Orlen Vance", sentences: [0] }];
    return new Response(JSON.stringify({ choices: [{ message: { content: JSON.stringify({ cards }) } }] }), { status: 200 });
  }) as unknown as typeof globalThis.fetch;
  return { prompts, fetch };
}

describe("the LLM generator and the book's author", () => {
  it("analyses the chapter with the author and names the author in the prompt", async () => {
    const { prompts, fetch } = fakeEndpoint();
    vi.mocked(analyseChapter).mockClear();
    const cards = await createLlmGenerator({ baseUrl: "http://llm.invalid/v1", model: "m", fetch }).generate(chapter, { author: "Tamsin Vell" });
    expect(cards.map((c) => c.back)).toEqual(["Orlen Vance"]);
    expect(vi.mocked(analyseChapter)).toHaveBeenCalledWith(chapter, { author: "Tamsin Vell" });
    expect(prompts[0]).toMatch(/^Chapter: [^\n]*\nAuthor: Tamsin Vell\n\n\[0\] The ferry to Lisk/);
  });

  it("without an author the prompt is as it was (cached replies still answer it)", async () => {
    const { prompts, fetch } = fakeEndpoint();
    await createLlmGenerator({ baseUrl: "http://llm.invalid/v1", model: "m", fetch }).generate(chapter, {});
    expect(prompts[0]).toMatch(/^Chapter: [^\n]*\n\n\[0\] The ferry to Lisk/);
  });
});
