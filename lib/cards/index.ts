// Chapters into flashcards. The offline generator is the default; an LLM generator with the same
// interface and the same validators is available when an endpoint is configured.
// The offline generator is the NLP pipeline (analyse → candidates → gates → rank → select). The
// rule-based generator it replaced (lib/cards/rules/) was retired once the pipeline beat it, blind, on
// books neither was tuned on (README, "Card quality"). `pipelineGenerateCards` names it explicitly.
import type { CleanChapter } from "@/lib/chapters/types";
import type { CardGenerator, GenerateOptions } from "./types";
import { candidateCards as pipelineCandidateCards, generateCards as pipelineGenerateCards } from "./pipeline";

export type { CardGenerator, CardSource, GeneratedCard, GenerateOptions } from "./types";
export { pipelineGenerateCards, pipelineCandidateCards };
export const generateCards = pipelineGenerateCards;
export const candidateCards = pipelineCandidateCards;
export { validateCard, isMalformed, isRejected } from "./validate";
export { createLlmGenerator } from "./llm";

export const offlineGenerator: CardGenerator = {
  name: "offline",
  // The app stores every shown card with its p(reject); the review screen flags likely rejects and can
  // sort or hide them (lib/card-review; shown by default) rather than the generator dropping them.
  // The plain and deep floors (./floor/plain.ts, ./floor/deep.ts) are part of selection, like the
  // top-40 cut: the cards they drop are not stored, so the review list shows what `cards`,
  // `eval:cards` and the blind raters saw.
  async generate(chapter: CleanChapter, opts?: GenerateOptions) {
    return generateCards(chapter, opts);
  },
};
