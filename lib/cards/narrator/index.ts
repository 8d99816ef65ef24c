export { narrationStats } from "./narration";
export const isFirstPersonNarrative = (_: unknown) => false;
