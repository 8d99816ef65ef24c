// Session 21 (gen21): the switch for the card-construction rules written from sets 20 and 20c's
// strict labels. "0" restores the old output of every one of them:
//   - a capitalised head after a possessive name blanked alone ("Orlen's {{Kop}}") grows to the
//     whole name (../spans/constituent, nameStart);
//   - an apposition that names a role is asked "Who …?", not "What …?" (./definition);
//   - a copula whose genus is a role or a relation ("the real nurse is the mother") is asked
//     "Who …?"; the genus stops before a second clause joined by "and" (./definition);
//   - "What may X be called?" keeps the capital of a name the chapter never writes small (./definition);
//   - no "When …?" from a relative clause taken for the main clause (./when-where);
//   - a blank of a lower-case noun run into the next clause's subject name is "crosses phrases",
//     a sentence-opening adverb run into a name is "a word fused onto a name", and the possessor
//     of a place named by a possessive is "part of a name" (../gates/informative-blank);
//   - the definite-article rule's partOfGeneric (../decontext/definite).
// See docs/card-generator.md, "Session 21: card-construction defects from sets 20 and 20c's strict
// labels (gen21)".
import { envSwitch, processEnv, type Env } from "../switch";

export const cardBuildSwitch = (env: Env): boolean => envSwitch(env, "LECTERN_CARD_BUILD21", true);
export const CARD_BUILD21 = { on: cardBuildSwitch(processEnv()) };
