// The publishability floor's face: the switch, the model and the step the pipeline calls.
export { applyFloor, floorVector, rejectProbability, FLOOR_WEIGHTS, FLOOR_FEATURE_NAMES, NEVER_EMPTY_BELOW, type FloorWeights } from "./model";
export { EXTRA_FEATURES, extraFeatures, plainFront } from "./features";
export { FLOOR_ON } from "./switch";
export { rejectReasons } from "./reasons";
export { FLOOR_PHRASES, FLOOR_THRESHOLD, reasonPhrase, rejectReasonLine, type ReasonKey } from "./flag";
export { applyKeepingFloor, keepingFloor, keyFeatures, keyProbability, keyVector, KEEPING_FLOOR, KEY_FEATURES, KEY_MODEL_FEATURES, type KeepWeights } from "./keep";
export { plainFloorSwitch, PLAIN_FLOOR_AT, PLAIN_FLOOR_ON } from "./plain";
export { deepFloorSwitch, DEEP_FLOOR_AT, DEEP_FLOOR_ON } from "./deep";
