// The publishability floor's face: the model, the steps the pipeline calls and their switches.
export { applyFloor, floorVector, rejectProbability, FLOOR_WEIGHTS, FLOOR_FEATURE_NAMES, NEVER_EMPTY_BELOW, type FloorWeights } from "./model";
export { EXTRA_FEATURES, extraFeatures, plainFront } from "./features";
export { rejectReasons } from "./reasons";
export { FLOOR_PHRASES, FLOOR_THRESHOLD, reasonPhrase, rejectReasonLine, type ReasonKey } from "./flag";
export { plainFloorSwitch, PLAIN_FLOOR_AT, PLAIN_FLOOR_ON } from "./plain";
export { deepFloorAt, deepFloorSwitch, DEEP_FLOOR_AT, DEEP_FLOOR_ON, DEEP_FLOOR_RUN_AT } from "./deep";
