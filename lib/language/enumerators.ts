// The words that count the points of an argument ("First.", "Secondly—", "Lastly.—"), one list for
// the clean-up passes that must not take them for something else: a run-in head closed by a stop and
// a dash (textbook-heads.ts), a head closed by a dash alone (bare-dash-heads.ts), and a "sentence"
// of one word that a full stop sets off (finalize.ts). General English; each caller adds its own
// boundaries and stop.

/** The ordinals a text counts its points with, in order; each may also take "-ly" ("Secondly"). */
export const ORDINAL_WORDS: readonly string[] = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

/**
 * Pattern source, a group with no boundaries, to be read case-insensitively: an ordinal, "last" or
 * "next", each with or without "-ly", or "finally".
 */
export const ENUMERATOR_WORD = `(?:(?:${[...ORDINAL_WORDS, "last", "next"].join("|")})(?:ly)?|finally)`;
