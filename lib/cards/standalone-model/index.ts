// The fitted standalone/worth model's face: features, score, and the two uses (admit, drop) with their switches in weights.json.
export { STANDALONE_FEATURES, standaloneFeatures } from "./features";
export { STANDALONE_WEIGHTS, parseStandaloneWeights, scoreStandalone, standaloneProbability, admitsDropped, dropsPassed, type StandaloneWeights } from "./model";
