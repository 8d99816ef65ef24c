// Whether the pipeline drops the cards the floor predicts a strict rater rejects (./model.ts).
// Set by the leave-one-book-out figures of scripts/fit-floor.ts (docs/card-generator.md, session 12).
export const FLOOR_ON = false;
