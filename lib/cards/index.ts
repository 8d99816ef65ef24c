// Chapters into flashcards. The offline generator is the default; an LLM generator with the same
// interface and the same validators is available when an endpoint is configured.
// Two offline generators live side by side until the new pipeline (analyse → candidates → gates →
// rank → select) beats the rule-based one on the held-out evaluation: `generateCards` is the one in
// force, `pipelineGenerateCards` / `legacyGenerateCards` name each explicitly.
import type { CleanChapter } from "@/lib/chapters/types";
import type { CardGenerator, GenerateOptions } from "./types";
import { legacyCandidateCards, legacyGenerateCards } from "./rules/generate";

export type { CardGenerator, CardSource, GeneratedCard, GenerateOptions } from "./types";
export { generateCards as pipelineGenerateCards, candidateCards as pipelineCandidateCards } from "./pipeline";
export { legacyGenerateCards, legacyCandidateCards };
export const generateCards = legacyGenerateCards;
export const candidateCards = legacyCandidateCards;
export { validateCard, isMalformed, isRejected } from "./validate";
export { createLlmGenerator } from "./llm";

export const offlineGenerator: CardGenerator = {
  name: "offline",
  async generate(chapter: CleanChapter, opts?: GenerateOptions) {
    return generateCards(chapter, opts);
  },
};
