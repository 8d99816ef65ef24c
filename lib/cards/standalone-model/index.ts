// The fitted standalone/worth model's face: features, score, and its two uses (admit a candidate the
// standalone/referring gates dropped; drop a gated card), each switched in weights.json.
export { STANDALONE_FEATURES, standaloneFeatures } from "./features";
export { STANDALONE_WEIGHTS, parseStandaloneWeights, scoreStandalone, standaloneProbability, admitsDropped, dropsPassed, type StandaloneWeights } from "./model";
export { OVERRULED_GATES, admitsByModel, standaloneModelGate } from "./uses";
