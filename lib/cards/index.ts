// Chapters into flashcards. The offline generator is the default; an LLM generator with the same
// interface and the same validators is available when an endpoint is configured.
// Two offline generators live side by side: the NLP pipeline (analyse → candidates → gates → rank →
// select), in force since it beat the rule-based one on the held-out books' labelled acceptance with
// must-know recall no worse (README, "Card quality"), and the rule-based one in lib/cards/rules/,
// kept while it still recalls more on the samples it was tuned on. `pipelineGenerateCards` /
// `legacyGenerateCards` name each explicitly.
import type { CleanChapter } from "@/lib/chapters/types";
import type { CardGenerator, GenerateOptions } from "./types";
import { legacyCandidateCards, legacyGenerateCards } from "./rules/generate";
import { candidateCards as pipelineCandidateCards, generateCards as pipelineGenerateCards } from "./pipeline";

export type { CardGenerator, CardSource, GeneratedCard, GenerateOptions } from "./types";
export { pipelineGenerateCards, pipelineCandidateCards, legacyGenerateCards, legacyCandidateCards };
export const generateCards = pipelineGenerateCards;
export const candidateCards = pipelineCandidateCards;
export { validateCard, isMalformed, isRejected } from "./validate";
export { createLlmGenerator } from "./llm";

export const offlineGenerator: CardGenerator = {
  name: "offline",
  async generate(chapter: CleanChapter, opts?: GenerateOptions) {
    return generateCards(chapter, opts);
  },
};
