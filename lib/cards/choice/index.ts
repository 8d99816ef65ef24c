// The sentence-choice model's face (session 23): which sentences a strong model makes cards of.
export { CHOICE_FEATURES, choiceFeatures } from "./features";
export { CHOICE_WEIGHTS, choiceProbabilities, choiceScore, fitChoice, type ChoiceWeights } from "./model";
export { keepChosen, relativeChoice, shifted, type ChoiceUse } from "./use";
export { CHOICE_USE, SENTENCE_CHOICE_DEFAULT, SENTENCE_CHOICE_ON, sentenceChoiceSwitch } from "./switch";
