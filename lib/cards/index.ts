// Chapters into flashcards. The offline generator is the default; an LLM generator with the same
// interface and the same validators is available when an endpoint is configured.
import type { CleanChapter } from "@/lib/chapters/types";
import type { CardGenerator, GenerateOptions } from "./types";
import { generateCards } from "./generate";

export type { CardGenerator, CardSource, GeneratedCard, GenerateOptions } from "./types";
export { generateCards, candidateCards } from "./generate";
export { validateCard, isMalformed, isRejected } from "./validate";
export { createLlmGenerator } from "./llm";

export const offlineGenerator: CardGenerator = {
  name: "offline",
  async generate(chapter: CleanChapter, opts?: GenerateOptions) {
    return generateCards(chapter, opts);
  },
};
