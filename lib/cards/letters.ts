// Letter-class patterns the generator tests on every token, span or candidate, compiled once.
// tsx (esbuild), which runs the CLI, the worker and the scripts, turns a \p{…} regex literal into
// `new RegExp(…)`, so one written inside a function is rebuilt on every call: about 27,000 times
// for a 25 KB chapter before these were shared (session 25, perf25). None has the g or y flag, so
// test() keeps no state between calls and one shared object reads exactly as a fresh one.
export const UPPER_INITIAL = /^\p{Lu}/u;
export const LOWER_INITIAL = /^\p{Ll}/u;
export const CAPITALISED_INITIAL = /^\p{Lu}\p{Ll}/u;
export const IS_CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
export const IS_LOWER_WORD = /^\p{Ll}+$/u;
export const LETTER_INITIAL = /^\p{L}/u;
export const HAS_LETTER = /\p{L}/u;
export const HAS_UPPER = /\p{Lu}/u;
export const HAS_LETTER_OR_DIGIT = /\p{L}|\d/u;
export const HAS_THREE_LETTERS = /\p{L}{3}/u;
export const IS_WORD_OF_THREE = /^\p{L}{3,}$/u;
export const IS_LOWER_WORD_OF_THREE = /^\p{Ll}{3,}$/u;
