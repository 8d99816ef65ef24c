// A cloze whose blank is a place name the tagger typed as a place ("weavers in {{Marlowby}}", "the
// farming frontier of the {{Estravia Valley}}", "returning from {{Port Keel}}"). Where a thing
// happened is the sentence's setting, rarely its point, and a place is one of few guessable answers
// (the chapter names it again). Strict labels of such clozes on the development books of session 17
// (every strict rater, one verdict a card): 38 cards, 1 accept (a word the tagger mistyped), 14
// edit, 23 reject, over 16 books. A "Where …?" question (candidates/when-where) still asks a place
// when the place is what the sentence tells; only the cloze's blank is refused, and the sentence's
// next span that passes the gates takes its place (candidates/cloze's loop).
import { envSwitch, processEnv } from "../switch";

/**
 * Whether gates/blank-choice refuses a place blank. `LECTERN_PLACE_BLANK=1` turns it on for a run
 * (docs/card-generator.md, "Session 17: the blank the instructor wanted"); tests set `on` themselves.
 */
export const PLACE_BLANK = { on: envSwitch(processEnv(), "LECTERN_PLACE_BLANK") };

/** The answer is a place name (answer kind "place") of a cloze. */
export function placeBlank(kind: "qa" | "cloze", answerKind: string): boolean {
  return PLACE_BLANK.on && kind === "cloze" && answerKind === "place";
}
